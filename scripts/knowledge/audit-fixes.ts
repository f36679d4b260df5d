import type { MajorLink } from "../../src/features/knowledge/knowledge-port.js";
import { fail } from "./fail.js";

/**
 * Corrections ../shared/data/AUDIT.md asks for, applied to the pass-2 links by what they say
 * (not by position, which moves when rows are added). A fix that finds nothing fails the build.
 */
export function fixAuditedLinks(links: MajorLink[]): MajorLink[] {
	let translated = 0;
	let nursing = 0;
	let selfStudy = 0;
	const fixed = links.map((link) => {
		// #26: the page is in English; 老年服务与管理 is a translation of its wording.
		if (
			link.majorName === "老年服务与管理" &&
			/elderly services and management/.test(link.evidence)
		) {
			translated++;
			return {
				...link,
				evidence: `${link.evidence}（页面为英文，专业名“老年服务与管理”是对 elderly services and management 的翻译）`,
			};
		}
		// #27: a 护理系 / 护理学院 is a unit, not a major, and both schools are 专科 colleges.
		if (link.majorName.startsWith("护理（护理系")) {
			nursing++;
			return {
				...link,
				majorCodes: link.majorCodes.filter((c) => !c.startsWith("3")),
				evidence: `${link.evidence}（页面写的是护理系/护理学院，不是专业名；两校均为专科学校）`,
			};
		}
		// #51 and its siblings: a 自考 credit-conversion table, not students sitting the exam.
		if (link.source.title.startsWith("四川自学考试")) {
			selfStudy++;
			return {
				...link,
				kind: "article" as const,
				evidence: `${link.evidence}（自考学分转换对照表，不是考生记录）`,
			};
		}
		return link;
	});
	if (translated !== 1 || nursing !== 1 || selfStudy === 0)
		fail(`audit fixes matched ${translated} / ${nursing} / ${selfStudy} links`);
	return fixed;
}
