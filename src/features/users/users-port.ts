import type { Change } from "../../core/change.js";
import type { Role } from "../../core/command.js";

/** Roles of users: admins from configuration, teachers granted or joined, everyone else a student. */
export interface UserDirectory {
	/** Read from storage on every call, so a grant takes effect at once on every instance. */
	roleOf(userKey: string): Promise<Role>;
	/** The admins from configuration, for `/role list`. */
	admins?(): readonly string[];
	/** Everyone holding a role above student now: the admins, then the teachers. */
	privileged?(): Promise<{ key: string; role: Exclude<Role, "student"> }[]>;
}

export interface UnansweredQuestion {
	at: string;
	userKey: string;
	text: string;
	/** When an admin marked it handled. */
	handledAt?: string;
}

/** `suggestions` a list to choose from; `low-score` a weak single match; `fallback` a best guess. */
export type GuessKind = "suggestions" | "low-score" | "fallback";

/** An answer that was a guess, kept for admins with what was shown. */
export interface GuessedAnswer {
	at: string;
	userKey: string;
	text: string;
	kind: GuessKind;
	/** Search score of the best candidate: 0 perfect, 1 no match. */
	score: number;
	/** What the user was shown (labels, at most a few). */
	shown: string[];
	handledAt?: string;
}

/** A press of 有用 / 没用 under an answer. */
export interface AnswerFeedback {
	at: string;
	userKey: string;
	text: string;
	useful: boolean;
	/** What the answer was about (its title), when known. */
	shown?: string;
	handledAt?: string;
}

/** Questions of similar wording, with how badly they were answered. */
export interface QuestionGroup {
	/** Stable while the group's first question is kept: used to mark it handled. */
	id: string;
	/** The newest wording. */
	text: string;
	count: number;
	unanswered: number;
	guesses: number;
	notUseful: number;
	useful: number;
	/** Worst score seen: 1 for an unanswered question. */
	worstScore: number;
	lastAt: string;
	/** Who asked the newest wording. */
	lastUserKey: string;
	/** What the newest guess or rated answer showed. */
	shown: string[];
}

/** Questions the bot could not answer, answered by a guess, or rated, kept for admins. */
export interface UnansweredLog {
	/** Logs a question nobody could answer, asked by the change's actor at its instant. */
	record(change: Change, question: { text: string }): Promise<void>;
	/** Logs an answer that was a guess, with its best score and what was shown. */
	recordGuess(
		change: Change,
		guess: Pick<GuessedAnswer, "text" | "kind" | "score" | "shown">,
	): Promise<void>;
	/** Logs a press of 有用 / 没用 under an answer. */
	recordFeedback(
		change: Change,
		feedback: Pick<AnswerFeedback, "text" | "useful" | "shown">,
	): Promise<void>;
	/** Newest first (unanswered only, handled ones included). */
	list(limit: number): Promise<UnansweredQuestion[]>;
	/**
	 * Open (not handled) questions grouped by similar wording: worst rated first, then weakest
	 * (highest score), then most asked, then newest. Groups rated only 有用 are left out.
	 */
	review(limit: number): Promise<QuestionGroup[]>;
	/** Marks every open entry of the group handled at the change's instant; how many, 0 when no such group. */
	markHandled(change: Change, groupId: string): Promise<number>;
}
