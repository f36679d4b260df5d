import { changeOf } from "../../src/core/change.js";
import { defineCommand } from "../../src/core/command.js";
import type { CommandContext } from "../../src/core/context.js";
import { UserError } from "../../src/core/errors.js";
import { heading, list, reply, text, textReply } from "../../src/core/reply.js";
import { shorten } from "../../src/core/text.js";
import type { RoleChange } from "../../src/features/training/training-port.js";

const userArg = {
	name: "user",
	type: "user",
	describe: "role.arg_user",
} as const;

const roleWords = new Set(["teacher", "教师"]);

/**
 * The user a grant or revoke is about: typed as `telegram:123`, or else the one user the
 * message replies to or mentions (where the platform gives the id, see `Request.mentions`).
 */
function targetOf(ctx: CommandContext, typed: string | undefined): string {
	if (typed?.includes(":")) return typed;
	// A Discord mention typed as text carries the id: `<@123>` / `<@!123>`.
	const discordMention = typed ? /^<@!?(\d{1,25})>$/.exec(typed) : null;
	if (discordMention) return `discord:${discordMention[1]}`;
	const mentioned = ctx.request.mentions ?? [];
	if (mentioned.length === 1 && mentioned[0]) return mentioned[0].key;
	if (mentioned.length > 1) throw new UserError("role.several_mentions");
	if (typed && !roleWords.has(typed.toLowerCase()))
		throw new UserError("role.bad_user", { value: shorten(typed, 40) });
	throw new UserError("role.no_user");
}

function answer(result: RoleChange, done: "role.granted" | "role.revoked") {
	return result === "admin"
		? ("role.target_admin" as const)
		: result === "unchanged"
			? done === "role.granted"
				? ("role.already_teacher" as const)
				: ("role.not_teacher" as const)
			: done;
}

const roleArg = {
	name: "role",
	type: "choice",
	choices: ["teacher", "教师"],
	describe: "role.arg_role",
} as const;

const grant = defineCommand({
	name: "grant",
	aliases: ["授予"],
	summary: "role.grant.summary",
	examples: [
		"/role grant telegram:123456 teacher",
		"/role grant teacher（回复对方的消息时）",
	],
	access: "admin",
	args: [userArg, roleArg] as const,
	async run(ctx, args) {
		const user = targetOf(ctx, args.user);
		const result = await ctx.services.training.grant(changeOf(ctx), user);
		return textReply(ctx.t(answer(result, "role.granted"), { user }));
	},
});

const revoke = defineCommand({
	name: "revoke",
	aliases: ["撤销"],
	summary: "role.revoke.summary",
	examples: [
		"/role revoke telegram:123456",
		"/role revoke telegram:123456 teacher",
	],
	access: "admin",
	// Optional, so that `revoke` reads like `grant`; teacher is the only role that can be revoked.
	args: [userArg, roleArg] as const,
	async run(ctx, args) {
		const user = targetOf(ctx, args.user);
		const result = await ctx.services.training.revoke(changeOf(ctx), user);
		return textReply(ctx.t(answer(result, "role.revoked"), { user }));
	},
});

const listRoles = defineCommand({
	name: "list",
	aliases: ["列表"],
	summary: "role.list.summary",
	examples: ["/role list"],
	access: "admin",
	private: true,
	async run(ctx) {
		const members = await ctx.services.training.members(ctx.user);
		const line = (m: (typeof members)[number]) =>
			ctx.t(m.role === "admin" ? "role.list_admin" : "role.list_teacher", {
				user: m.key,
				name: [m.name, m.department].filter(Boolean).join("，") || "—",
			});
		return reply([
			heading(ctx.t("role.list_title", { count: members.length })),
			members.length > 0
				? list(members.map(line))
				: text(ctx.t("role.list_empty")),
		]);
	},
});

/** `/role grant <user> teacher`, `/role revoke <user> [teacher]`: admins manage the teacher role. */
export const role = defineCommand({
	name: "role",
	aliases: ["角色"],
	summary: "role.summary",
	examples: [
		"/role grant telegram:123456 teacher",
		"/role revoke telegram:123456",
	],
	access: "admin",
	subcommands: [grant, revoke, listRoles],
});
