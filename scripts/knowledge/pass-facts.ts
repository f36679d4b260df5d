import type { Facts } from "./facts.js";
import { NOTICE, noticeSource } from "./handover.js";
import { passSource, passTrust } from "./pass-source.js";
import type { CsvRow } from "./read.js";
import { col } from "./read.js";

/** Readable titles of the pages students are most often pointed to. */
const TITLES: Record<string, string> = {
	PF08: "《职业教育培训评价组织及职业技能等级证书退出目录实施细则》（2023）解读文章转载",
	PF09: "《职业教育培训评价组织及职业技能等级证书退出目录实施细则》（2023）解读文章转载",
	PF10: "职业教育国家学分银行建设报道（2023-01-17，据新华网）",
	PF22: "教育部印发758项职业教育专业教学标准报道（2025）",
	N03: "四部门《关于推进职业技能证书互通互认的通知》报道（2026-01）",
	N04: "四部门《关于推进职业技能证书互通互认的通知》报道（2026-01）",
	N07: "青海省《职业技能评价机构管理办法》（青人社厅发〔2025〕54号）",
	N08: "职业院校2026年第一批职业技能等级认定报道（ldzy.edu.cn）",
	N11: "烟台职业学院职业技能等级认定考试报道（胶东网，2025-03-31）",
};

/**
 * Pass-3 policy facts by their ids (PF01…) and pass-5 rows as N01… in file order, for the
 * FAQ. Facts read from the 154号 repost share one titled source.
 */
export function addPassFacts(
	facts: Facts,
	pass3: CsvRow[],
	pass5: CsvRow[],
): void {
	for (const row of pass3) {
		const id = col(row, "fact_id");
		const text = col(row, "fact_zh");
		const source =
			text.includes(NOTICE) || col(row, "source").includes("shzv.edu.cn")
				? noticeSource(row, "fact_zh")
				: passSource(col(row, "source"), col(row, "trust"), {
						title: TITLES[id] ?? `${col(row, "topic")}：${text.slice(0, 24)}…`,
						note: `事实 ${id}；${col(row, "trust_note")}`,
					});
		facts.set(id, { trust: passTrust(col(row, "trust")), sources: [source] });
	}
	pass5.forEach((row, i) => {
		const id = `N${String(i + 1).padStart(2, "0")}`;
		const text = col(row, "fact_zh");
		const source = col(row, "source").includes("shzv.edu.cn")
			? noticeSource(row, "fact_zh")
			: passSource(col(row, "source"), col(row, "trust"), {
					title: TITLES[id] ?? `${text.slice(0, 28)}…`,
					note: `第五轮 ${id}；${col(row, "note")}`,
				});
		// A provincial text on a domain not verified as official is only as sure as its host.
		if (
			/not verified as official/.test(col(row, "note")) &&
			source.trust === "high"
		)
			source.trust = "medium";
		facts.set(id, { trust: source.trust, sources: [source] });
	});
}
