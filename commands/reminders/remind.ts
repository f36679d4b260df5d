import { changeOf } from "../../src/core/change.js";
import { defineCommand } from "../../src/core/command.js";
import { reply, text } from "../../src/core/reply.js";

const practice = defineCommand({
	name: "practice",
	aliases: ["实践", "企业实践"],
	summary: "remind.practice.summary",
	access: "teacher",
	private: true,
	examples: ["/remind practice off", "/提醒 实践 开"],
	args: [
		{
			name: "state",
			type: "choice",
			required: true,
			choices: ["on", "off", "开", "关"],
			describe: "remind.arg_state",
		},
	],
	async run(ctx, args) {
		const on = args.state === "on" || args.state === "开";
		await ctx.services.reminders.setPracticeReminders(changeOf(ctx), on);
		return reply([
			text(ctx.t(on ? "remind.practice_on" : "remind.practice_off")),
		]);
	},
});

export const remind = defineCommand({
	name: "remind",
	aliases: ["提醒"],
	summary: "remind.summary",
	access: "teacher",
	examples: ["/remind practice off", "/remind practice on"],
	subcommands: [practice],
});
