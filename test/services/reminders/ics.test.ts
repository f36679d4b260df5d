import { describe, expect, it } from "vitest";
import {
	escapeText,
	foldLine,
	roundEvents,
	writeIcs,
} from "../../../src/services/reminders/ics.js";
import { yearRounds } from "../../helpers/reminder-fixtures.js";

const octets = (s: string) => new TextEncoder().encode(s).length;

function calendar() {
	const events = roundEvents(
		yearRounds.filter((r) => r.certificateId === "c1"),
		"2027-03-16",
		(r, m) =>
			`网络系统建设与运维（${r.levels.join("、")}）${m} 这是一个很长的标题，用来检验按字节折行是否会把汉字拆开`,
		(r) => `${r.source.title}; ${r.source.url}, 请按考点通知准备证件`,
	);
	return writeIcs(events, {
		zone: "Asia/Shanghai",
		now: new Date("2026-11-28T02:00:00Z"),
		alarmTime: "08:00",
		calendarName: "网络系统建设与运维",
	});
}

describe("iCalendar writer", () => {
	it("ends every line with CRLF and has no bare LF", () => {
		const ics = calendar();
		expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
		expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
	});

	it("folds lines at 75 octets without splitting a UTF-8 character", () => {
		const lines = calendar().split("\r\n");
		for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
		expect(lines.some((l) => l.startsWith(" "))).toBe(true);
		// Unfolding restores valid text: no replacement characters from a cut sequence.
		const unfolded = calendar().replace(/\r\n /g, "");
		expect(unfolded).toContain(
			"这是一个很长的标题，用来检验按字节折行是否会把汉字拆开",
		);
		expect(unfolded).not.toContain("\uFFFD");
	});

	it("folds a long ASCII line into 75 then 74+1 octet pieces", () => {
		const folded = foldLine(`DESCRIPTION:${"x".repeat(200)}`).split("\r\n");
		expect(folded.map(octets)).toEqual([75, 75, 64]);
	});

	it("writes one event per upcoming milestone covering the local day, DTSTART in UTC", () => {
		const ics = calendar().replace(/\r\n /g, "");
		// From 2027-03-16 on: e1 pay, exam, results; e2 register, pay, exam, results.
		expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(7);
		expect(ics).toContain("DTSTART:20270319T160000Z");
		expect(ics).toContain("DTEND:20270320T160000Z");
		for (const m of ics.matchAll(/^DTSTART:(.*)$/gm))
			expect(m[1]).toMatch(/^\d{8}T\d{6}Z$/);
		expect(ics.match(/BEGIN:VALARM/g)).toHaveLength(7);
		// The alarm of the exam on 03-20 rings at 08:00 Shanghai the day before.
		expect(ics).toContain("TRIGGER;VALUE=DATE-TIME:20270319T000000Z");
		expect(ics).toContain("UID:e1-exam-2027-03-20@onex-bot");
		expect(ics).toContain("LOCATION:实训楼 A301");
	});

	it("escapes commas, semicolons, backslashes and newlines in text", () => {
		expect(escapeText("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
		expect(calendar().replace(/\r\n /g, "")).toContain(
			"测试来源\\; https://example.org/plan\\, 请按考点通知准备证件",
		);
	});
});
