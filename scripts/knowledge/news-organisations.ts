import type { CertLevel, Trust } from "../../src/core/knowledge-port.js";
import {
	type CertDrafts,
	draftFor,
	setBatch,
	setOrganisation,
} from "./drafts.js";
import { fail } from "./fail.js";
import { type CsvRow, col } from "./read.js";
import { addSource } from "./sources.js";

// 3. Organisations named in news pages. Every row is decided here by hand, following
//    SOURCES.md: official-list names win, short names are kept only where that is all a page
//    gives, and the ambiguous 无人机驾驶 page names nobody.
interface NewsDecision {
	organisation: string | null;
	/** Levels the page states (智能财税: 初、中、高). */
	levels?: CertLevel[];
	trust: Trust;
	note: string;
}
const NEWS_ORG_DECISIONS: Record<string, NewsDecision> = {
	幼儿照护: {
		organisation: "湖南金职伟业母婴护理有限公司",
		// Both pages survive only on hijacked domains: cited to admins, not relied on. The
		// organisation's own site (pass 3) names it for students.
		trust: "low",
		note: "两个独立页面写同一公司；两页均为被劫持域名上的存档页",
	},
	界面设计: {
		organisation: "腾讯云计算（北京）有限责任公司",
		trust: "high",
		note: "院校官网",
	},
	Python程序开发: {
		organisation: "中慧云启科技集团有限公司",
		trust: "high",
		note: "培训评价组织自己的通知",
	},
	智能网联汽车测试装调: {
		organisation: "国汽（北京）智能网联汽车研究院有限公司",
		trust: "high",
		note: "页面称国汽智联为1+X证书的培训评价组织",
	},
	供应链运营: {
		organisation: "北京中物联",
		trust: "medium",
		note: "页面只写简称“北京中物联”，全称未给出",
	},
	网络系统建设与运维: {
		organisation: "华为",
		trust: "medium",
		note: "页面只写“华为1+X”，全称未给出",
	},
	智能计算平台应用开发: {
		organisation: "华为",
		trust: "medium",
		note: "页面只写“华为1+X”，全称未给出",
	},
	无人机拍摄: {
		organisation: "中大国飞",
		trust: "low",
		note: "页面只写简称“中大国飞”；被劫持域名上的存档页；页面称其为第三批证书",
	},
	网络安全运维: {
		organisation: "中科软科技股份有限公司",
		trust: "low",
		note: "与官方平台记录一致，仅作佐证",
	},
	母婴护理: {
		organisation: null,
		trust: "low",
		note: "页面写“山东阳光大姐服务有限公司 考评站”；保留第二批名单中的名称",
	},
	老年照护: {
		organisation: null,
		trust: "medium",
		note: "页面写“北京中福长者文化科技有限公司（考评站）”，与第一批名单一致",
	},
	智能财税: {
		organisation: "中联集团教育科技有限公司",
		levels: ["初级", "中级", "高级"],
		trust: "medium",
		note: "佐证第二批名单；页面称证书包括初、中、高三个等级",
	},
	数控车铣加工: {
		organisation: null,
		trust: "medium",
		note: "期刊文章转载；未写培训评价组织；称三个数控证书均在第三批目录中",
	},
	数控设备维护与维修: {
		organisation: null,
		trust: "medium",
		note: "期刊文章转载；未写培训评价组织；称在第三批目录中",
	},
	多轴数控加工: {
		organisation: null,
		trust: "medium",
		note: "期刊文章转载；未写培训评价组织；称在第三批目录中",
	},
	室内设计: {
		organisation: null,
		trust: "medium",
		note: "页面只有证书名称，未写培训评价组织",
	},
	WPS办公应用: {
		organisation: null,
		trust: "medium",
		note: "页面只有证书名称；安徽能开科技有限公司只提供现场技术支援，不是评价组织",
	},
	冶金机电设备点检: {
		organisation: null,
		trust: "medium",
		note: "页面只有证书名称，未写培训评价组织",
	},
	财务共享服务: {
		organisation: null,
		trust: "medium",
		note: "页面只有证书名称，未写培训评价组织",
	},
	无人机驾驶: {
		organisation: null,
		trust: "medium",
		note: "页面同时提到工业和信息化部考试中心与北京优云智翔航空科技有限公司，培训评价组织不明确，故不填",
	},
	产后恢复: {
		organisation: null,
		trust: "medium",
		note: "页面只有证书名称，未写培训评价组织",
	},
};

/** Applies the decisions above to x_cert_org_pairs_from_news.csv; an undecided row fails. */
export function addNewsOrganisations(
	drafts: CertDrafts,
	pairRows: CsvRow[],
): void {
	let previousQuote = "";
	for (const row of pairRows) {
		const d = draftFor(drafts, col(row, "certificate_name"));
		// "同上" (ditto) repeats the quote of the row above; a title must stand alone.
		const quote =
			col(row, "evidence_quote_short") === "同上"
				? previousQuote
				: col(row, "evidence_quote_short");
		previousQuote = quote;
		const decision = NEWS_ORG_DECISIONS[d.key];
		if (!decision) fail(`no decision for news org row "${d.key}"`);
		// A page too weak to cite to students (`low`: hijacked copies) gives no organisation,
		// level or batch either; its source is kept for admins.
		if (decision.trust !== "low") {
			if (decision.organisation) setOrganisation(d, decision.organisation, 2);
			for (const l of decision.levels ?? []) d.levels.add(l);
			const batch = col(row, "batch_if_stated").match(/^(\d)/);
			if (batch?.[1]) setBatch(d, Number(batch[1]), "news page");
		}
		addSource(d.sources, {
			title: `页面摘录：${quote}`,
			url: col(row, "source_url"),
			trust: decision.trust,
			note: `${decision.note}；页面所写组织：${col(row, "training_evaluation_org_as_named")}；来源评级：${col(row, "trust")}`,
		});
	}
}
