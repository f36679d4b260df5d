import type { GeneratedInvite } from "./invite-data.js";
import type { InviteEvent } from "./invites-port.js";

/** The stored part of joining by invite code: the generated code and the pause. */
export interface InviteState {
	generated?: GeneratedInvite;
	pausedSince?: string;
}

/** What an attempt to join comes to, decided from the state read in the attempt's transaction. */
export type InviteVerdict =
	/** No code configured or generated: nothing is recorded. */
	| "disabled"
	/** Joining is paused: recorded as `refused-paused`. */
	| "paused"
	/** The user waits after too many wrong codes: recorded as `waiting`. */
	| "waiting"
	/** Recorded as `joined`. */
	| "ok"
	| "wrong"
	| "expired";

/** Wrong or expired codes across users within `windowMs` that pause joining. */
export interface BurstRule {
	failures: number;
	windowMs: number;
}

export interface InviteAttempt {
	by: string;
	/** UTC ISO instant. */
	at: string;
	burst: BurstRule;
	/** Called once with the state as stored now; must be synchronous and not throw. */
	judge(state: InviteState): InviteVerdict;
}

/**
 * The invites' storage: the state and the join audit trail. `attempt` reads the state, records
 * the verdict and, when a wrong code completes a burst (failures since the last pause within
 * the window), pauses joining — all as one atomic change, one at a time across instances.
 */
export interface InviteRepository {
	state(): Promise<InviteState>;
	attempt(attempt: InviteAttempt): Promise<{
		verdict: InviteVerdict;
		burst?: { failures: number; users: number };
	}>;
	/** Replaces the generated code, lifts any pause and records `event`, at once. */
	replaceCode(generated: GeneratedInvite, event: InviteEvent): Promise<void>;
	/** Lifts the pause and records `event`; `false` (nothing written) when not paused. */
	resume(event: InviteEvent): Promise<boolean>;
	/** Wrong and expired codes since `since` (UTC ISO). */
	failuresSince(since: string): Promise<number>;
	/** The newest events first. */
	recentEvents(limit: number): Promise<InviteEvent[]>;
}

/** Counts the burst in `events` (oldest first) that `at` would complete, newest back to the last pause. */
export function burstIn(
	events: readonly InviteEvent[],
	at: string,
	rule: BurstRule,
): { failures: number; users: number } | undefined {
	const since = new Date(Date.parse(at) - rule.windowMs).toISOString();
	let failures = 0;
	const users = new Set<string>();
	for (let i = events.length - 1; i >= 0; i--) {
		const e = events[i] as InviteEvent;
		if (e.action === "paused" || e.at <= since) break;
		if (e.at > at || (e.action !== "wrong" && e.action !== "expired")) continue;
		failures++;
		users.add(e.by);
	}
	return failures >= rule.failures
		? { failures, users: users.size }
		: undefined;
}
