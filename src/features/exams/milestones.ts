import type { ExamRound, Milestone } from "../knowledge/knowledge-port.js";

export type MilestoneProblem =
	| { ok: true }
	| { ok: false; code: "exam.order"; first: Milestone; second: Milestone };

/**
 * Checks register ≤ pay < exam ≤ results on the milestones present. Registration and payment
 * may close on the same day; both must close before the exam day; results may come the same day.
 */
export function checkMilestones(dates: ExamRound["dates"]): MilestoneProblem {
	const pairs: [Milestone, Milestone, "le" | "lt"][] = [
		["register", "pay", "le"],
		["register", "exam", "lt"],
		["pay", "exam", "lt"],
		["exam", "results", "le"],
		["register", "results", "lt"],
		["pay", "results", "lt"],
	];
	for (const [a, b, rel] of pairs) {
		const x = dates[a];
		const y = dates[b];
		if (x === undefined || y === undefined) continue;
		if (rel === "le" ? x > y : x >= y)
			return { ok: false, code: "exam.order", first: a, second: b };
	}
	return { ok: true };
}

/** The latest milestone date of a round (results when known, else the exam). */
export function lastDate(round: ExamRound): string {
	return round.dates.results ?? round.dates.exam;
}
