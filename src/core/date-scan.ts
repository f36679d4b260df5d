import { makeDate, type YearHint } from "./dates.js";
import { relativeDay, relativePattern } from "./relative-days.js";

/**
 * A date or range found in a line. `start`/`end` are set when it reads as real dates (equal
 * for one day). `inferred`: read relative to today or without a year, so the reply says how.
 * `invalid`: shaped like a date but no such day (`2月31日`); `version`: `3.12` right after a
 * Latin word (`Python 3.12`), which may as well be a version number.
 */
export interface DateHit {
	index: number;
	length: number;
	typed: string;
	start?: string;
	end?: string;
	inferred: boolean;
	invalid?: boolean;
	/** `上周`, `上个月`, `11月`: a time, but not one day. Also `invalid`. */
	vague?: boolean;
	version?: boolean;
}

const unitAhead = String.raw`(?!\s*(?:学时|小时|课时|个小时|天|日|人|h\b|hours?\b|days?\b|%))`;

/**
 * Words that point at a time but not at one day (`上周`, `上个月`, `2023年9月`, `11月`): a line
 * holding one is refused with a question, never saved with today's date.
 */
const vaguePattern = [
	"(?:上上|上|这|本)(?:周|星期|礼拜)(?![一二三四五六日天1-7])",
	"上个?月(?!\\d)",
	"这个月|本月|前几天|前些天|这几天|最近",
	"去年|前年",
	"(?<![\\d.])\\d{4}\\s*年\\s*\\d{1,2}\\s*月份?(?!\\s*\\d)",
	"(?<![\\d.年])\\d{1,2}\\s*月份?(?!\\s*\\d)",
	"\\b(?:last|this) (?:week|month|year)\\b",
].join("|");

/** One date, in the forms people type; named groups say which form matched. */
const atom = new RegExp(
	[
		String.raw`(?<!\d)(?<y>\d{4})\s*[-/.年]\s*(?<m>\d{1,2})\s*[-/.月]\s*(?<d>\d{1,2})(?!\d)(?:\s*[日号])?`,
		String.raw`(?<!\d)(?<cy>20\d{2})(?<cm>[01]\d)(?<cd>[0-3]\d)(?!\d)`,
		String.raw`(?:(?<yp>去年|今年|前年)\s*)?(?<![\d.])(?<nm>\d{1,2})\s*月\s*(?<nd>\d{1,2})(?!\d)(?:\s*[日号])?`,
		// A `-` before the month is a range dash only right after another date (`7.1-8.31`).
		String.raw`(?<![\w./])(?<!(?<!\d[/.\-]\d{1,2})-)(?<mm>\d{1,2})(?<sep>[/.\-])(?<dd>\d{1,2})(?![\w./])${unitAhead}`,
		// `2026-11-01 至今`: a range that runs up to today.
		"(?<upto>至今|迄今|到现在|至现在|到目前|till now|until now|to date)",
		`(?<rel>${relativePattern})`,
		`(?<vague>${vaguePattern})`,
	].join("|"),
	"giu",
);

const rangeSeparator = /^\s*(?:到|至|~|-|—|–|―|一|－|——)\s*/u;

/** Full-width digits, letters and signs as ASCII, one character for one: positions stay. */
export function narrow(text: string): string {
	return text
		.replace(/[\uFF01-\uFF5E]/g, (c) =>
			String.fromCharCode(c.charCodeAt(0) - 0xfee0),
		)
		.replace(/\u3000/g, " ");
}

interface Atom {
	index: number;
	length: number;
	typed: string;
	/** Year given, or a relative word already resolved. */
	year?: number;
	month?: number;
	day?: number;
	relative?: string;
	dotted: boolean;
	/** A month-day typed with `.`, `/` or `-` whose numbers cannot be a date (`2.0`): a number. */
	notDate?: boolean;
	/** Points at a week, a month, a year, not at a day. */
	vague?: boolean;
	/** `至今`: the end of a range that started at the date before it. */
	upto?: boolean;
}

function readAtom(m: RegExpExecArray, today: string): Atom {
	const g = m.groups ?? {};
	const base = { index: m.index, length: m[0].length, typed: m[0] };
	if (g.vague !== undefined) return { ...base, dotted: false, vague: true };
	if (g.upto !== undefined)
		return { ...base, relative: today, dotted: false, upto: true };
	if (g.rel !== undefined) {
		const relative = relativeDay(g.rel, today);
		return relative
			? { ...base, relative, dotted: false }
			: { ...base, dotted: false, notDate: true };
	}
	if (g.y !== undefined)
		return {
			...base,
			year: Number(g.y),
			month: Number(g.m),
			day: Number(g.d),
			dotted: false,
		};
	if (g.cy !== undefined)
		return {
			...base,
			year: Number(g.cy),
			month: Number(g.cm),
			day: Number(g.cd),
			dotted: false,
		};
	if (g.nm !== undefined) {
		const shift = g.yp === "去年" ? 1 : g.yp === "前年" ? 2 : 0;
		return {
			...base,
			month: Number(g.nm),
			day: Number(g.nd),
			dotted: false,
			...(g.yp ? { year: Number(today.slice(0, 4)) - shift } : {}),
		};
	}
	const month = Number(g.mm);
	const day = Number(g.dd);
	return {
		...base,
		month,
		day,
		dotted: g.sep === ".",
		notDate: month < 1 || month > 12 || day < 1 || day > 31,
	};
}

