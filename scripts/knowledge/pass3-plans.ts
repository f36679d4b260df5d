import type { ExamRound } from "../../src/features/knowledge/knowledge-port.js";
import { LEVELS, levelsIn, splitCertNames } from "./names.js";
import { passSource } from "./pass-source.js";
import { type CsvRow, col } from "./read.js";

/** `2024-06-01`, `2023-07-01/2023-07-02`, or `10月24日` in a plan of a known year. */
function examDate(cell: string, year: string): string | null {
	const iso = /^(\d{4}-\d{2}-\d{2})/.exec(cell);
	if (iso?.[1]) return iso[1];
	const md = /^(\d{1,2})月(\d{1,2})日/.exec(cell);
	if (md && /^\d{4}$/.test(year))
		return `${year}-${md[1]?.padStart(2, "0")}-${md[2]?.padStart(2, "0")}`;
	return null;
}

/**
 * Dated rounds of the pass-3 plans (all in the past: they show when an organisation examined).
 * Rows without a day (PL11, the 2025 end-date rule) are not rounds. Two levels of one
 * certificate on one day are one round.
 */
export function buildPass3Rounds(
	rows: CsvRow[],
	certId: (rawName: string) => string,
): ExamRound[] {
	const rounds = new Map<string, ExamRound>();
	let previous: CsvRow | undefined;
	for (const row of rows) {
		const date = examDate(col(row, "exam_date"), col(row, "year"));
		const sameAsAbove = col(row, "format_and_scoring") === "同上";
		const base = sameAsAbove && previous ? previous : row;
		if (!sameAsAbove) previous = row;
		if (!date) continue;
		const note = [
			`计划：${col(row, "plan_or_round").replace(/^同上/, col(base, "plan_or_round"))}`,
			col(row, "exam_time") && `时间 ${col(row, "exam_time")}`,
			col(row, "exam_date").includes("/") &&
				`考试日期 ${col(row, "exam_date")}`,
			col(row, "exam_date").includes("、") &&
				`考试日期 ${col(row, "exam_date")}`,
			col(base, "format_and_scoring") &&
				`形式：${col(base, "format_and_scoring")}`,
			col(row, "deadlines_as_stated") &&
				col(row, "deadlines_as_stated") !== "not in excerpt" &&
				`截止日期：${col(row, "deadlines_as_stated")}`,
			col(row, "organisation_named").startsWith("（")
				? null
				: `组织：${col(row, "organisation_named")}`,
		].filter(Boolean);
		for (const name of splitCertNames(col(row, "certificate_name"))) {
			const id = certId(name);
			const key = `${id}-${date}`;
			const levels = levelsIn(col(row, "level"));
			const existing = rounds.get(key);
			if (existing) {
				existing.levels = LEVELS.filter(
					(l) => existing.levels.includes(l) || levels.includes(l),
				);
				continue;
			}
			rounds.set(key, {
				id: key,
				certificateId: id,
				levels,
				dates: { exam: date },
				note: note.join("；"),
				source: passSource(col(row, "source"), col(row, "trust"), {
					title: `${col(base, "plan_or_round")}（考试通知转载）`,
					note: [
						`计划 ${col(row, "plan_id")}`,
						col(row, "page_date") && `页面日期 ${col(row, "page_date")}`,
						col(row, "trust_note"),
					]
						.filter(Boolean)
						.join("；"),
				}),
			});
		}
	}
	return [...rounds.values()];
}
