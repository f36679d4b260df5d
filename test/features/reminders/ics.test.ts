import { describe, expect, it } from "vitest";
import {
	alarmTrigger,
	escapeText,
	foldLine,
	roundEvents,
	writeIcs,
} from "../../../src/features/reminders/ics.js";
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

	it("writes one all-day event per upcoming milestone, end date exclusive", () => {
		const ics = calendar().replace(/\r\n /g, "");
		// From 2027-03-16 on: e1 pay, exam, results; e2 register, pay, exam, results.
		expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(7);
		expect(ics).toContain("DTSTART;VALUE=DATE:20270320");
		expect(ics).toContain("DTEND;VALUE=DATE:20270321");
		const starts = [...ics.matchAll(/^DTSTART;VALUE=DATE:(\d{8})\r$/gm)];
		const ends = [...ics.matchAll(/^DTEND;VALUE=DATE:(\d{8})\r$/gm)];
		expect(starts).toHaveLength(7);
		expect(ends).toHaveLength(7);
		// No timed start or end anywhere: nothing a viewer's zone could shift.
		expect(ics).not.toMatch(/^DT(START|END)[:;](?!VALUE=DATE:)/m);
		expect(ics).not.toMatch(/^DT(START|END).*T\d{6}/m);
		expect(ics).not.toContain("VTIMEZONE");
		// DTSTAMP stays a UTC date-time.
		for (const m of ics.matchAll(/^DTSTAMP:(.*)\r$/gm))
			expect(m[1]).toBe("20261128T020000Z");
		expect(ics).toContain("UID:e1-exam-2027-03-20@onex-bot");
		expect(ics).toContain("LOCATION:实训楼 A301");
	});

	it("crosses a month end with the exclusive end date", () => {
		const ics = writeIcs(
			[
				{
					uid: "x-exam-2027-02-28@onex-bot",
					date: "2027-02-28",
					summary: "考试",
				},
			],
			{
				now: new Date("2026-11-28T02:00:00Z"),
				alarmTime: "08:00",
				calendarName: "c",
			},
		);
		expect(ics).toContain("\r\nDTSTART;VALUE=DATE:20270228\r\n");
		expect(ics).toContain("\r\nDTEND;VALUE=DATE:20270301\r\n");
	});

	it("sets one alarm per event at the reminder time on the day before", () => {
		const ics = calendar().replace(/\r\n /g, "");
		expect(ics.match(/BEGIN:VALARM/g)).toHaveLength(7);
		// 08:00 the day before is 16 hours before the start of the event's day.
		expect(ics.match(/^TRIGGER:-PT16H\r$/gm)).toHaveLength(7);
		expect(ics).not.toContain("TRIGGER;VALUE=DATE-TIME");
	});

	it("expresses the reminder time as a duration before the day starts", () => {
		expect(alarmTrigger("08:00")).toBe("-PT16H");
		expect(alarmTrigger("07:30")).toBe("-PT16H30M");
		expect(alarmTrigger("23:15")).toBe("-PT45M");
		expect(alarmTrigger("00:00")).toBe("-PT24H");
		expect(() => alarmTrigger("8:00")).toThrow(/HH:mm/);
		expect(() => alarmTrigger("24:00")).toThrow(/HH:mm/);
		const ics = writeIcs(
			[{ uid: "x@onex-bot", date: "2027-03-20", summary: "考试" }],
			{
				now: new Date("2026-11-28T02:00:00Z"),
				alarmTime: "19:45",
				calendarName: "c",
			},
		);
		expect(ics).toContain("\r\nTRIGGER:-PT4H15M\r\n");
	});

	it("parses back: CRLF only, folded lines within 75 octets, every BEGIN closed by its END", () => {
		const ics = calendar();
		// CRLF only: splitting on CRLF leaves no CR or LF anywhere, and the document ends with one.
		expect(ics.endsWith("\r\n")).toBe(true);
		const physical = ics.slice(0, -2).split("\r\n");
		for (const line of physical) {
			expect(line).not.toMatch(/[\r\n]/);
			expect(octets(line)).toBeLessThanOrEqual(75);
			expect(line).not.toBe("");
		}
		// Unfold (RFC 5545 §3.1): a line starting with a space continues the previous one.
		const lines: string[] = [];
		for (const line of physical) {
			if (line.startsWith(" ")) {
				expect(lines.length).toBeGreaterThan(0);
				lines[lines.length - 1] += line.slice(1);
			} else lines.push(line);
		}
		expect(lines.join("")).not.toContain("\uFFFD");
		// Every unfolded line is a content line: name, optional parameters, colon, value.
		for (const line of lines)
			expect(line).toMatch(/^[A-Z][A-Z0-9-]*(;[A-Z0-9-]+=[^:;]+)*:.*$/);
		// Components nest properly.
		const stack: string[] = [];
		const seen: string[] = [];
		for (const line of lines) {
			const begin = /^BEGIN:(.+)$/.exec(line);
			const end = /^END:(.+)$/.exec(line);
			if (begin?.[1]) {
				stack.push(begin[1]);
				seen.push(begin[1]);
			} else if (end?.[1]) expect(stack.pop()).toBe(end[1]);
			else expect(stack.length).toBeGreaterThan(0);
		}
		expect(stack).toEqual([]);
		expect(lines[0]).toBe("BEGIN:VCALENDAR");
		expect(lines.at(-1)).toBe("END:VCALENDAR");
		expect(seen.filter((c) => c === "VEVENT")).toHaveLength(7);
		expect(seen.filter((c) => c === "VALARM")).toHaveLength(7);
		// Each VEVENT has exactly one of each required or written-once property.
		const events = lines
			.join("\n")
			.split("BEGIN:VEVENT\n")
			.slice(1)
			.map((e) => e.slice(0, e.indexOf("END:VEVENT")).split("\n"));
		for (const e of events) {
			for (const name of ["UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"])
				expect(
					e.filter((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`)),
				).toHaveLength(1);
		}
	});

	it("escapes commas, semicolons, backslashes and newlines in text", () => {
		expect(escapeText("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
		expect(calendar().replace(/\r\n /g, "")).toContain(
			"测试来源\\; https://example.org/plan\\, 请按考点通知准备证件",
		);
	});
});
