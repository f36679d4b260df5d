import type { CertLevel } from "../../src/features/knowledge/knowledge-port.js";
import { BATCH_LIST_REPO, batchSource } from "./batch-list.js";
import { type CertDrafts, draftFor, setOrganisation } from "./drafts.js";
import { fail } from "./fail.js";
import { certKey, LEVELS } from "./names.js";
import { type CsvRow, col } from "./read.js";

export interface VslcRecord {
	certificate_name: string;
	training_evaluation_org: string;
	levels_listed_on_platform: string[];
	description: string | null;
	description_by_level: Record<string, string> | null;
	source: string;
}

/** 2. Platform subset: organisation, levels, official description. */
export function addPlatformSubset(
	drafts: CertDrafts,
	vslc: VslcRecord[],
	batchRows: CsvRow[],
): void {
	for (const rec of vslc) {
		const d = draftFor(drafts, rec.certificate_name);
		const [repoAt, path] = rec.source.split(":");
		const [repo, commit] = (repoAt ?? "").split("@");
		if (!repo || !commit || !path) fail(`bad vslc source ${rec.source}`);
		setOrganisation(d, rec.training_evaluation_org, 0);
		for (const l of rec.levels_listed_on_platform) {
			if (!LEVELS.includes(l as CertLevel)) fail(`bad level ${l}`);
			d.levels.add(l as CertLevel);
		}
		if (rec.description) d.description = rec.description;
		else if (rec.description_by_level) {
			// The platform keeps one text per level; labelled and joined they stay verbatim.
			d.description = LEVELS.filter((l) => rec.description_by_level?.[l])
				.map((l) => `${l}：${rec.description_by_level?.[l]}`)
				.join("\n");
		}
		// Tell the batch list's organisation apart when the platform spells it differently.
		const batchSrc = d.sources.find((s) => s.repo === BATCH_LIST_REPO);
		const listRow = batchRows.find(
			(r) => certKey(col(r, "certificate_name")) === d.key,
		);
		if (batchSrc && listRow) {
			const listed = col(listRow, "training_evaluation_org");
			Object.assign(batchSrc, batchSource(rec.training_evaluation_org, listed));
		}
		d.sources.push({
			title: "职业技能等级证书信息管理服务平台公开查询记录（vslc.ncb.edu.cn）",
			url: "https://vslc.ncb.edu.cn/",
			repo,
			path,
			trust: "high",
			note: `平台开放接口记录，约2026-08-30由第三方采集（commit ${commit}）；只含采集返回的等级，未列出的等级不代表不存在`,
		});
	}
}

/** Cross-check the per-level file: same certificates, levels and organisations. */
export function checkPlatformByLevel(
	drafts: CertDrafts,
	byLevelRows: CsvRow[],
): void {
	for (const row of byLevelRows) {
		const d = drafts.get(certKey(col(row, "certificate_name")));
		const level = col(row, "level") as CertLevel;
		if (!d?.levels.has(level))
			fail(
				`by-level row not in subset: ${col(row, "certificate_name")} ${level}`,
			);
		if (d.organisation !== col(row, "training_evaluation_org"))
			fail(`by-level organisation differs for ${d.name}`);
	}
}
