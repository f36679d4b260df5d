import type {
	Handover,
	Source,
} from "../../src/features/knowledge/knowledge-port.js";
import { fail } from "./fail.js";
import { passSource } from "./pass-source.js";
import { type CsvRow, col } from "./read.js";

export const NOTICE = "人社厅函〔2025〕154号";
const TITLE =
	"人社厅函〔2025〕154号《人力资源社会保障部办公厅 教育部办公厅关于做好教育部门负责管理的职业技能等级证书移交工作的通知》（学校网站转载）";

/** The 154号 repost as a source, for every fact read from it. */
export function noticeSource(row: CsvRow, factColumn: string): Source {
	return passSource(col(row, "source"), col(row, "trust"), {
		title: TITLE,
		note: `${col(row, factColumn).slice(0, 60)}…；通知日期不在摘录中`,
	});
}

/**
 * The hand-over as PF02 (447 certificates, 300 organisations, by 2025-12-31) and PF05 (exams of
 * registered students finished by 2025-12-31) state it; the figures are checked against the text.
 */
export function buildHandover(pass3Facts: CsvRow[]): Handover {
	const fact = (id: string) =>
		pass3Facts.find((r) => col(r, "fact_id") === id) ?? fail(`no ${id}`);
	const pf02 = col(fact("PF02"), "fact_zh");
	const pf05 = col(fact("PF05"), "fact_zh");
	if (!pf02.includes("447个") || !pf02.includes("300个"))
		fail("PF02 no longer states 447 certificates and 300 organisations");
	if (!pf05.includes("2025年12月31日前组织完成已报名学生的考证工作"))
		fail("PF05 no longer states the 2025-12-31 exam deadline");
	return {
		notice: NOTICE,
		examsEndBy: "2025-12-31",
		certificates: 447,
		organisations: 300,
		askWhere:
			"学校1+X办公室（或教务处）；当地人力资源社会保障部门（职业技能等级认定）",
		sources: [noticeSource(fact("PF01"), "fact_zh")],
	};
}
