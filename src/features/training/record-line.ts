import { type DateHit, narrow, scanDates } from "../../core/date-scan.js";
import { UserError } from "../../core/errors.js";
import type { RawToken } from "../../core/raw-args.js";

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
const unitWord = new RegExp(String.raw`^\s*${hoursUnit}(?![\p{L}\d])`, "iu");
const numberish = /^[-+]?[\d.]+(?:e[-+]?\d*)?/i;

/** Words around a record in a free sentence that are not its title (`今天参加了8学时培训`). */
const fillerWords =
	/^(?:我|本人)?(?:今天|昨天)?(?:参加了?|参与了?|完成了?|听了|上了|去了?|登记一下|登记|记录|记一下|记)?/u;

/** The line with quoted tokens as placeholders, so no date or number is read inside them. */
export function protect(tokens: readonly RawToken[]): {
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

export function restore(text: string, quoted: readonly string[]): string {
	return text.replace(
		/\uE000(q+)\uE000/g,
		(_, q: string) => quoted[q.length - 1] ?? "",
	);
}

/** `text` with the spans `[index, index + length)` blanked. */
export function cut(
	text: string,
	spans: readonly { index: number; length: number }[],
): string {
	let out = text;
	for (const s of [...spans].sort((a, b) => b.index - a.index))
		out = `${out.slice(0, s.index)} ${out.slice(s.index + s.length)}`;
	return out;
}

export const tidy = (s: string) =>
	s
		.replace(/\s+/g, " ")
		.replace(/^[\s,，、。;；:：]+|[\s,，、。;；:：]+$/g, "");

/**
 * A vague word (`去年的培训`, `上个月`) next to a real date is part of the title; alone it is
 * the only hint of the date, and the line is refused.
 */
export function settle(hits: readonly DateHit[]): DateHit[] {
	const concrete = hits.filter((h) => !h.vague);
	return concrete.length > 0 ? concrete : [...hits];
}

export function checkHits(hits: readonly DateHit[]): void {
	const bad = hits.find((h) => h.invalid);
	if (bad?.vague)
		throw new UserError("training.date_vague", { typed: bad.typed });
	if (bad) throw new UserError("training.date_invalid", { typed: bad.typed });
}

export const shown = (hits: readonly DateHit[]) =>
	hits
		.map((h) =>
			h.start === h.end
				? `${h.typed} → ${h.start}`
				: `${h.typed} → ${h.start} ~ ${h.end}`,
		)
		.join("；");

export function readingsOf(hits: readonly DateHit[]): ReadLine["readings"] {
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
	/** A sentence rather than a command; `title` when it names none (`今天参加了8学时`). */
	free: false | { title: string } = false,
): ReadLine {
	const { line, quoted } = protect(tokens);
	const first = tokens[0];
	let rest = line;
	let hours: number | undefined;
	const lead =
		first && !first.quoted && free === false
			? leadingHours.exec(narrow(first.text))
			: null;
	if (lead) {
		hours = Number(lead[1]);
		rest = line.slice(first?.text.length ?? 0);
		// `3 hours yesterday …`, `8 学时 …`: a unit as its own word belongs to the hours.
		if (!lead[2]) rest = rest.replace(unitWord, "");
	} else {
		const any = hoursAnywhere.exec(narrow(line));
		if (any) {
			hours = Number(any[1]);
			rest = cut(line, [{ index: any.index, length: any[0].length }]);
		} else if (first && free === false && numberish.test(narrow(first.text)))
			throw new UserError("training.hours_not_number", {
				value: first.text.slice(0, 20),
			});
		else throw new UserError("training.no_hours");
	}
	const hits = settle(scanDates(rest, today));
	checkHits(hits);
	if (hits.length > 1)
		throw new UserError("training.dates_many", { read: shown(hits) });
	const hit = hits[0];
	if (hit && hit.start !== hit.end)
		throw new UserError("training.training_range", { read: shown(hits) });
	let title = tidy(restore(cut(rest, hit ? [hit] : []), quoted));
	if (free !== false)
		title = tidy(title.replace(fillerWords, "")) || free.title;
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
