import type { LoggedEntry } from "./question-groups.js";
import type { UnansweredQuestion } from "./users-port.js";

/** A logged entry as its repository returns it: `id` names it for `markHandled`. */
export type StoredQuestion = LoggedEntry & { id: string };

/**
 * Where unanswered questions, guessed answers and 有用/没用 presses are kept for admins. Each
 * kind is its own list, oldest first, cut to its newest `keep` entries on append.
 */
export interface QuestionLogRepository {
	/** Appends one entry (as given: texts already cut) and drops the oldest beyond `keep`. */
	append(item: LoggedEntry, keep: number): Promise<void>;
	/** Unanswered questions, newest first, handled ones included. */
	recentUnanswered(limit: number): Promise<UnansweredQuestion[]>;
	/** The newest `limit` entries of every kind not yet handled, oldest first. */
	openEntries(limit: number): Promise<StoredQuestion[]>;
	/**
	 * Marks the entries handled at `at` (UTC ISO), skipping any handled or dropped meanwhile;
	 * returns how many it marked. One atomic change.
	 */
	markHandled(entries: readonly StoredQuestion[], at: string): Promise<number>;
}
