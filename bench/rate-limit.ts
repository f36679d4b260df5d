/**
 * Rate-limiter benchmark: CPU per message when 100,000 distinct users write within one
 * window (a raid, or a large Discord server after an announcement), the sweeping limiter
 * before beside the bounded one now, and how many users each holds in memory.
 */

import { RateLimiter } from "../src/core/rate-limit.js";
import { SweepingRateLimiter } from "./rate-limit-before.js";

const USERS = 100_000;
const WINDOW_MS = 10_000;
/** New users timed on the old limiter once it holds USERS (filling it takes minutes). */
const OLD_SAMPLE = 2000;

function perMessage(ms: number, n: number): string {
	return `${((ms * 1000) / n).toFixed(2)} µs`;
}

/** Prints microseconds per message and users held, before and now, at 100k distinct users. */
export async function benchRateLimit(): Promise<void> {
	const now = new RateLimiter(20, WINDOW_MS);
	const t0 = performance.now();
	// All within 5 s of one 10 s window: nobody's window has expired.
	for (let i = 0; i < USERS; i++) now.check(`telegram:${i}`, i / 20);
	const nowMs = performance.now() - t0;

	const before = new SweepingRateLimiter(20, WINDOW_MS);
	// Filled directly: through `check` this alone would sweep ~90,000 times.
	for (let i = 0; i < USERS; i++)
		before.windows.set(`telegram:${i}`, {
			start: i / 20,
			count: 1,
			warned: false,
		});
	const t1 = performance.now();
	for (let i = 0; i < OLD_SAMPLE; i++)
		before.check(`discord:${i}`, USERS / 20 + i / 20);
	const beforeMs = performance.now() - t1;

	console.log(
		"\n== rate limiter (100,000 distinct users in one 10 s window) ==",
	);
	console.log(
		`before (sweep per new user):   ${perMessage(beforeMs, OLD_SAMPLE)} per message at ${USERS} users (${OLD_SAMPLE} timed), ${before.windows.size} users held`,
	);
	console.log(
		`now (two bounded generations): ${perMessage(nowMs, USERS)} per message over all ${USERS} users, ${now.size} users held (at most 2 × 50,000)`,
	);
}
