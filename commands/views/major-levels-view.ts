import type { CommandContext } from "../../src/core/context.js";
import type { Major } from "../../src/core/knowledge-port.js";
import {
	type Block,
	choices,
	fields,
	heading,
	list,
	text,
} from "../../src/core/reply.js";
import {
	classFacts,
	labelledName,
	recommendationBlocks,
	SHOWN,
} from "./major-view.js";

/** `中职（730701）、高职专科（530701）` for the levels of one major name. */
export function levelNames(
	ctx: CommandContext,
	majors: readonly Major[],
): string {
	return majors
		.map((m) => `${ctx.t(`major.level.${m.level}`)}（${m.code}）`)
		.join("、");
}

/** One card for a name taught at several levels whose recommendations are all the same. */
export function sameAnswerBlocks(
	ctx: CommandContext,
	majors: readonly Major[],
): Block[] {
	const [first] = majors;
	if (!first) return [];
	return [
		heading(first.name),
		fields([
			{ label: ctx.t("major.levels"), value: levelNames(ctx, majors) },
			...classFacts(ctx, first),
		]),
		...recommendationBlocks(ctx, first),
		...(ctx.services.knowledge.recommendForMajor(first.code, 1).length > 0
			? [text(ctx.t("major.levels_same", { levels: levelNames(ctx, majors) }))]
			: []),
	];
}

/** Each level's short answer (its best three, tier labelled) and a button to its full card. */
export function levelAnswersBlocks(
	ctx: CommandContext,
	majors: readonly Major[],
): Block[] {
	const [first] = majors;
	if (!first) return [];
	const lines = majors.map((m) => {
		const recs = ctx.services.knowledge.recommendForMajor(m.code, SHOWN);
		const answer =
			recs.length === 0
				? ctx.t("major.level_answer_none")
				: recs
						.slice(0, 3)
						.map((r) => labelledName(ctx, r))
						.join("、");
		return ctx.t("major.level_line", {
			level: ctx.t(`major.level.${m.level}`),
			code: m.code,
			answer,
			count: recs.length,
		});
	});
	return [
		heading(first.name),
		text(ctx.t("major.levels_differ", { name: first.name })),
		list(lines),
		choices(
			majors.map((m) => ({
				label: `${m.name}（${ctx.t(`major.level.${m.level}`)}）`,
				command: `/major ${m.code}`,
			})),
			ctx.t("major.level_open"),
		),
	];
}