/** A year-less month-day: the latest on or before `anchor` (past) or the next on or after it. */
function withYear(
	month: number,
	day: number,
	anchor: string,
	hint: YearHint,
): string | undefined {
	const year = Number(anchor.slice(0, 4));
	let value = makeDate(year, month, day);
	if (hint === "past" && (value === undefined || value > anchor))
		value = makeDate(year - 1, month, day) ?? value;
	if (hint === "future" && (value === undefined || value < anchor))
		value = makeDate(year + 1, month, day) ?? value;
	return value;
}

function dateOf(a: Atom, anchor: string, hint: YearHint): string | undefined {
	if (a.relative) return a.relative;
	if (a.month === undefined || a.day === undefined) return undefined;
	if (a.year !== undefined) return makeDate(a.year, a.month, a.day);
	return withYear(a.month, a.day, anchor, hint);
}

/**
 * Every date and range in `text` (`上周五`, `11.20`, `2026年11月1日`, `7月1日到8月31日`,
 * `2025/1/10-2025/2/20`, `2025-07-01 至 08-15`), in order. A year-less date is the latest
 * such day on or before `today`; in a range the start is placed before the end.
 */
export function scanDates(text: string, today: string): DateHit[] {
	const s = narrow(text);
	const atoms: Atom[] = [];
	for (const m of s.matchAll(atom)) {
		const a = readAtom(m, today);
		if (!a.notDate) atoms.push(a);
	}
	const hits: DateHit[] = [];
	for (let i = 0; i < atoms.length; i++) {
		const a = atoms[i] as Atom;
		const dayEnd = sameMonthEnd(s, a, atoms[i + 1]);
		if (dayEnd) {
			hits.push(dayRangeHit(text, a, dayEnd, today));
			continue;
		}
		const b = atoms[i + 1];
		const between = b ? s.slice(a.index + a.length, b.index) : "";
		// Relative days join ranges too: `2026-11-01 到今天`, `上周一到上周五`.
		const isRange =
			b !== undefined &&
			!a.vague &&
			!b.vague &&
			!a.upto &&
			(b.upto
				? between.trim() === ""
				: rangeSeparator.test(between) &&
					between.replace(rangeSeparator, "") === "");
		if (isRange && b) {
			hits.push(rangeHit(text, a, b, today));
			i++;
			continue;
		}
		if (a.vague) {
			hits.push({
				index: a.index,
				length: a.length,
				typed: text.slice(a.index, a.index + a.length),
				inferred: true,
				invalid: true,
				vague: true,
			});
			continue;
		}
		const value = dateOf(a, today, "past");
		hits.push({
			index: a.index,
			length: a.length,
			typed: text.slice(a.index, a.index + a.length),
			inferred: a.year === undefined || /去年|今年|前年/.test(a.typed),
			...(value ? { start: value, end: value } : { invalid: true }),
			...(a.dotted && /[A-Za-z][\w+#-]*\s*$/.test(s.slice(0, a.index))
				? { version: true }
				: {}),
		});
	}
	return hits;
}

/** `到25日`, `-25日`, `-25` right after a month-day: a day-only end, in the same month. */
const dayOnlyEnd =
	/^\s*(?:到|至|~|—|–|一|－|-)\s*(\d{1,2})\s*[日号](?!\s*(?:\d|学时|小时|课时))|^(?:-|~|－)(\d{1,2})(?![\d./\-月日号天时h])/u;

function sameMonthEnd(s: string, a: Atom, next: Atom | undefined) {
	if (a.month === undefined || a.day === undefined || a.relative) return;
	const from = a.index + a.length;
	const m = dayOnlyEnd.exec(s.slice(from));
	if (!m) return;
	const day = Number(m[1] ?? m[2]);
	if (day < 1 || day > 31) return;
	if (next && next.index < from + m[0].length) return;
	const end: Atom = {
		index: from,
		length: m[0].length,
		typed: m[0],
		month: a.month,
		day,
		dotted: false,
		...(a.year !== undefined ? { year: a.year } : {}),
	};
	return end;
}

/**
 * `11月20日至25日`: the start is read as any date, the end falls in its month. An end before
 * the start stays so (`11月25日至20日`) and is refused as such, never moved a year back.
 */
function dayRangeHit(text: string, a: Atom, b: Atom, today: string): DateHit {
	const start = dateOf(a, today, "past");
	const end = start
		? makeDate(Number(start.slice(0, 4)), Number(start.slice(5, 7)), b.day ?? 0)
		: undefined;
	const index = a.index;
	const length = b.index + b.length - a.index;
	return {
		index,
		length,
		typed: text.slice(index, index + length),
		inferred: true,
		...(start && end ? { start, end } : { invalid: true }),
	};
}

function rangeHit(text: string, a: Atom, b: Atom, today: string): DateHit {
	const index = a.index;
	const length = b.index + b.length - a.index;
	// The end is read first; a start without a year falls in the year before the end.
	const end =
		b.year === undefined && a.year !== undefined && b.month && b.day
			? withYear(
					b.month,
					b.day,
					`${a.year}-${pad(a.month)}-${pad(a.day)}`,
					"future",
				)
			: dateOf(b, today, "past");
	const start = end ? dateOf(a, end, "past") : undefined;
	return {
		index,
		length,
		typed: text.slice(index, index + length),
		inferred: a.year === undefined || b.year === undefined,
		...(start && end ? { start, end } : { invalid: true }),
	};
}

function pad(n: number | undefined): string {
	return String(n ?? 0).padStart(2, "0");
}
