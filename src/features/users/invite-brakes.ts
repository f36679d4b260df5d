/** How hard the brakes are; the defaults suit a college where a few teachers mistype. */
export interface BrakeSettings {
	/** Wrong codes a user may send before waiting; default 3. */
	freeFailures: number;
	/** The first wait; it doubles with each further wrong code, up to `maxWaitMs`. Default 1 min. */
	baseWaitMs: number;
	/** Default 24 h. */
	maxWaitMs: number;
	/** Wrong codes across all users within `burstWindowMs` that pause joining; default 20. */
	burstFailures: number;
	/** Default 10 min. */
	burstWindowMs: number;
}

export const defaultBrakes: BrakeSettings = {
	freeFailures: 3,
	baseWaitMs: 60_000,
	maxWaitMs: 86_400_000,
	burstFailures: 20,
	burstWindowMs: 10 * 60_000,
};

/** Users tracked at most; the oldest are forgotten first (a raid of new accounts stays bounded). */
const MAX_USERS = 20_000;

interface UserFailures {
	count: number;
	lastMs: number;
}

/**
 * Counts each user's wrong invite codes in this process's memory, with an exponential wait
 * after a few. Pure arithmetic on the instants it is given. Bursts across users are counted
 * in storage (`InviteRepository.attempt`), so they hold across instances.
 */
export class InviteBrakes {
	private readonly users = new Map<string, UserFailures>();

	constructor(private readonly settings: BrakeSettings = defaultBrakes) {}

	/** Milliseconds `user` must still wait before a code is checked; 0 when none. */
	waitFor(user: string, nowMs: number): number {
		const f = this.users.get(user);
		if (!f) return 0;
		// A day without a wrong code forgives the rest.
		if (nowMs - f.lastMs >= this.settings.maxWaitMs || nowMs < f.lastMs) {
			this.users.delete(user);
			return 0;
		}
		const over = f.count - this.settings.freeFailures;
		if (over < 0) return 0;
		const wait = Math.min(
			this.settings.baseWaitMs * 2 ** over,
			this.settings.maxWaitMs,
		);
		return Math.max(0, f.lastMs + wait - nowMs);
	}

	/** Counts a wrong code of `user`. */
	fail(user: string, nowMs: number): void {
		const f = this.users.get(user) ?? { count: 0, lastMs: nowMs };
		this.users.delete(user);
		this.users.set(user, { count: f.count + 1, lastMs: nowMs });
		if (this.users.size > MAX_USERS) {
			const oldest = this.users.keys().next().value;
			if (oldest !== undefined) this.users.delete(oldest);
		}
	}

	/** A right code clears the user's count. */
	succeed(user: string): void {
		this.users.delete(user);
	}
}
