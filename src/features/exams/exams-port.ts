import type { Change } from "../../core/change.js";
import type {
	CertLevel,
	ExamRound,
	Milestone,
} from "../knowledge/knowledge-port.js";

/** Exam rounds: those shipped in knowledge/exams.json plus those admins add at run time. */
export interface ExamService {
	/** Rounds of a certificate with any milestone on or after `today` (local date), soonest first. */
	upcoming(certificateId: string, today: string): ExamRound[];
	/** All rounds, optionally of one certificate, soonest exam first. */
	list(certificateId?: string): ExamRound[];
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
	/** One round by id (case-insensitive), shipped or added. */
	get(id: string): ExamRound | undefined;
	/** Whether the round ships with the bot (cannot be removed at run time). */
	isShipped(id: string): boolean;
}

export type { CertLevel, ExamRound, Milestone };
