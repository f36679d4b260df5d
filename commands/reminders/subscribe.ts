import { changeOf } from "../../src/core/change.js";
import { defineCommand, hasRole } from "../../src/core/command.js";
import type { CommandContext } from "../../src/core/context.js";
import { UserError } from "../../src/core/errors.js";
import { reply, text } from "../../src/core/reply.js";
import { subscriptionHint } from "../knowledge/views/handover-status.js";
import {
	certificateArg,
	pickCertificate,
} from "../knowledge/views/pick-certificate.js";

/** In a group, only the configured role may change what the whole group receives. */
export function checkGroupRole(ctx: CommandContext): void {
	if (ctx.request.chat.kind !== "group") return;
	const needed = ctx.services.reminders.settings.groupSubscribeRole;
	if (needed === "anyone" || hasRole(ctx.user.role, needed)) return;
	throw new UserError(
		needed === "admin"
			? "reminders.group_needs_admin"
			: "reminders.group_needs_teacher",
		{},
		{ examples: [] },
	);
}

export const subscribe = defineCommand({
	name: "subscribe",
	aliases: ["订阅", "sub"],
	summary: "subscribe.summary",
	examples: ["/subscribe Web前端", "/订阅 BIM"],
	args: [certificateArg],
	async run(ctx, args) {
		checkGroupRole(ctx);
		const picked = pickCertificate(ctx, args.certificate, "/subscribe");
		if ("reply" in picked) return picked.reply;
		const cert = picked.certificate;
		const { reminders, exams } = ctx.services;
		const result = await reminders.subscribe(changeOf(ctx), {
			chatKey: ctx.request.chat.key,
			certificateId: cert.id,
			locale: ctx.locale,
		});
		const blocks = [
			text(
				result.added
					? ctx.t("subscribe.added", {
							cert: cert.name,
							time: reminders.settings.reminderTime,
							zone: reminders.settings.zone,
						})
					: ctx.t("subscribe.exists", { cert: cert.name }),
			),
		];
		if (result.resumed) blocks.push(text(ctx.t("subscribe.resumed")));
		const n = (await exams.upcoming(cert.id, ctx.today)).length;
		blocks.push(
			text(
				n > 0
					? ctx.t("subscribe.known_rounds", { n })
					: ctx.t("subscribe.no_rounds"),
			),
		);
		const hint = n > 0 ? null : subscriptionHint(ctx, cert);
		if (hint) blocks.push(text(hint));
		return reply(blocks);
	},
});
