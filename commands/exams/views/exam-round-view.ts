import type { CommandContext } from "../../../src/core/context.js";
import {
	type Block,
	type Field,
	fields,
	text,
} from "../../../src/core/reply.js";
import type { ExamRound } from "../../../src/features/knowledge/knowledge-port.js";
import { sourceLines } from "../../knowledge/views/sources.js";

/** `（初级、中级）`, or nothing when the source names no level. */
export function levelsText(round: ExamRound): string {
	return round.levels.length ? `（${round.levels.join("、")}）` : "";
}

/** One round: its milestones (unpublished ones said so), site, note and source. */
export function roundBlocks(ctx: CommandContext, round: ExamRound): Block[] {
	const { t } = ctx;
	const d = round.dates;
	const missing = t("exam.not_published");
	const rows: Field[] = [
		{ label: t("exam.f_register"), value: d.register ?? missing },
		{ label: t("exam.f_pay"), value: d.pay ?? missing },
		{ label: t("exam.f_exam"), value: d.exam },
		{ label: t("exam.f_results"), value: d.results ?? missing },
	];
	if (round.site) rows.push({ label: t("exam.f_site"), value: round.site });
	if (round.note) rows.push({ label: t("exam.f_note"), value: round.note });
	const [source] = sourceLines([round.source], 1, ctx.locale);
	if (source) rows.push({ label: t("exam.f_source"), value: source });
	return [
		text(t("exam.round", { id: round.id, levels: levelsText(round) })),
		fields(rows),
	];
}
