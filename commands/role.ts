import { defineCommand } from "../src/core/command.js";
import { textReply } from "../src/core/reply.js";
import { actorOf, atOf, type RoleChange } from "../src/core/training-port.js";

const userArg = {
	name: "user",
	type: "user",
	required: true,
	describe: "role.arg_user",
} as const;

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
	summary: "role.grant_summary",
	examples: ["/role grant telegram:123456 teacher"],
	access: "admin",
	args: [userArg, roleArg] as const,
	async run(ctx, args) {
		const result = await ctx.services.training.grant(
			actorOf(ctx),
			args.user,
			atOf(ctx),
		);
		return textReply(
			ctx.t(answer(result, "role.granted"), { user: args.user }),
		);
	},
});

const revoke = defineCommand({
	name: "revoke",
	aliases: ["撤销"],
	summary: "role.revoke_summary",
	examples: [
		"/role revoke telegram:123456",
		"/role revoke telegram:123456 teacher",
	],
	access: "admin",
	// Optional, so that `revoke` reads like `grant`; teacher is the only role that can be revoked.
	args: [userArg, roleArg] as const,
	async run(ctx, args) {
		const result = await ctx.services.training.revoke(
			actorOf(ctx),
			args.user,
			atOf(ctx),
		);
		return textReply(
			ctx.t(answer(result, "role.revoked"), { user: args.user }),
		);
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
	subcommands: [grant, revoke],
});
