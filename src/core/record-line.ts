import { type DateHit, narrow, scanDates } from "./date-scan.js";
import { addDays } from "./dates.js";
import { UserError } from "./errors.js";
import type { RawToken } from "./raw-args.js";

/** A record as read from a line, before the service checks and saves it. */
export type Draft =
	| { kind: "training"; hours: number; title: string; date: string }
	| {
			kind: "practice";
			start: string;
			end: string;
			enterprise: string;
			note?: string;
	  };

/**
 * What was read and how: `readings` name each date that was read relative to today or
 * without a year (`上周五 → 2026-11-20`), so the reply can show it. `versionLike` is set when
 * a `3.12` after a Latin word was read as a date and might be a version number instead: the
 * caller asks, offering `asTitle`, the same record with that text kept in the title.
 */
export interface ReadLine {
	draft: Draft;
	readings: { typed: string; date: string }[];
	versionLike?: { typed: string; asTitle: Draft };
}

const hoursUnit = "(?:个)?(?:学时|小时|课时|h|hrs?|hours?)";
const leadingHours = new RegExp(
	String.raw`^([-+]?\d+(?:\.\d+)?)\s*(${hoursUnit})?$`,
	"i",
);
const hoursAnywhere = new RegExp(
	String.raw`(?<![\d.])(\d+(?:\.\d+)?)\s*${hoursUnit}(?![A-Za-z])`,
	"i",
);
const daysAnywhere = /(?<![\d.])(\d{1,3})\s*(?:天|日|days?\b)/i;
const numberish = /^[-+]?[\d.]+(?:e[-+]?\d*)?/i;

/** Words around a record in a free sentence that are not its title (`今天参加了8学时培训`). */
const fillerWords =
	/^(?:我|本人)?(?:今天|昨天)?(?:参加了?|参与了?|完成了?|听了|上了|去了?|登记一下|登记|记录|记一下|记)?/u;
const practiceWords =
	/(?:登记|记录)?(?:一段|一次)?(?:企业实践|下企业实践|下企业|企业挂职|挂职锻炼|实践)(?:了)?/u;

/** The line with quoted tokens as placeholders, so no date or number is read inside them. */
function protect(tokens: readonly RawToken[]): {
	line: string;
	quoted: string[];
} {
	const quoted: string[] = [];
	const words = tokens.map((t) => {
		if (!t.quoted) return t.text;
		quoted.push(t.text);
		return `\uE000${"q".repeat(quoted.length)}\uE000`;
	});
	return { line: words.join(" "), quoted };
}

function restore(text: string, quoted: readonly string[]): string {
	return text.replace(
		/\uE000(q+)\uE000/g,
		(_, q: string) => quoted[q.length - 1] ?? "",
	);
}

/** `text` with the spans `[index, index + length)` blanked. */
function cut(
	text: string,
	spans: readonly { index: number; length: number }[],
): string {
	let out = text;
	for (const s of [...spans].sort((a, b) => b.index - a.index))
		out = `${out.slice(0, s.index)} ${out.slice(s.index + s.length)}`;
	return out;
}

const tidy = (s: string) =>
	s
		.replace(/\s+/g, " ")
		.replace(/^[\s,，、。;；:：]+|[\s,，、。;；:：]+$/g, "");

/**
 * A vague word (`去年的培训`, `上个月`) next to a real date is part of the title; alone it is
 * the only hint of the date, and the line is refused.
 */
function settle(hits: readonly DateHit[]): DateHit[] {
	const concrete = hits.filter((h) => !h.vague);
	return concrete.length > 0 ? concrete : [...hits];
}

function checkHits(hits: readonly DateHit[]): void {
	const bad = hits.find((h) => h.invalid);
	if (bad?.vague)
		throw new UserError("records.date_vague", { typed: bad.typed });
	if (bad) throw new UserError("records.date_invalid", { typed: bad.typed });
}

const shown = (hits: readonly DateHit[]) =>
	hits
		.map((h) =>
			h.start === h.end
				? `${h.typed} → ${h.start}`
				: `${h.typed} → ${h.start} ~ ${h.end}`,
		)
		.join("；");

function readingsOf(hits: readonly DateHit[]): ReadLine["readings"] {
	return hits
		.filter((h) => h.inferred && h.start)
		.flatMap((h) =>
			h.start === h.end
				? [{ typed: h.typed, date: h.start as string }]
				: [{ typed: h.typed, date: `${h.start} ~ ${h.end}` }],
		);
}

