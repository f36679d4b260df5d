import { type DateHit, narrow, scanDates } from "../../core/date-scan.js";
import { addDays } from "../../core/dates.js";
import { UserError } from "../../core/errors.js";
import type { RawToken } from "../../core/raw-args.js";
import {
	checkHits,
	cut,
	type Draft,
	protect,
	type ReadLine,
	readingsOf,
	restore,
	settle,
	shown,
	tidy,
} from "./record-line.js";

const daysAnywhere = /(?<![\d.])(\d{1,3})\s*(?:天|日|days?\b)/i;
const practiceWords =
	/(?:登记|记录)?(?:一段|一次)?(?:企业实践|下企业实践|下企业|企业挂职|挂职锻炼|实践)(?:了)?/u;

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
		throw new UserError("training.dates_many", { read: shown(hits) });
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
			throw new UserError("training.practice_one_date", { read: shown(hits) });
		start = a.start as string;
		end = addDays(start, Number(days[1]) - 1);
		const spanAt = narrow(cut(text, [a])).indexOf(days[0]);
		text = cut(cut(text, [a]), [{ index: spanAt, length: days[0].length }]);
		return finishPractice(text, quoted, [], start, end, hits);
	} else throw new UserError("training.practice_no_dates");
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
	if (enterprise === "") throw new UserError("training.practice_no_enterprise");
	const draft: Draft = { kind: "practice", start, end, enterprise };
	if (note.length > 0) draft.note = note.join(" ");
	return { draft, readings: readingsOf(hits) };
}
