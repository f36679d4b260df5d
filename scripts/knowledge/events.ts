import type { Source } from "../../src/core/knowledge-port.js";
import type { ExamEvent } from "../../src/services/knowledge/schema.js";
import { levelsIn, splitCertNames } from "./names.js";
import { passSource } from "./pass-source.js";
import { type CsvRow, col } from "./read.js";
import { readableWho } from "./readable.js";
import { pageSource } from "./sources.js";

const PASS_GRADES = new Set(["official", "school", "news", "unknown"]);

/** Certificates an event names: `a / b`, or pass 3's `a、b、c等8个证书`. */
export function eventCertNames(raw: string): string[] {
	if (!raw.includes(" / ") && /等\d+个证书$/.test(raw))
		return raw
			.replace(/等\d+个证书$/, "")
			.split("、")
			.map((n) => n.trim())
			.filter(Boolean);
	return splitCertNames(raw);
}

/** The source of an exam-event row (pass 2: `source_url`; pass 3: `source` + `trust_note`). */
export const eventSource = (row: CsvRow): Source => {
	const title = `考试报道：${eventCertNames(col(row, "certificate_name")).join("、")}（${readableWho(col(row, "school_as_named"))}）`;
	const pageDate = col(row, "page_date")
		? `页面日期 ${col(row, "page_date")}`
		: "";
	if (PASS_GRADES.has(col(row, "trust")))
		return passSource(col(row, "source"), col(row, "trust"), {
			title,
			note: [pageDate, col(row, "trust_note")].filter(Boolean).join("；"),
		});
	return pageSource(
		title,
		col(row, "source_url"),
		col(row, "trust"),
		pageDate || undefined,
	);
};

/** Curators' English asides in `other_facts`, as students read them. */
const DETAIL_WORDS: [RegExp, string][] = [
	[/training period, not an exam date/, "培训期，不是考试日期"],
	[/training, not an exam date/, "培训，不是考试日期"],
];

function readableDetails(raw: string): string | null {
	let text = raw;
	for (const [from, to] of DETAIL_WORDS) text = text.replace(from, to);
	return text || null;
}

/** Past exams reported by schools, one per row; `certId` fails on an unknown certificate. */
export function buildEvents(
	eventRows: CsvRow[],
	certId: (rawName: string) => string,
): ExamEvent[] {
	return eventRows.map((row) => {
		const iso = col(row, "exam_date_iso");
		// Pass 3 also writes `2021-12` or `2021`: a month or year is no date, it stays as stated.
		const [from, to] = iso
			.split("/")
			.map((d) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? d : undefined));
		const count = col(row, "examinee_count");
		const org = col(row, "evaluation_org_or_exam_body_named");
		return {
			id: col(row, "event_id"),
			certificateIds: [
				...new Set(eventCertNames(col(row, "certificate_name")).map(certId)),
			],
			levels: levelsIn(col(row, "level")),
			levelAsStated: col(row, "level") || null,
			date: from ?? null,
			endDate: from ? (to ?? null) : null,
			dateAsStated: col(row, "exam_date_as_stated"),
			school: readableWho(col(row, "school_as_named")),
			examinees: col(row, "examinee_majors_or_unit") || null,
			count: count || null,
			organisationAsNamed: org || null,
			details: readableDetails(col(row, "other_facts")),
			source: eventSource(row),
		};
	});
}

/**
 * Pass 3 re-reports some pass-2 exams (same page, same day, same certificates): the first
 * report is kept, so a student does not see one exam twice.
 */
export function withoutRepeats(events: ExamEvent[]): ExamEvent[] {
	const seen = new Set<string>();
	return events.filter((e) => {
		// Without a year the two passes word the day differently (`12月24日和26日（年份未给出）`,
		// `12月24日（年份未写）`): the first month and day stated is what identifies the exam.
		const day =
			e.date ??
			/\d{1,2}月\d{1,2}日/.exec(e.dateAsStated)?.[0] ??
			e.dateAsStated;
		const key = `${e.source.url ?? e.source.title}|${day}|${e.certificateIds.join(",")}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
