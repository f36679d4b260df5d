/**
 * Fixed-window limit per key. Windows live in two generations of maps that are swapped once
 * per window (or when the current one reaches `maxKeys`): a key not seen for a whole window
 * is forgotten with its generation, so memory is bounded by the users of the last two windows
 * (at most `2 × maxKeys`) and each message costs the same whatever the number of users. No
 * sweep over all users ever runs. A clock that jumps back starts a fresh window.
 */
export class RateLimiter {
	private current = new Map<string, Window>();
	private previous = new Map<string, Window>();
	private generationStart = Number.NEGATIVE_INFINITY;

	constructor(
		private readonly limit: number,
		private readonly windowMs: number,
		private readonly maxKeys = 50_000,
	) {}

	/**
	 * Whether this message may pass, counting `cost` of the key's `limit` (default one whole
	 * message; a fraction lets cheap requests share the limiter at a lower price); when not, whether to warn (once per window) and for how
	 * long. With `canWarn` false (nowhere to send a notice) the one warning is kept for later.
	 */
	check(
		key: string,
		nowMs: number,
		canWarn = true,
		cost = 1,
	): { allowed: true } | { allowed: false; warn: boolean; retryInMs: number } {
		this.rotate(nowMs);
		let w = this.current.get(key);
		if (!w) {
			w = this.previous.get(key);
			if (w) {
				this.previous.delete(key);
				this.current.set(key, w);
			}
		}
		if (!w || nowMs - w.start >= this.windowMs || nowMs < w.start) {
			w = { start: nowMs, count: 0, warned: false };
			this.current.set(key, w);
		}
		w.count += cost;
		// A small tolerance: ten tenths add up to a little more than one in floating point.
		if (w.count <= this.limit + 1e-9) return { allowed: true };
		const warn = canWarn && !w.warned;
		if (warn) w.warned = true;
		return { allowed: false, warn, retryInMs: w.start + this.windowMs - nowMs };
	}

	/** Keys held now (both generations), for tests and the bench. */
	get size(): number {
		return this.current.size + this.previous.size;
	}

	private rotate(nowMs: number) {
		const age = nowMs - this.generationStart;
		if (age >= 0 && age < this.windowMs && this.current.size < this.maxKeys)
			return;
		// Two windows idle, or the clock went back: nothing in either generation still counts.
		this.previous =
			age >= 2 * this.windowMs || age < 0 ? new Map() : this.current;
		this.current = new Map();
		this.generationStart = nowMs;
	}
}

interface Window {
	start: number;
	count: number;
	warned: boolean;
}
