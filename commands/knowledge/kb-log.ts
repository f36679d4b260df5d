import { defineCommand } from "../../src/core/command.js";
import type { CommandContext } from "../../src/core/context.js";
import { localTime } from "../../src/core/local-time.js";
import { heading, list, reply, text } from "../../src/core/reply.js";
import { shorten } from "../../src/core/text.js";

const TARGETS = ["certificate", "faq", "link", "file"] as const;
const FIELDS = [
	"name",
	"kind",
	"aliases",
	"organisation",
	"levels",
	"description",
	"question",
	"answer",
	"variants",
	"askWhere",
] as const;

/** Whether `word` is one of `words`, narrowing it so a key built from it is a known key. */
const oneOf = <T extends string>(
	words: readonly T[],
	word: string,
): word is T => (words as readonly string[]).includes(word);

/** `certificate k001` → `证书 k001`: the stored target, its kind in the reader's language. */
function targetOf(ctx: CommandContext, target: string): string {
	const [kind = "", ...rest] = target.split(" ");
	if (!oneOf(TARGETS, kind)) return target;
	const label = ctx.t(`kb.log_target_${kind}`);
	return [label, ...rest].join(" ");
}

const IMPORTED =
	/^rows (\d+), added (\d+), merged (\d+), unchanged (\d+), conflicts (\d+)$/;

/** `aliases,levels` → `简称、等级`; an import's counts as a sentence. */
function detailOf(ctx: CommandContext, detail: string): string {
	const counts = IMPORTED.exec(detail);
	if (counts) {
		const [, rows, added, merged, unchanged, conflicts] = counts.map(Number);
		return ctx.t("kb.log_import_detail", {
			rows: rows ?? 0,
			added: added ?? 0,
			merged: merged ?? 0,
			unchanged: unchanged ?? 0,
			conflicts: conflicts ?? 0,
		});
	}
	return detail
		.split(",")
		.map((f) => (oneOf(FIELDS, f) ? ctx.t(`kb.log_field_${f}`) : f))
		.join("、");
}

/** Who changed the knowledge base, when, and with which source: the audit trail in chat. */
export const kbLog = defineCommand({
	name: "log",
	aliases: ["记录"],
	summary: "kb.log.summary",
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
	async run(ctx, args) {
		const changes = await ctx.services.knowledgeLayer.recentChanges(
			args.limit ?? 20,
		);
		if (changes.length === 0) return reply([text(ctx.t("kb.log_empty"))]);
		return reply([
			heading(ctx.t("kb.log_title", { count: changes.length })),
			list(
				changes.map((c) =>
					ctx.t("kb.log_line", {
						at: localTime(c.at, ctx.zone),
						by: c.by,
						action: ctx.t(`kb.action_${c.action}`),
						target: targetOf(ctx, c.target),
						source: shorten(c.source, 80),
						detail: c.detail ? `（${detailOf(ctx, c.detail)}）` : "",
					}),
				),
			),
		]);
	},
});
