import { defineCommand } from "../src/core/command.js";
import type { CommandContext } from "../src/core/context.js";
import { choices, type Reply, reply, text } from "../src/core/reply.js";
import { clip } from "../src/core/text.js";
import { majorBlocks } from "./views/major-view.js";
import { clearWinner } from "./views/pick.js";

/** Shared by `major` and `ask`: the major's card, a choice between close matches, or "not found". */
export function answerMajor(ctx: CommandContext, query: string): Reply {
	const { knowledge } = ctx.services;
	const byCode = knowledge.getMajor(query.trim().toUpperCase());
	if (byCode) return reply(majorBlocks(ctx, byCode));
	const hits = knowledge.searchMajors(query, 6);
	const sameName = hits.filter((h) => h.item.name === hits[0]?.item.name);
	// One name at several levels (中职/专科/本科) is a real choice, not a tie to break.
	const winner =
		sameName.length > 1
			? undefined
			: clearWinner(hits, (m) => m.name === query.trim());
	if (winner) return reply(majorBlocks(ctx, winner));
	if (hits.length === 0) {
		return reply([
			text(ctx.t("major.not_found", { query: clip(query, 40) })),
			text(ctx.t("major.not_found_hint")),
		]);
	}
	const shown = sameName.length > 1 ? sameName : hits;
	return reply([
		choices(
			shown.slice(0, 6).map((h) => ({
				label: `${h.item.name}（${h.item.level}）`,
				command: `/major ${h.item.code}`,
			})),
			ctx.t("major.choose"),
		),
	]);
}

export const major = defineCommand({
	name: "major",
	aliases: ["专业", "查专业"],
	summary: "cmd.major.summary",
	examples: ["/major 软件技术", "/专业 510203", "/major ruanjianjishu"],
	args: [
		{
			name: "query",
			type: "text",
			required: true,
			describe: "cmd.major.arg.query",
			complete: "major",
		},
	],
	run: (ctx, args) => answerMajor(ctx, args.query),
});
