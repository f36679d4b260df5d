import { changeOf } from "../../src/core/change.js";
import { defineCommand } from "../../src/core/command.js";
import type { CommandContext } from "../../src/core/context.js";
import { localTime } from "../../src/core/local-time.js";
import { fields, list, type Reply, reply, text } from "../../src/core/reply.js";
import type { InviteEvent } from "../../src/features/users/invites-port.js";

function describeEvent(ctx: CommandContext, e: InviteEvent): string {
	const what = ctx.t(`users.invite_action.${e.action}`, {
		failures: e.failures ?? 0,
		users: e.users ?? 0,
	});
	return `${localTime(e.at, ctx.zone)} ${e.by}：${what}`;
}

/** Invite codes and joining as they stand, with the latest events. */
async function statusReply(ctx: CommandContext): Promise<Reply> {
	const s = await ctx.services.invites.status(ctx.now);
	const blocks = [
		text(ctx.t("teacher.code_status_title")),
		fields([
			{
				label: ctx.t("teacher.code_configured"),
				value: ctx.t(s.configured ? "teacher.code_set" : "teacher.code_unset"),
			},
			{
				label: ctx.t("teacher.code_generated"),
				value: s.generatedUntil
					? ctx.t("teacher.code_valid_until", {
							date: localTime(s.generatedUntil, ctx.zone),
						})
					: ctx.t("teacher.code_none"),
			},
			{
				label: ctx.t("teacher.code_joining"),
				value: s.pausedSince
					? ctx.t("teacher.code_paused_since", {
							since: localTime(s.pausedSince, ctx.zone),
						})
					: ctx.t("teacher.code_open"),
			},
			{
				label: ctx.t("teacher.code_failures"),
				value: String(s.failuresToday),
			},
		]),
	];
	if (s.recent.length > 0)
		blocks.push(
			text(ctx.t("teacher.code_recent")),
			list(s.recent.map((e) => describeEvent(ctx, e))),
		);
	return reply(blocks);
}

const status = defineCommand({
	name: "status",
	aliases: ["状态"],
	summary: "teacher.code.status.summary",
	examples: ["/teacher code status"],
	access: "admin",
	private: true,
	// `/teacher code` alone shows the same; hidden so Discord lists it once (as its default action).
	hidden: true,
	run: statusReply,
});

const fresh = defineCommand({
	name: "new",
	aliases: ["新", "生成"],
	summary: "teacher.code.new.summary",
	examples: ["/teacher code new"],
	access: "admin",
	// The code is shown only in the admin's private chat, never in a group.
	private: true,
	async run(ctx) {
		const { code, expiresAt } = await ctx.services.invites.newCode(
			changeOf(ctx),
		);
		return reply([
			text(
				ctx.t("teacher.code_new_done", {
					code,
					expires: localTime(expiresAt, ctx.zone),
				}),
			),
		]);
	},
});

const resume = defineCommand({
	name: "resume",
	aliases: ["恢复"],
	summary: "teacher.code.resume.summary",
	examples: ["/teacher code resume"],
	access: "admin",
	private: true,
	async run(ctx) {
		const resumed = await ctx.services.invites.resume(changeOf(ctx));
		return reply([
			text(ctx.t(resumed ? "teacher.code_resumed" : "teacher.code_not_paused")),
		]);
	},
});

/** `/teacher code [status|new|resume]`: admins look after invite codes and joining. */
export const teacherCode = defineCommand({
	name: "code",
	aliases: ["邀请码"],
	summary: "teacher.code.summary",
	examples: ["/teacher code", "/teacher code new", "/teacher code resume"],
	access: "admin",
	private: true,
	subcommands: [status, fresh, resume],
	run: statusReply,
});
