import { addDays, zonedInstant } from "../../core/dates.js";
import type { ExamRound, Milestone } from "../../core/knowledge-port.js";

export interface IcsEvent {
	uid: string;
	/** Local date of the milestone; the event covers that whole local day. */
	date: string;
	summary: string;
	description?: string;
	location?: string;
}

const encoder = new TextEncoder();

/** `20261205T160000Z`: UTC, so calendars need no VTIMEZONE and show the right local day. */
function utcStamp(instant: Date): string {
	return instant
		.toISOString()
		.replace(/[-:]/g, "")
		.replace(/\.\d{3}/, "");
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
 * An iCalendar (RFC 5545) document: one VEVENT per milestone spanning its local day in `zone`
 * (DTSTART/DTEND in UTC) and one VALARM at `alarmTime` local on the day before. CRLF line ends.
 */
export function writeIcs(
	events: readonly IcsEvent[],
	options: { zone: string; now: Date; alarmTime: string; calendarName: string },
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
	for (const e of events) {
		const start = zonedInstant(e.date, "00:00", options.zone);
		const end = zonedInstant(addDays(e.date, 1), "00:00", options.zone);
		const alarm = zonedInstant(
			addDays(e.date, -1),
			options.alarmTime,
			options.zone,
		);
		lines.push(
			"BEGIN:VEVENT",
			`UID:${e.uid}`,
			`DTSTAMP:${stamp}`,
			`DTSTART:${utcStamp(start)}`,
			`DTEND:${utcStamp(end)}`,
			`SUMMARY:${escapeText(e.summary)}`,
		);
		if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
		if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
		lines.push(
			"BEGIN:VALARM",
			"ACTION:DISPLAY",
			`DESCRIPTION:${escapeText(e.summary)}`,
			`TRIGGER;VALUE=DATE-TIME:${utcStamp(alarm)}`,
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
