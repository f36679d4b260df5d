import type { ExamRound } from "../knowledge/knowledge-port.js";

/** An exam round an admin entered at run time; shipped rounds live in knowledge/exams.json. */
export interface StoredExamRound extends ExamRound {
	addedBy: string;
	/** UTC ISO instant; reminders whose slot lies before it are not sent late. */
	addedAt: string;
}

/** A chat that receives one certificate's exam reminders. */
export interface Subscription {
	chatKey: string;
	certificateId: string;
	/** User who subscribed the chat. */
	by: string;
	/** UTC ISO instant; slots before it are not sent (they were never missed). */
	at: string;
	/** Language of the reminders in this chat (the subscriber's). */
	locale: "zh-CN" | "en";
}

/** Why a chat gets nothing until someone resumes it. */
export interface ChatPause {
	reason: "gone" | "blocked";
	at: string;
	detail?: string;
}

/**
 * One occurrence in the outbox, by idempotency key.
 * `sending` is written to disk before the notifier is called: a record still `sending` after a
 * restart has an unknown outcome and is never sent again (at most once, visible to admins).
 */
export type OutboxStatus =
	| "sending"
	| "sent"
	| "retry"
	| "failed"
	| "skipped"
	| "uncertain";

export interface OutboxRecord {
	chatKey: string;
	/** Scheduled instant (UTC ISO); used for pruning. */
	slot: string;
	status: OutboxStatus;
	attempts: number;
	lastAttemptAt: string;
	sentAt?: string;
	late?: boolean;
	error?: string;
	/** The occurrence's round (`Occurrence.round`); absent in older files. */
	round?: string;
}

/** The reminders section of the database: exam rounds added at run time, subscriptions, outbox. */
export interface ReminderData {
	rounds: StoredExamRound[];
	/** Next number for run-time round ids (`r1`, `r2`, …); never reused. */
	nextRoundSeq: number;
	subscriptions: Subscription[];
	pausedChats: Record<string, ChatPause>;
	/** Teachers (user keys) who turned enterprise-practice reminders off. */
	practiceOptOut: string[];
	outbox: Record<string, OutboxRecord>;
	/**
	 * Rounds whose outbox records were pruned, by round key → when the round ended, so that
	 * none of their reminders is planned again whatever the clock later says. Newest kept.
	 */
	closedRounds?: Record<string, string>;
	/** Rounds with records in the outbox, by round key → when the round is over (UTC ISO). */
	openRounds?: Record<string, string>;
	/**
	 * The instant pruning has reached. It follows the clock forward by at most a day per
	 * sweep, and back at once, so a clock that jumps ahead and back prunes nothing.
	 */
	prunedThrough?: string;
}

export function emptyReminderData(): ReminderData {
	return {
		rounds: [],
		nextRoundSeq: 1,
		subscriptions: [],
		pausedChats: {},
		practiceOptOut: [],
		outbox: {},
	};
}
