import { defineCommand } from "../src/core/command.js";
import { heading, list, reply, text } from "../src/core/reply.js";
import { quoteForAdmin } from "../src/core/text.js";

export const unanswered = defineCommand({
	name: "unanswered",
	aliases: ["未回答"],
	summary: "cmd.unanswered.summary",
	examples: ["/unanswered", "/unanswered 50"],
	access: "admin",
	private: true,
	args: [
		{
			name: "limit",
			type: "integer",
			min: 1,
			max: 200,
			describe: "cmd.unanswered.arg.limit",
		},
	],
	run: (ctx, args) => {
		const entries = ctx.services.unanswered.list(args.limit ?? 20);
		if (entries.length === 0) return reply([text(ctx.t("unanswered.none"))]);
		return reply([
			heading(ctx.t("unanswered.title", { count: entries.length })),
			list(
				entries.map(
					(e) =>
						`${e.at.slice(0, 16).replace("T", " ")}Z ${e.userKey}：${quoteForAdmin(e.text, 200)}`,
				),
			),
		]);
	},
});
