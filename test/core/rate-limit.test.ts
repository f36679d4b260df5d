import { describe, expect, it } from "vitest";
import { RateLimiter } from "../../src/core/rate-limit.js";

describe("RateLimiter", () => {
	it("lets `limit` messages through per window, warns once, then resets", () => {
		const limiter = new RateLimiter(3, 1000);
		const at = (ms: number) => limiter.check("u", ms);
		expect([at(0), at(10), at(20)].every((r) => r.allowed)).toBe(true);
		expect(at(30)).toEqual({ allowed: false, warn: true, retryInMs: 970 });
		expect(at(40)).toEqual({ allowed: false, warn: false, retryInMs: 960 });
		expect(at(1000).allowed).toBe(true);
	});

	it("counts a fractional cost: ten tenths make one message", () => {
		const limiter = new RateLimiter(2, 1000);
		const tenth = () => limiter.check("u", 0, false, 0.1).allowed;
		expect(Array.from({ length: 20 }, tenth).every(Boolean)).toBe(true);
		expect(tenth()).toBe(false);
		expect(limiter.check("v", 0).allowed).toBe(true);
	});

	it("keeps memory bounded by recent users: 200,000 distinct users hold at most 2 × maxKeys", () => {
		const limiter = new RateLimiter(20, 10_000, 10_000);
		let most = 0;
		for (let i = 0; i < 200_000; i++) {
			limiter.check(`telegram:${i}`, i / 100);
			most = Math.max(most, limiter.size);
		}
		expect(most).toBeLessThanOrEqual(20_000);
		// Two quiet windows later everyone is forgotten.
		limiter.check("telegram:new", 200_000 / 100 + 20_001);
		expect(limiter.size).toBe(1);
	});

	it("still limits a flooding user while many others come and go", () => {
		const limiter = new RateLimiter(5, 10_000, 1000);
		let allowed = 0;
		for (let i = 0; i < 5000; i++) {
			limiter.check(`other:${i}`, i);
			if (limiter.check("flood", i).allowed) allowed++;
		}
		// 5000 ms is half a window: the flooding user got only its 5.
		expect(allowed).toBe(5);
	});

	it("starts a fresh window when the clock jumps back", () => {
		const limiter = new RateLimiter(1, 10_000);
		expect(limiter.check("u", 1_000_000).allowed).toBe(true);
		expect(limiter.check("u", 1_000_001).allowed).toBe(false);
		expect(limiter.check("u", 5_000).allowed).toBe(true);
	});
});
