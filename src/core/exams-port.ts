import type { CertLevel, ExamRound } from "./knowledge-port.js";

/** Exam rounds: those shipped in knowledge/exams.json plus those admins add at run time. */
export interface ExamService {
	/** Rounds of a certificate with any milestone on or after `today` (local date), soonest first. */
	upcoming(certificateId: string, today: string): ExamRound[];
	/** All rounds, optionally of one certificate, soonest exam first. */
	list(certificateId?: string): ExamRound[];
	add(round: Omit<ExamRound, "id">, by: string): Promise<ExamRound>;
	/** Removes a run-time round; shipped rounds cannot be removed. */
	remove(id: string, by: string): Promise<"removed" | "not-found" | "shipped">;
}

export type { CertLevel, ExamRound };
