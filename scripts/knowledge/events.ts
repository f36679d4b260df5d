import type { Source } from "../../src/core/knowledge-port.js";
import type { ExamEvent } from "../../src/services/knowledge/schema.js";
import { levelsIn, splitCertNames } from "./names.js";
import { type CsvRow, col } from "./read.js";
import { pageSource } from "./sources.js";

/** The source of a row of x_cert_exam_events_from_news.csv. */
export const eventSource = (row: CsvRow): Source =>
	pageSource(
		`考试报道：${splitCertNames(col(row, "certificate_name")).join("、")}（${col(row, "school_as_named")}）`,
		col(row, "source_url"),
		col(row, "trust"),
		col(row, "page_date") ? `页面日期 ${col(row, "page_date")}` : undefined,
	);

/** Past exams reported by schools, one per row; `certId` fails on an unknown certificate. */
export function buildEvents(
	eventRows: CsvRow[],
	certId: (rawName: string) => string,
): ExamEvent[] {
	return eventRows.map((row) => {
		const iso = col(row, "exam_date_iso");
		const [from, to] = iso ? iso.split("/") : [];
		const count = col(row, "examinee_count");
		const org = col(row, "evaluation_org_or_exam_body_named");
		return {
			id: col(row, "event_id"),
			certificateIds: splitCertNames(col(row, "certificate_name")).map(certId),
			levels: levelsIn(col(row, "level")),
			levelAsStated: col(row, "level") || null,
			date: from ?? null,
			endDate: to ?? null,
			dateAsStated: col(row, "exam_date_as_stated"),
			school: col(row, "school_as_named"),
			examinees: col(row, "examinee_majors_or_unit") || null,
			count: count || null,
			organisationAsNamed: org || null,
			details: col(row, "other_facts") || null,
			source: eventSource(row),
		};
	});
}
