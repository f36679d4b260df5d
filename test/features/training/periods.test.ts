import { describe, expect, it } from "vitest";
import {
	periodContaining,
	unionDays,
} from "../../../src/features/training/periods.js";

describe("periodContaining", () => {
	it("gives the five-year period that holds today, with its last day as deadline", () => {
		expect(periodContaining("2024-09-01", 5, "2026-11-28")).toEqual({
			start: "2024-09-01",
			end: "2029-08-31",
		});
	});

	it("moves on to the next period once one has ended", () => {
		expect(periodContaining("2019-09-01", 5, "2026-11-28")).toEqual({
			start: "2024-09-01",
			end: "2029-08-31",
		});
		expect(periodContaining("2020-02-29", 1, "2026-03-01")).toEqual({
			start: "2026-02-28",
			end: "2027-02-27",
		});
	});
});

describe("unionDays", () => {
	it("counts overlapping and touching periods once", () => {
		const ranges = [
			{ start: "2026-07-01", end: "2026-07-31" },
			{ start: "2026-07-20", end: "2026-08-09" },
			{ start: "2026-07-05", end: "2026-07-06" },
			{ start: "2026-08-10", end: "2026-08-10" },
		];
		expect(unionDays(ranges, "2020-01-01", "2030-01-01")).toBe(41);
	});

	it("counts the same period logged twice once", () => {
		const r = { start: "2026-07-01", end: "2026-07-10" };
		expect(unionDays([r, r], "2020-01-01", "2030-01-01")).toBe(10);
	});

	it("clips to the period", () => {
		const ranges = [{ start: "2024-08-20", end: "2024-09-10" }];
		expect(unionDays(ranges, "2024-09-01", "2029-08-31")).toBe(10);
		expect(unionDays(ranges, "2025-01-01", "2029-08-31")).toBe(0);
	});
});
