import { defineCommand } from "../../src/core/command.js";
import type { CommandContext } from "../../src/core/context.js";
import { localDate, localDateTime } from "../../src/core/dates.js";
import { withNote } from "../../src/core/render-text.js";
import {
	type Block,
	heading,
	list,
	reply,
	text,
} from "../../src/core/reply.js";
import type { ChatPauseInfo } from "../../src/features/reminders/reminders-port.js";

function reason(ctx: CommandContext, p: ChatPauseInfo): string {
	return ctx.t(
		p.reason === "gone"
			? "subscriptions.reason_gone"
			: "subscriptions.reason_blocked",
	);
}

/** What only admins see: chats the platforms refused, and sends that failed or were cut off. */
async function adminBlocks(ctx: CommandContext): Promise<Block[]> {
	const problems = await ctx.services.reminders.problems();
	const paused = problems.paused.slice(0, 30).map((p) =>
		ctx.t("subscriptions.admin_item", {
			chat: p.chatKey,
			reason: reason(ctx, p),
			at: localDateTime(new Date(p.at), ctx.zone),
		}),
	);
	return [
		heading(ctx.t("subscriptions.admin_title")),
		paused.length ? list(paused) : text(ctx.t("subscriptions.admin_none")),
		text(
			ctx.t("subscriptions.admin_problems", {
				failed: problems.failed,
				uncertain: problems.uncertain,
			}),
		),
	];
}

export const subscriptions = defineCommand({
	name: "subscriptions",
	aliases: ["订阅列表", "我的订阅", "subs"],
	summary: "subscriptions.summary",
	examples: ["/subscriptions", "/订阅列表"],
	async run(ctx) {
		const { reminders, knowledge, exams } = ctx.services;
		const chatKey = ctx.request.chat.key;
		const subs = await reminders.subscriptionsOf(chatKey);
		const next = await Promise.all(
			subs.map(
				async (s) => (await exams.upcoming(s.certificateId, ctx.today))[0],
			),
		);
		const blocks: Block[] = [heading(ctx.t("subscriptions.title"))];
		if (subs.length === 0) blocks.push(text(ctx.t("subscriptions.empty")));
		else
			blocks.push(
				list(
					subs.map((s, i) => {
						const name = knowledge.getCertificate(s.certificateId)?.name;
						const round = next[i];
						const exam = round
							? ` · ${ctx.t("exam.f_exam")} ${round.dates.exam}`
							: "";
						return `${withNote(name ?? s.certificateId, s.certificateId, ctx.locale)}${exam}`;
					}),
				),
			);
		const pause = await reminders.pauseOf(chatKey);
		if (pause)
			blocks.push(
				text(
					ctx.t("subscriptions.paused", {
						reason: reason(ctx, pause),
						at: localDate(new Date(pause.at), ctx.zone),
					}),
				),
			);
		if (ctx.user.role === "admin" && ctx.request.chat.kind === "private")
			blocks.push(...(await adminBlocks(ctx)));
		return reply(blocks);
	},
});
