import { changeOf } from "../../src/core/change.js";
import { defineCommand } from "../../src/core/command.js";
import { reply, text } from "../../src/core/reply.js";

/** Pressed under an answer (有用 / 没用); records the rating for admins' `/unanswered`. */
export const feedback = defineCommand({
	name: "feedback",
	aliases: ["反馈"],
	summary: "feedback.summary",
	examples: ["/feedback down 软件技术 我是软件技术专业的能考什么证"],
	hidden: true,
	args: [
		{
			name: "rating",
			type: "choice",
			required: true,
			choices: ["up", "down", "有用", "没用"],
			describe: "feedback.arg_rating",
		},
		{
			name: "topic",
			type: "string",
			required: true,
			describe: "feedback.arg_topic",
		},
		{
			name: "question",
			type: "text",
			required: true,
			describe: "feedback.arg_question",
		},
	],
	async run(ctx, args) {
		const useful = args.rating === "up" || args.rating === "有用";
		await ctx.services.unanswered.recordFeedback(changeOf(ctx), {
			text: args.question,
			useful,
			...(args.topic === "-" ? {} : { shown: args.topic }),
		});
		return reply([
			text(ctx.t(useful ? "feedback.thanks_useful" : "feedback.thanks_not")),
		]);
	},
});
