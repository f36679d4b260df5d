import type { CertDrafts } from "./drafts.js";
import { draftFor } from "./drafts.js";
import { fail } from "./fail.js";
import { passSource } from "./pass-source.js";
import { type CsvRow, col } from "./read.js";
import { addSource } from "./sources.js";

/**
 * 6. 职业技能等级认定 (人社) occupations that a school or news page (pass 5, and pass 3 PF23)
 * reports a school or a former X organisation running in 2022–2026. Only rows graded school
 * or news count; exam-prep sites (`unknown`) do not. The occupation names are the pages' own.
 */
const OCCUPATIONS: { host: string; names: string[]; title: string }[] = [
	{
		host: "www.ldzy.edu.cn",
		names: [
			"无人机驾驶员",
			"工程测量员",
			"电工",
			"动物检疫检验员",
			"园林绿化工",
			"室内装饰设计师",
		],
		title: "职业院校2026年第一批职业技能等级认定报道（www.ldzy.edu.cn）",
	},
	{
		host: "xcb.wfec.edu.cn",
		names: ["化工总控工"],
		title: "学院2026年度第一批社会化职业技能等级认定报道（xcb.wfec.edu.cn）",
	},
	{
		host: "ytapp.jiaodong.net",
		names: ["汽车维修工", "装配钳工", "电工"],
		title: "烟台职业学院职业技能等级认定考试报道（胶东网，2025-03-31）",
	},
	{
		host: "www.nhic.edu.cn",
		names: ["保育师", "婴幼儿发展引导员"],
		title: "学前教育学院职业技能等级认定考试报道（www.nhic.edu.cn）",
	},
	{
		host: "xsc.ccrw.edu.cn",
		names: ["养老护理员"],
		title: "吉林省福祉技师学院养老护理员职业技能等级认定报道（2022-01）",
	},
	{
		host: "www.jzwy123.com",
		names: ["老年人能力评估师"],
		title: "金职伟业开展老年人能力评估师职业技能等级认定（2025-12-26）",
	},
];

/** Adds the occupations above as `skill-level` certificates, each with the page that names it. */
export function addSkillLevels(
	drafts: CertDrafts,
	rows: { source: string; trust: string; note: string }[],
): void {
	for (const occ of OCCUPATIONS) {
		const row = rows.find((r) => r.source.includes(`//${occ.host}/`));
		if (!row) fail(`no pass-5 row for ${occ.host}`);
		if (row.trust === "unknown") fail(`${occ.host} is graded unknown`);
		for (const name of occ.names) {
			const d = draftFor(drafts, name);
			d.kind = "skill-level";
			addSource(
				d.sources,
				passSource(row.source, row.trust, {
					title: occ.title,
					note: row.note,
				}),
			);
		}
	}
}

/** The rows addSkillLevels reads: pass-5 policy rows and pass-3 policy facts alike. */
export function skillLevelRows(
	pass5: CsvRow[],
	pass3: CsvRow[],
): { source: string; trust: string; note: string }[] {
	return [
		...pass5.map((r) => ({
			source: col(r, "source"),
			trust: col(r, "trust"),
			note: col(r, "note"),
		})),
		...pass3.map((r) => ({
			source: col(r, "source"),
			trust: col(r, "trust"),
			note: `事实 ${col(r, "fact_id")}；${col(r, "trust_note")}`,
		})),
	];
}
