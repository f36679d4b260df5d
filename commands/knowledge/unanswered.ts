import { changeOf } from "../../src/core/change.js";
import { defineCommand } from "../../src/core/command.js";
import { reply, text } from "../../src/core/reply.js";
import { reviewBlocks } from "./views/unanswered-view.js";

const handled = defineCommand({
	name: "handled",
	aliases: ["已处理"],
	summary: "unanswered.handled.summary",
	examples: ["/unanswered handled 0k3x9a1"],
	access: "admin",
	private: true,
	args: [
		{
			name: "id",
			type: "string",
			required: true,
			describe: "unanswered.handled.arg_id",
		},
	],
	async run(ctx, args) {
		const id = args.id.replace(/^#/, "");
		const count = await ctx.services.unanswered.markHandled(changeOf(ctx), id);
		return reply([
			text(
				count === 0
					? ctx.t("unanswered.handled.unknown", { id })
					: ctx.t("unanswered.handled.done", { count }),
			),
		]);
	},
});

export const unanswered = defineCommand({
	name: "unanswered",
	aliases: ["未回答"],
	summary: "unanswered.summary",
	examples: ["/unanswered", "/unanswered 50", "/unanswered handled 0k3x9a1"],
	access: "admin",
	private: true,
	subcommands: [handled],
	readOnly: true,
	args: [
		{
			name: "limit",
			type: "integer",
			min: 1,
			max: 200,
			describe: "unanswered.arg_limit",
		},
	],
	run: async (ctx, args) => {
		const groups = await ctx.services.unanswered.review(args.limit ?? 20);
		if (groups.length === 0) return reply([text(ctx.t("unanswered.none"))]);
		return reply(reviewBlocks(ctx, groups));
	},
});
