import type { Milestone } from "../knowledge/knowledge-port.js";

/** When reminders go out; the defaults are the ones issue 4 asks for. */
export interface ReminderPolicy {
	/** Days before each milestone date on which to remind (0 = on the day). */
	readonly before: Readonly<Record<Milestone, readonly number[]>>;
	/** Months before the end of a teacher's 5-year period on which to report a shortfall. */
	readonly practiceMonths: readonly number[];
	/** A send this long after its slot is marked late (a normal tick is seconds after it). */
	readonly lateAfterMinutes: number;
	/** A shortfall reminder older than this is no longer sent (the next one will come). */
	readonly practiceMaxLateDays: number;
	/** Results are still worth announcing this many days after the publicity date. */
	readonly resultsMaxLateDays: number;
}

export const defaultPolicy: ReminderPolicy = {
	before: { register: [7, 1], pay: [1], exam: [7, 1], results: [0] },
	practiceMonths: [12, 6, 3, 1],
	lateAfterMinutes: 30,
	practiceMaxLateDays: 14,
	resultsMaxLateDays: 7,
};

/** Where a teacher stands against the enterprise-practice requirement of their current period. */
export interface PracticeStatus {
	/** User key; reminders go to the private chat with the same key. */
	teacherKey: string;
	/** Last day of the current period, local `YYYY-MM-DD`. */
	periodEnd: string;
	practiceDays: number;
	requiredDays: number;
}
