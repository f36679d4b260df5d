import { defineCommand } from "../src/core/command.js";
import { localDateTime } from "../src/core/dates.js";
import { heading, list, reply, text } from "../src/core/reply.js";
import { clip } from "../src/core/text.js";

/** Who changed the knowledge base, when, and with which source: the audit trail in chat. */
export const kbLog = defineCommand({
	name: "log",
	aliases: ["记录"],
	summary: "kb.summary_log",
	access: "admin",
	examples: ["/kb log", "/kb log 50"],
	args: [
		{
			name: "limit",
			type: "integer",
			min: 1,
			max: 200,
			describe: "kb.arg_limit",
		},
	],
	run(ctx, args) {
		const changes = ctx.services.knowledgeLayer.recentChanges(args.limit ?? 20);
		if (changes.length === 0) return reply([text(ctx.t("kb.log_empty"))]);
		return reply([
			heading(ctx.t("kb.log_title", { count: changes.length })),
			list(
				changes.map((c) =>
					ctx.t("kb.log_line", {
						at: localDateTime(new Date(c.at), ctx.zone),
						by: c.by,
						action: ctx.t(`kb.action_${c.action}`),
						target: c.target,
						source: clip(c.source, 80),
						detail: c.detail ? `（${c.detail}）` : "",
					}),
				),
			),
		]);
	},
});
