/**
 * The rate limiter as it was before bounded generations, kept only so the benchmark can show
 * both side by side: one map of windows, swept over every user whenever a new user arrived
 * past 10,000 users.
 */
export class SweepingRateLimiter {
	readonly windows = new Map<
		string,
		{ start: number; count: number; warned: boolean }
	>();

	constructor(
		private readonly limit: number,
		private readonly windowMs: number,
	) {}

	check(key: string, nowMs: number): boolean {
		let w = this.windows.get(key);
		if (!w || nowMs - w.start >= this.windowMs) {
			w = { start: nowMs, count: 0, warned: false };
			this.windows.set(key, w);
			if (this.windows.size > 10_000) this.sweep(nowMs);
		}
		w.count++;
		return w.count <= this.limit;
	}

	private sweep(nowMs: number) {
		for (const [key, w] of this.windows)
			if (nowMs - w.start >= this.windowMs) this.windows.delete(key);
	}
}
