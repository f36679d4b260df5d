import type { Change } from "../../core/change.js";
import type {
	CertLevel,
	ExamRound,
	Milestone,
} from "../knowledge/knowledge-port.js";
import type { ScheduledRounds } from "../reminders/sweep.js";

/**
 * Exam rounds: those shipped in knowledge/exams.json plus those admins add at run time. Reads
 * may answer from a per-process copy a few seconds old (see `createExamService`).
 */
export interface ExamService {
	/** Rounds of a certificate with any milestone on or after `today` (local date), soonest first. */
	upcoming(certificateId: string, today: string): Promise<ExamRound[]>;
	/** All rounds, optionally of one certificate, soonest exam first. */
	list(certificateId?: string): Promise<ExamRound[]>;
	/**
	 * Adds a run-time round after checking its milestones (register ≤ pay < exam ≤ results);
	 * throws `UserError` for a wrong order or a duplicate of an existing round.
	 */
	add(change: Change, round: Omit<ExamRound, "id">): Promise<ExamRound>;
	/** Removes a run-time round; shipped rounds cannot be removed. */
	remove(
		change: Change,
		id: string,
	): Promise<"removed" | "not-found" | "shipped">;
	/**
	 * Every round as this process last read them, soonest exam first, without waiting (for
	 * autocomplete, which must answer at once); a copy older than the cache time is read again
	 * in the background for the next call.
	 */
	known(): ExamRound[];
	/** One round by id (case-insensitive), shipped or added. */
	get(id: string): Promise<ExamRound | undefined>;
	/** Whether the round ships with the bot (cannot be removed at run time). */
	isShipped(id: string): boolean;
	/** Every round with when run-time ones were added, read afresh: for the reminder sweep. */
	scheduled(): Promise<ScheduledRounds>;
}

export type { CertLevel, ExamRound, Milestone };
