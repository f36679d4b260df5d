import { addDays } from "../../core/dates.js";
import type { ExamRound, Milestone } from "../knowledge/knowledge-port.js";

export interface IcsEvent {
	uid: string;
	/** Local date of the milestone; the event covers that whole local day. */
	date: string;
	summary: string;
	description?: string;
	location?: string;
}

const encoder = new TextEncoder();

/** `20261205T160000Z`: a UTC DATE-TIME, for DTSTAMP. */
function utcStamp(instant: Date): string {
	return instant
		.toISOString()
		.replace(/[-:]/g, "")
		.replace(/\.\d{3}/, "");
}

/** `2027-03-20` → `20270320`: a DATE value (RFC 5545 §3.3.4). */
function dateValue(date: string): string {
	return date.replace(/-/g, "");
}

/**
 * The alarm of an all-day event, at `alarmTime` on the day before, as a duration before the
 * event's start: `08:00` → `-PT16H`, `07:30` → `-PT16H30M`, `00:00` → `-PT24H`.
 *
 * A DATE start has no zone, so it begins at midnight wherever the calendar is viewed, and a
 * relative trigger follows it: the alarm rings at `alarmTime` local time in the viewer's zone
 * (the configured zone for our students' phones). An absolute UTC trigger would ring at 08:00
 * in Shanghai only, and at 01:00 on a phone set to Europe/Berlin in winter.
 */
export function alarmTrigger(alarmTime: string): string {
	const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(alarmTime);
	if (!m) throw new Error(`alarm time must be HH:mm, got "${alarmTime}"`);
	const before = 24 * 60 - (Number(m[1]) * 60 + Number(m[2]));
	const hours = Math.floor(before / 60);
	const minutes = before % 60;
	return `-PT${hours ? `${hours}H` : ""}${minutes ? `${minutes}M` : ""}`;
}

/** Escapes TEXT values (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
	return value
		.replace(/\\/g, "\\\\")
		.replace(/;/g, "\\;")
		.replace(/,/g, "\\,")
		.replace(/\r\n|\r|\n/g, "\\n");
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): continuation lines start with one space,
 * which counts toward their 75. Never splits a UTF-8 character (Chinese is 3 octets each).
 */
export function foldLine(line: string): string {
	const parts: string[] = [];
	let current = "";
	let size = 0;
	let limit = 75;
	for (const ch of line) {
		const n = encoder.encode(ch).length;
		if (size + n > limit) {
			parts.push(current);
			current = "";
			size = 0;
			limit = 74;
		}
		current += ch;
		size += n;
	}
	parts.push(current);
	return parts.join("\r\n ");
}

/**
 * An iCalendar (RFC 5545) document: one all-day VEVENT per milestone (DTSTART;VALUE=DATE, and
 * DTEND the next day, exclusive) and one VALARM at `alarmTime` on the day before. Date-only
 * events need no VTIMEZONE, nor X-WR-TIMEZONE, which clients apply to floating times only.
 * X-WR-CALNAME names the calendar in Apple Calendar, Google Calendar and Outlook. CRLF line ends.
 */
export function writeIcs(
	events: readonly IcsEvent[],
	options: { now: Date; alarmTime: string; calendarName: string },
): string {
	const lines = [
		"BEGIN:VCALENDAR",
		"VERSION:2.0",
		"PRODID:-//onex-bot//exam reminders//ZH",
		"CALSCALE:GREGORIAN",
		"METHOD:PUBLISH",
		`X-WR-CALNAME:${escapeText(options.calendarName)}`,
	];
	const stamp = utcStamp(options.now);
	const trigger = alarmTrigger(options.alarmTime);
	for (const e of events) {
		lines.push(
			"BEGIN:VEVENT",
			`UID:${e.uid}`,
			`DTSTAMP:${stamp}`,
			`DTSTART;VALUE=DATE:${dateValue(e.date)}`,
			`DTEND;VALUE=DATE:${dateValue(addDays(e.date, 1))}`,
			`SUMMARY:${escapeText(e.summary)}`,
		);
		if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
		if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
		lines.push(
			"BEGIN:VALARM",
			"ACTION:DISPLAY",
			`DESCRIPTION:${escapeText(e.summary)}`,
			`TRIGGER:${trigger}`,
			"END:VALARM",
			"END:VEVENT",
		);
	}
	lines.push("END:VCALENDAR");
	return `${lines.map(foldLine).join("\r\n")}\r\n`;
}

/** Events for every milestone of `rounds` on or after `today`. */
export function roundEvents(
	rounds: readonly ExamRound[],
	today: string,
	label: (round: ExamRound, milestone: Milestone) => string,
	description: (round: ExamRound) => string,
): IcsEvent[] {
	const order: Milestone[] = ["register", "pay", "exam", "results"];
	const out: IcsEvent[] = [];
	for (const round of rounds) {
		for (const m of order) {
			const date = round.dates[m];
			if (date === undefined || date < today) continue;
			out.push({
				uid: `${round.id}-${m}-${date}@onex-bot`,
				date,
				summary: label(round, m),
				description: description(round),
				...(round.site ? { location: round.site } : {}),
			});
		}
	}
	return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
