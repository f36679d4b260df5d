import { defineCommand } from "../../src/core/command.js";
import type { CommandContext } from "../../src/core/context.js";
import { type Reply, reply, text } from "../../src/core/reply.js";
import { shorten } from "../../src/core/text.js";
import type {
	Certificate,
	Major,
} from "../../src/features/knowledge/knowledge-port.js";
import { withFeedback } from "./views/feedback-buttons.js";
import { logGuess } from "./views/guess-log.js";
import { statedLevel, withoutLevel } from "./views/major-level.js";
import {
	closeMatchesBlocks,
	levelAnswersBlocks,
	sameAnswerBlocks,
} from "./views/major-levels-view.js";
import { majorBlocks } from "./views/major-view.js";
import { pairingBlocks } from "./views/pairing-view.js";
import { clearWinner } from "./views/pick.js";

// A match this weak (a corrected typo scores about 0.08, an exact name 0) is answered but logged
// as a guess for admins.
const WEAK = 0.05;

const signature = (ctx: CommandContext, m: Major) =>
	ctx.services.knowledge
		.recommendForMajor(m.code, 8)
		.map((r) => `${r.certificate.id}:${r.tier}`)
		.join(",");

/**
 * A name taught at several levels: the stated level's card; else one card when every level
 * has the same answer, or each level's short answer when they differ. Never a bare picker.
 */
function answerLevels(
	ctx: CommandContext,
	majors: readonly Major[],
	query: string,
): Reply {
	const level = statedLevel(query);
	const [first] = majors;
	const at = majors.find((m) => m.level === level);
	if (at) return reply(majorBlocks(ctx, at));
	const missing =
		level && first
			? [
					text(
						ctx.t("major.level_missing", {
							name: first.name,
							level: ctx.t(`major.level.${level}`),
						}),
					),
				]
			: [];
	const same = new Set(majors.map((m) => signature(ctx, m))).size === 1;
	return reply([
		...missing,
		...(same ? sameAnswerBlocks(ctx, majors) : levelAnswersBlocks(ctx, majors)),
	]);
}

// A certificate named this exactly (name, alias or id) after the major: `/major 护理 老年照护`.
const EXACT = 0.05;

/**
 * `<major> <certificate>` typed with a space between: the major's levels (the stated level
 * only, when one is stated) and the certificate, when both parts match clearly.
 */
function findPairing(
	ctx: CommandContext,
	query: string,
): { majors: Major[]; cert: Certificate } | undefined {
	const { knowledge } = ctx.services;
	const words = withoutLevel(query).split(" ").filter(Boolean);
	for (let cut = words.length - 1; cut >= 1; cut--) {
		const cert = knowledge.searchCertificates(words.slice(cut).join(" "), 1)[0];
		if (!cert || cert.score > EXACT) continue;
		const top = knowledge.searchMajors(words.slice(0, cut).join(" "), 1)[0];
		if (!top || top.score > EXACT) continue;
		const level = statedLevel(query);
		const all = knowledge.majors.filter((m) => m.name === top.item.name);
		const at = all.filter((m) => m.level === level);
		return { majors: at.length > 0 ? at : all, cert: cert.item };
	}
	return undefined;
}

/**
 * Shared by `major` and `ask`: the major's card (for the level the query states, or for every
 * level of its name), a choice between close matches (logged as a guess), or "not found".
 */
export async function answerMajor(
	ctx: CommandContext,
	query: string,
): Promise<Reply> {
	const { knowledge } = ctx.services;
	const byCode = knowledge.getMajor(query.trim().toUpperCase());
	if (byCode) return reply(majorBlocks(ctx, byCode));
	const pairing = findPairing(ctx, query);
	if (pairing) return reply(pairingBlocks(ctx, pairing.majors, pairing.cert));
	const searched = statedLevel(query) ? withoutLevel(query) || query : query;
	const hits = knowledge.searchMajors(searched, 6);
	const first = hits[0];
	if (!first) {
		return reply([
			text(ctx.t("major.not_found", { query: shorten(query, 40) })),
			text(ctx.t("major.not_found_hint")),
		]);
	}
	// One name at several levels (中职/专科/本科) is one major to answer, not a tie to break.
	const severalLevels =
		hits.filter((h) => h.item.name === first.item.name).length > 1;
	const winner = severalLevels
		? first.item
		: clearWinner(hits, (m) => m.name === searched.trim());
	if (winner) {
		const majors = knowledge.majors.filter((m) => m.name === winner.name);
		const found = hits.find((h) => h.item.name === winner.name);
		if (found && found.score > WEAK)
			await logGuess(ctx, query, "low-score", found.score, [winner.name]);
		return majors.length > 1
			? answerLevels(ctx, majors, query)
			: reply(majorBlocks(ctx, winner));
	}
	const close = hits.slice(0, 5).map((h) => h.item);
	await logGuess(
		ctx,
		query,
		"suggestions",
		first.score,
		close.map((m) => `${m.name}（${ctx.t(`major.level.${m.level}`)}）`),
	);
	return reply(closeMatchesBlocks(ctx, close));
}

export const major = defineCommand({
	name: "major",
	aliases: ["专业", "查专业"],
	summary: "major.summary",
	examples: [
		"/major 软件技术",
		"/专业 510203",
		"/major 电子商务 中职",
		"/major 护理 老年照护",
	],
	args: [
		{
			name: "query",
			type: "text",
			required: true,
			describe: "major.arg_query",
			complete: "major",
		},
	],
	run: async (ctx, args) =>
		withFeedback(ctx, args.query, await answerMajor(ctx, args.query)),
});
