/**
 * How every major of the catalogue is answered: the tier of its best recommendation (1 official
 * text … 5 a shared field word) or none, per level and in total; and how many of the forty
 * common majors get an evidence-labelled recommendation at one level at least.
 */
import type {
	KnowledgeService,
	MajorLevel,
} from "../src/core/knowledge-port.js";
import { COMMON_MAJORS } from "./common-majors.js";

export type Outcome = "1" | "2" | "3" | "4" | "5" | "none";
export const OUTCOMES: readonly Outcome[] = ["1", "2", "3", "4", "5", "none"];

export type CoverageRow = Record<Outcome, number> & { majors: number };

function emptyRow(): CoverageRow {
	return { "1": 0, "2": 0, "3": 0, "4": 0, "5": 0, none: 0, majors: 0 };
}

/** Rows per level plus `total`. */
export function majorCoverage(
	knowledge: KnowledgeService,
): Record<MajorLevel | "total", CoverageRow> {
	const rows: Record<MajorLevel | "total", CoverageRow> = {
		中等职业教育: emptyRow(),
		高等职业教育专科: emptyRow(),
		高等职业教育本科: emptyRow(),
		total: emptyRow(),
	};
	for (const major of knowledge.majors) {
		const best = knowledge.recommendForMajor(major.code, 1)[0];
		const outcome: Outcome = best ? (String(best.tier) as Outcome) : "none";
		for (const row of [rows[major.level], rows.total]) {
			row[outcome]++;
			row.majors++;
		}
	}
	return rows;
}

/** Of the forty common majors, which get a recommendation (any tier) at some level of the name. */
export function commonMajorsCovered(knowledge: KnowledgeService): {
	covered: string[];
	missed: string[];
} {
	const covered: string[] = [];
	const missed: string[] = [];
	for (const name of COMMON_MAJORS) {
		const found = knowledge.majors
			.filter((m) => m.name === name)
			.some((m) => knowledge.recommendForMajor(m.code, 1).length > 0);
		(found ? covered : missed).push(name);
	}
	return { covered, missed };
}
