/** Fixed-window limit per key; `check` says whether this message may pass and whether to warn once. */
export class RateLimiter {
	private readonly windows = new Map<
		string,
		{ start: number; count: number; warned: boolean }
	>();

	constructor(
		private readonly limit: number,
		private readonly windowMs: number,
	) {}

	check(
		key: string,
		nowMs: number,
	): { allowed: true } | { allowed: false; warn: boolean; retryInMs: number } {
		let w = this.windows.get(key);
		if (!w || nowMs - w.start >= this.windowMs) {
			w = { start: nowMs, count: 0, warned: false };
			this.windows.set(key, w);
			if (this.windows.size > 10_000) this.sweep(nowMs);
		}
		w.count++;
		if (w.count <= this.limit) return { allowed: true };
		const warn = !w.warned;
		w.warned = true;
		return { allowed: false, warn, retryInMs: w.start + this.windowMs - nowMs };
	}

	private sweep(nowMs: number) {
		for (const [key, w] of this.windows)
			if (nowMs - w.start >= this.windowMs) this.windows.delete(key);
	}
}
