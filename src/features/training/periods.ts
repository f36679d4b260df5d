import { addDays, addMonths, daysBetween } from "../../core/dates.js";
import type { Requirement } from "./training-port.js";

/**
 * The period of `years` that contains `today`, counting from `periodStart` (e.g. a 5-year
 * appraisal period that started 2022-09-01 → 2022-09-01 … 2027-08-31). When today is past
 * the end, the following periods are used; the loop is bounded.
 */
export function periodContaining(
	periodStart: string,
	years: number,
	today: string,
): { start: string; end: string } {
	const months = Math.max(1, Math.round(years * 12));
	let start = periodStart;
	for (let i = 0; i < 200 && addMonths(start, months) <= today; i++)
		start = addMonths(start, months);
	return { start, end: addDays(addMonths(start, months), -1) };
}

/** Calendar days covered by the union of inclusive `[start, end]` ranges clipped to `[from, to]`. */
export function unionDays(
	ranges: readonly { start: string; end: string }[],
	from: string,
	to: string,
): number {
	const clipped = ranges
		.map((r) => ({
			start: r.start < from ? from : r.start,
			end: r.end > to ? to : r.end,
		}))
		.filter((r) => r.start <= r.end)
		.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
	let total = 0;
	let current: { start: string; end: string } | undefined;
	for (const r of clipped) {
		if (current && r.start <= addDays(current.end, 1)) {
			if (r.end > current.end) current.end = r.end;
		} else {
			if (current) total += daysBetween(current.start, current.end) + 1;
			current = { ...r };
		}
	}
	if (current) total += daysBetween(current.start, current.end) + 1;
	return total;
}

/** Inclusive length of one period in days. */
export function lengthInDays(start: string, end: string): number {
	return daysBetween(start, end) + 1;
}

/** Builds a `Requirement` from what is done so far. */
export function requirement(
	period: { start: string; end: string },
	required: number,
	done: number,
	today: string,
): Requirement {
	return {
		...period,
		required,
		done: Math.round(done * 100) / 100,
		shortfall: Math.max(0, Math.round((required - done) * 100) / 100),
		daysLeft: Math.max(0, daysBetween(today, period.end) + 1),
	};
}