/**
 * Reads a training line: hours first (`8`, `16学时`, `2.5h`) or, in a sentence, a number with
 * an hours unit anywhere; one date anywhere on the line (default `today`); the rest is the
 * title. A date the line cannot settle (two dates, a range, `2月31日`) is refused with how
 * it was read, never folded into the title.
 */
export function readTraining(
	tokens: readonly RawToken[],
	today: string,
	free = false,
): ReadLine {
	const { line, quoted } = protect(tokens);
	const first = tokens[0];
	let rest = line;
	let hours: number | undefined;
	const lead =
		first && !first.quoted && !free
			? leadingHours.exec(narrow(first.text))
			: null;
	if (lead) {
		hours = Number(lead[1]);
		rest = line.slice(first?.text.length ?? 0);
	} else {
		const any = hoursAnywhere.exec(narrow(line));
		if (any) {
			hours = Number(any[1]);
			rest = cut(line, [{ index: any.index, length: any[0].length }]);
		} else if (first && !free && numberish.test(narrow(first.text)))
			throw new UserError("args.not_number", {
				value: first.text,
				arg: "hours",
			});
		else throw new UserError("records.no_hours");
	}
	const hits = settle(scanDates(rest, today));
	checkHits(hits);
	if (hits.length > 1)
		throw new UserError("records.dates_many", { read: shown(hits) });
	const hit = hits[0];
	if (hit && hit.start !== hit.end)
		throw new UserError("records.training_range", { read: shown(hits) });
	let title = tidy(restore(cut(rest, hit ? [hit] : []), quoted));
	if (free) title = tidy(title.replace(fillerWords, "")) || "培训";
	const draft: Draft = {
		kind: "training",
		hours,
		title,
		date: hit?.start ?? today,
	};
	const result: ReadLine = { draft, readings: readingsOf(hits) };
	if (hit?.version)
		result.versionLike = {
			typed: hit.typed,
			asTitle: { ...draft, date: today, title: tidy(restore(rest, quoted)) },
		};
	return result;
}

/**
 * Reads a practice line: the dates anywhere (a range `7月1日到8月31日`, two dates, or a start
 * and `3天`); of the other words the first is the enterprise, the rest the note.
 */
export function readPractice(
	tokens: readonly RawToken[],
	today: string,
	free = false,
): ReadLine {
	const { line, quoted } = protect(tokens);
	let text = free ? line.replace(practiceWords, " ") : line;
	const hits = settle(scanDates(text, today));
	checkHits(hits);
	let start: string;
	let end: string;
	const [a, b] = hits;
	if (hits.length > 2 || (a && b && (a.start !== a.end || b.start !== b.end)))
		throw new UserError("records.dates_many", { read: shown(hits) });
	if (a && b) {
		start = a.start as string;
		end = b.start as string;
		// `12月20日 2027-01-10`: a start typed without a year falls before its end.
		if (start > end && a.inferred) start = shiftYear(start, -1);
	} else if (a && a.start !== a.end) {
		start = a.start as string;
		end = a.end as string;
	} else if (a) {
		const days = daysAnywhere.exec(narrow(cut(text, [a])));
		if (!days)
			throw new UserError("records.practice_one_date", { read: shown(hits) });
		start = a.start as string;
		end = addDays(start, Number(days[1]) - 1);
		const spanAt = narrow(cut(text, [a])).indexOf(days[0]);
		text = cut(cut(text, [a]), [{ index: spanAt, length: days[0].length }]);
		return finishPractice(text, quoted, [], start, end, hits);
	} else throw new UserError("records.practice_no_dates");
	return finishPractice(text, quoted, hits, start, end, hits);
}

function shiftYear(date: string, years: number): string {
	return `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
}

function finishPractice(
	text: string,
	quoted: readonly string[],
	spans: readonly DateHit[],
	start: string,
	end: string,
	hits: readonly DateHit[],
): ReadLine {
	const words = tidy(cut(text, spans))
		.split(" ")
		.filter((w) => w !== "");
	const [enterprise = "", ...note] = words.map((w) => restore(w, quoted));
	if (enterprise === "") throw new UserError("records.practice_no_enterprise");
	const draft: Draft = { kind: "practice", start, end, enterprise };
	if (note.length > 0) draft.note = note.join(" ");
	return { draft, readings: readingsOf(hits) };
}
