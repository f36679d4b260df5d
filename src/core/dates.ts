/** Calendar dates (`YYYY-MM-DD`) in a configured zone; pure, no clock of its own. */

import { localTime } from "./local-time.js";
import { relativeDay } from "./relative-days.js";

export type Parsed<T> = { ok: true; value: T } | { ok: false };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
	let f = formatters.get(zone);
	if (!f) {
		f = new Intl.DateTimeFormat("en-CA", {
			timeZone: zone,
			year: "numeric",
			month: "2-digit",
			day: "2-digit",
		});
		formatters.set(zone, f);
	}
	return f;
}

/** The calendar date of `instant` in `zone`. */
export function localDate(instant: Date, zone: string): string {
	return formatterFor(zone).format(instant);
}

export function isValidZone(zone: string): boolean {
	try {
		new Intl.DateTimeFormat("en", { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}

function pad(n: number): string {
	return String(n).padStart(2, "0");
}

/** Builds `YYYY-MM-DD` when y/m/d is a real calendar date (no 2月30日). */
export function makeDate(y: number, m: number, d: number): string | undefined {
	if (y < 2000 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31)
		return undefined;
	const t = new Date(Date.UTC(y, m - 1, d));
	if (t.getUTCMonth() !== m - 1) return undefined;
	return `${y}-${pad(m)}-${pad(d)}`;
}

export function addDays(date: string, days: number): string {
	const t = new Date(`${date}T00:00:00Z`);
	t.setUTCDate(t.getUTCDate() + days);
	return t.toISOString().slice(0, 10);
}

export function addMonths(date: string, months: number): string {
	const [y, m, d] = date.split("-").map(Number) as [number, number, number];
	const total = y * 12 + (m - 1) + months;
	const ny = Math.floor(total / 12);
	const nm = (total % 12) + 1;
	const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
	return `${ny}-${pad(nm)}-${pad(Math.min(d, last))}`;
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
	return Math.round(
		(Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000,
	);
}

/** The UTC instant at which local time `hh:mm` on `date` starts in `zone`. */
export function zonedInstant(date: string, time: string, zone: string): Date {
	const guess = Date.parse(`${date}T${time}:00Z`);
	const parts = new Intl.DateTimeFormat("en-US", {
		timeZone: zone,
		hourCycle: "h23",
		year: "numeric",
		month: "2-digit",
		day: "2-digit",
		hour: "2-digit",
		minute: "2-digit",
	}).formatToParts(new Date(guess));
	const get = (type: string) =>
		Number(parts.find((p) => p.type === type)?.value);
	const shown = Date.UTC(
		get("year"),
		get("month") - 1,
		get("day"),
		get("hour"),
		get("minute"),
	);
	return new Date(guess - (shown - guess));
}

/** Which year a date typed without one (`7月1日`) falls in. */
export type YearHint = "past" | "future";

/**
 * Reads a date as people type it: `2026-07-01`, `2026/7/1`, `2026.7.1`, `20260701`,
 * `2026年7月1日`, `今天`, `昨天`, `上周五`, `last friday` (see `relativeDay`), and `7月1日` / `7-1` without a year. A date without a year is
 * the most recent one on or before `today` (`past`, what people log: in January, `12月20日` is
 * last December), or the next one on or after `today` (`future`, what people plan).
 * Years before 2000 are refused as typos.
 */
export function parseDate(
	input: string,
	today: string,
	hint: YearHint = "past",
): Parsed<string> {
	const s = input.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, "");
	const relative = relativeDay(s, today);
	if (relative) return { ok: true, value: relative };
	const year = Number(today.slice(0, 4));
	const full =
		/^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s) ??
		/^(\d{4})(\d{2})(\d{2})$/.exec(s);
	const short = /^(\d{1,2})[-/.月](\d{1,2})[日号]?$/.exec(s);
	let value = full
		? makeDate(Number(full[1]), Number(full[2]), Number(full[3]))
		: undefined;
	if (short) {
		const [m, d] = [Number(short[1]), Number(short[2])];
		value = makeDate(year, m, d);
		// 2月29日 may exist only in the other year, so that year is tried on its own.
		if (hint === "past" && (value === undefined || value > today))
			value = makeDate(year - 1, m, d) ?? value;
		if (hint === "future" && (value === undefined || value < today))
			value = makeDate(year + 1, m, d) ?? value;
	}
	return value ? { ok: true, value } : { ok: false };
}

/**
 * The first day of a month typed as `2023年9月`, `2023-09`, `2023/9`, `2023.9` (an appraisal
 * period that began "in September 2023"), else a full date as `parseDate` reads it.
 */
export function parseMonthOrDate(input: string, today: string): Parsed<string> {
	const s = input.normalize("NFKC").trim().replace(/\s+/g, "");
	const m = /^(\d{4})[-/.年](\d{1,2})月?(?:份)?$/.exec(s);
	if (m) {
		const value = makeDate(Number(m[1]), Number(m[2]), 1);
		return value ? { ok: true, value } : { ok: false };
	}
	return parseDate(input, today);
}

/** `YYYY-MM-DD HH:mm` of an instant in `zone`, for times shown to people. */
export function localDateTime(instant: Date, zone: string): string {
	return localTime(instant.toISOString(), zone);
}
