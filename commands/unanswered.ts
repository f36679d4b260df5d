import { defineCommand } from "../src/core/command.js";
import { localDateTime } from "../src/core/dates.js";
import { heading, list, reply, text } from "../src/core/reply.js";
import { quoteForAdmin } from "../src/core/text.js";

export const unanswered = defineCommand({
	name: "unanswered",
	aliases: ["未回答"],
	summary: "cmd.unanswered.summary",
	examples: ["/unanswered", "/unanswered 50"],
	access: "admin",
	private: true,
	readOnly: true,
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
						`${localDateTime(new Date(e.at), ctx.zone)} ${e.userKey}：${quoteForAdmin(e.text, 200)}`,
				),
			),
		]);
	},
});
