import type { Source } from "../../src/features/knowledge/knowledge-port.js";
import {
	type CertDrafts,
	draftFor,
	setBatch,
	setOrganisation,
} from "./drafts.js";
import { type CsvRow, col } from "./read.js";

export const BATCH_LIST_REPO = "uryuwr/voced-position-kg-demo";

/** The batch 1–2 list as a source; `listed` is the list's spelling when the platform differs. */
export const batchSource = (org: string, listed: string | null): Source => ({
	title:
		"1+X 第一、二批职业技能等级证书及培训评价组织名单（院校转载整理的教育部职业技术教育中心研究所公开名单）",
	repo: BATCH_LIST_REPO,
	path: "crawlers/cn/ingest_credentials.py",
	trust: "medium",
	note: [
		"commit f2a6d84c574bf0303a127e6e14b00f760d9ecec7",
		"来源评级：medium–high",
		"批内顺序为该文件顺序，不一定是官方序号",
		listed && listed !== org ? `名单中组织名写作：${listed}` : null,
	]
		.filter(Boolean)
		.join("；"),
});

/** 1. Batch 1–2 list: ids c001–c016 in list order on first generation. */
export function addBatchList(drafts: CertDrafts, batchRows: CsvRow[]): void {
	let order = 0;
	for (const row of batchRows) {
		const d = draftFor(drafts, col(row, "certificate_name"));
		const org = col(row, "training_evaluation_org");
		d.order = order++;
		setBatch(d, Number(col(row, "batch")), "batch list");
		setOrganisation(d, org, 1);
		d.sources.push(batchSource(org, null));
	}
}
