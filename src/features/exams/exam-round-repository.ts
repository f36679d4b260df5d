import type { StoredExamRound } from "../reminders/data.js";

/** A round to add: everything but the id, which the repository gives out. */
export type NewExamRound = Omit<StoredExamRound, "id">;

/**
 * Exam rounds admins add at run time (shipped rounds live in knowledge/exams.json). Ids are
 * `r1`, `r2`, … from a counter that never goes back, so a removed round's id is never reused.
 */
export interface ExamRoundRepository {
	/** Every run-time round, in the order they were added. */
	all(): Promise<StoredExamRound[]>;
	/**
	 * Adds `round` under the next free id (skipping ids in `reservedIds`, the shipped ones),
	 * unless a stored round has the same certificate, exam date and levels: then that round's id
	 * comes back as `twin` and nothing is written. The check and the insert are one step, also
	 * across processes.
	 */
	add(
		round: NewExamRound,
		reservedIds: ReadonlySet<string>,
	): Promise<{ added: StoredExamRound } | { twin: string }>;
	/** Removes a run-time round by its (lower-case) id; `false` when there is none. */
	remove(id: string): Promise<boolean>;
}

/** The key two rounds must not share: one certificate, one exam date, the same levels. */
export function roundTwinKey(round: {
	certificateId: string;
	levels: readonly string[];
	dates: { exam: string };
}): string {
	return `${round.certificateId}\u0000${round.dates.exam}\u0000${round.levels.join()}`;
}
