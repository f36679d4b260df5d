import { describe, expect, it } from "vitest";
import { scanDates } from "../../src/core/date-scan.js";
import {
	addMonths,
	daysBetween,
	localDate,
	localDateTime,
	parseDate,
	parseMonthOrDate,
	zonedInstant,
} from "../../src/core/dates.js";
import { relativeDay } from "../../src/core/relative-days.js";

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

describe("relative days and dates anywhere on a line", () => {
	const today = "2026-11-28"; // a Saturday
	it.each([
		["上周五", "2026-11-20"],
		["上星期一", "2026-11-16"],
		["本周一", "2026-11-23"],
		["周三", "2026-11-25"],
		["周六", "2026-11-28"],
		["上上周一", "2026-11-09"],
		["前天", "2026-11-26"],
		["大前天", "2026-11-25"],
		["last friday", "2026-11-27"],
		["last saturday", "2026-11-21"],
		["friday", "2026-11-27"],
		["Yesterday", "2026-11-27"],
	])("reads %s as %s", (word, date) => {
		expect(relativeDay(word, today)).toBe(date);
		expect(parseDate(word, today)).toEqual({ ok: true, value: date });
	});

	it.each([
		"__proto__",
		"constructor",
		"toString",
		"hasOwnProperty",
		"valueOf",
	])("finds no date in %s", (word) => {
		expect(relativeDay(word, today)).toBeUndefined();
		expect(parseDate(word, today).ok).toBe(false);
		expect(parseMonthOrDate(word, today).ok).toBe(false);
		expect(scanDates(`8 ${word} 培训`, today)).toEqual([]);
	});

	it("finds ranges in the usual forms, full-width too", () => {
		const read = (s: string) =>
			scanDates(s, today).map((h) => [h.start, h.end]);
		expect(read("7月1日到8月31日")).toEqual([["2026-07-01", "2026-08-31"]]);
		expect(read("2025-07-01 至 2025-08-15")).toEqual([
			["2025-07-01", "2025-08-15"],
		]);
		expect(read("2025/1/10-2025/2/20")).toEqual([["2025-01-10", "2025-02-20"]]);
		expect(read("１０月１２日－１０月１４日")).toEqual([
			["2026-10-12", "2026-10-14"],
		]);
		expect(read("2025-07-01 至 08-15")).toEqual([["2025-07-01", "2025-08-15"]]);
	});

	it("does not take hours or version numbers for plain dates", () => {
		expect(scanDates("2.5 学时", today)).toEqual([]);
		expect(scanDates("Vue 2.0", today)).toEqual([]);
		expect(scanDates("Python 3.12", today)).toMatchObject([
			{ typed: "3.12", start: "2026-03-12", version: true },
		]);
		expect(scanDates("2月31日", today)).toMatchObject([{ invalid: true }]);
	});

	it("reads a month as its first day for a period start", () => {
		expect(parseMonthOrDate("2023年9月", today)).toEqual({
			ok: true,
			value: "2023-09-01",
		});
		expect(parseMonthOrDate("2023-09", today)).toEqual({
			ok: true,
			value: "2023-09-01",
		});
		expect(parseMonthOrDate("2023年13月", today).ok).toBe(false);
	});

	it("shows an instant in the configured zone, also on a UTC host", () => {
		expect(
			localDateTime(new Date("2026-11-28T17:30:00Z"), "Asia/Shanghai"),
		).toBe("2026-11-29 01:30");
	});
});
