import type { Change } from "../../core/change.js";
import type { Reply } from "../../core/reply.js";

/** What happened at one join or one admin action on invite codes (the join audit trail). */
export type InviteAction =
	/** Joined (or an admin or teacher gave a right code). */
	| "joined"
	/** A wrong code. Never stored: the guess itself, which may be close to the real code. */
	| "wrong"
	/** A generated code that has expired. */
	| "expired"
	/** Refused unchecked: the user is waiting after too many wrong codes. */
	| "waiting"
	/** Refused unchecked: joining is paused. */
	| "refused-paused"
	/** Joining paused after a burst of wrong codes across users. */
	| "paused"
	/** An admin generated a new code (which also resumes joining). */
	| "new-code"
	/** An admin resumed joining. */
	| "resumed";

export interface InviteEvent {
	at: string;
	/** Who: the user trying to join, the admin acting, or `system` for a pause. */
	by: string;
	action: InviteAction;
	/** For `paused`: wrong codes and distinct users in the burst. */
	failures?: number;
	users?: number;
}

export interface InviteStatus {
	/** `TEACHER_INVITE_CODE` is set. */
	configured: boolean;
	/** When the generated code expires (UTC ISO), when there is one and it is still valid. */
	generatedUntil?: string;
	/** Since when joining is paused (UTC ISO). */
	pausedSince?: string;
	/** Wrong codes in the last 24 hours. */
	failuresToday: number;
	/** Newest first. */
	recent: InviteEvent[];
}

/**
 * Invite codes with brakes against guessing: wrong codes counted per user (a user waits after
 * a few) and across users (a burst pauses joining and alerts admins until one of them acts).
 */
export interface InviteService {
	/**
	 * Resolves when `code` admits the change's actor now, recording the attempt; a `UserError` otherwise
	 * (wrong, expired, waiting, paused, joining off). A wrong code says only that it is wrong.
	 */
	admit(change: Change, code: string): Promise<void>;
	/** A new code valid for `days` days, replacing the previous generated one; resumes joining. */
	newCode(change: Change): Promise<{ code: string; expiresAt: string }>;
	/** Lifts a pause; `false` when joining was not paused. */
	resume(change: Change): Promise<boolean>;
	status(now: Date): Promise<InviteStatus>;
}

/** Tells every admin something at once: in their private chats where a platform is connected, and in the log. */
export interface AdminAlerts {
	send(
		reply: Reply,
		log: { message: string; data: Record<string, unknown> },
	): Promise<void>;
}
