import { describe, expect, it } from "vitest";
import {
	addMonths,
	daysBetween,
	localDate,
	parseDate,
	zonedInstant,
} from "../../src/core/dates.js";

describe("parseDate", () => {
	const today = "2026-11-28";
	it.each([
		["2026-07-01", "2026-07-01"],
		["2026/7/1", "2026-07-01"],
		["2026.7.1", "2026-07-01"],
		["20260701", "2026-07-01"],
		["2026年7月1日", "2026-07-01"],
		["7月1日", "2026-07-01"],
		["7月1号", "2026-07-01"],
		["今天", "2026-11-28"],
		["昨天", "2026-11-27"],
		["Yesterday", "2026-11-27"],
		["２０２６－０７－０１", "2026-07-01"],
	])("reads %s as %s", (input, expected) => {
		expect(parseDate(input, today)).toEqual({ ok: true, value: expected });
	});

	it.each([
		"2026-02-30",
		"2026-13-01",
		"abc",
		"",
		"7月",
		"1899-01-01",
		"2026-07-01-02",
	])("rejects %s", (input) => {
		expect(parseDate(input, today).ok).toBe(false);
	});
});

describe("zone-aware dates", () => {
	it("gives the Shanghai date of an instant late in the UTC day", () => {
		expect(localDate(new Date("2026-11-28T17:30:00Z"), "Asia/Shanghai")).toBe(
			"2026-11-29",
		);
		expect(localDate(new Date("2026-11-28T17:30:00Z"), "UTC")).toBe(
			"2026-11-28",
		);
	});

	it("finds the UTC instant of 08:00 in Shanghai", () => {
		expect(
			zonedInstant("2026-12-01", "08:00", "Asia/Shanghai").toISOString(),
		).toBe("2026-12-01T00:00:00.000Z");
	});

	it("adds months without overflowing short months", () => {
		expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
		expect(addMonths("2026-11-28", -12)).toBe("2025-11-28");
		expect(addMonths("2021-09-01", 60)).toBe("2026-09-01");
	});

	it("counts days between dates", () => {
		expect(daysBetween("2026-07-01", "2026-08-31")).toBe(61);
	});
});
