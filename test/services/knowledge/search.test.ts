import { describe, expect, it } from "vitest";
import type {
	Certificate,
	FaqEntry,
	Major,
	MajorLink,
	Source,
} from "../../../src/core/knowledge-port.js";
import { createKnowledgeService } from "../../../src/services/knowledge/knowledge-service.js";

const source: Source = { title: "test", note: "fixture", trust: "high" };

function cert(
	id: string,
	name: string,
	organisation: string | null,
	extra: Partial<Certificate> = {},
): Certificate {
	return {
		id,
		name,
		aliases: [],
		kind: "x",
		organisation,
		organisations: organisation === null ? [] : [organisation],
		levels: [],
		description: null,
		batch: null,
		sources: [source],
		...extra,
	};
}

function major(
	code: string,
	name: string,
	level: Major["level"],
	className = "计算机类",
	categoryName: string | null = "电子与信息大类",
): Major {
	return {
		code,
		name,
		level,
		classCode: code.slice(0, 4),
		className,
		categoryCode: code.slice(0, 2),
		categoryName,
	};
}

const certificates = [
	cert("c001", "建筑信息模型（BIM）", "廊坊市中科建筑产业化创新研究中心", {
		description: "证书对应的专业领域为所有土建类及相关专业。",
	}),
	cert("c002", "Web前端开发", "工业和信息化部教育与考试中心", {
		aliases: ["前端"],
	}),
	cert("c004", "老年照护", "北京中福长者文化科技有限公司"),
	cert("c007", "电子商务数据分析", "北京博导前程信息技术股份有限公司"),
	cert("c013", "母婴护理", "济南阳光大姐服务有限责任公司"),
	cert("c015", "失智老年人照护", "北京中民福祉教育科技有限责任公司"),
	cert("c016", "云计算平台运维与开发", "南京第五十五所技术开发有限公司"),
	cert("c017", "Python程序开发", "中慧云启科技集团有限公司"),
	cert("c019", "Web应用软件测试", "北京四合天地科技有限公司", {
		description: "证书对应软件技术、软件与信息服务等专业，面向功能测试岗位。",
	}),
	cert("c029", "人工智能数据处理", "科大讯飞股份有限公司"),
	cert("c031", "人工智能语音应用开发", "科大讯飞股份有限公司"),
	cert("c050", "建筑装饰装修数字化设计", null, {
		description: "证书对应的专业领域为土木建筑类及相关专业。",
	}),
	cert("c090", "网络系统建设与运维", "华为"),
];

const majors = [
	major("510203", "软件技术", "高等职业教育专科"),
	major("710203", "软件与信息服务", "中等职业教育"),
	major("720201", "护理", "中等职业教育", "护理类", "医药卫生大类"),
	major("520201", "护理", "高等职业教育专科", "护理类", "医药卫生大类"),
	major("320201", "护理", "高等职业教育本科", "护理类", "医药卫生大类"),
	major(
		"440301",
		"建筑工程技术",
		"高等职业教育专科",
		"土建施工类",
		"土木建筑大类",
	),
	major("570102K", "学前教育", "高等职业教育专科", "教育类", "教育与体育大类"),
];

const link = (
	certificateId: string,
	majorName: string,
	majorCodes: string[],
	kind: MajorLink["kind"],
	evidence: string,
): MajorLink => ({
	certificateId,
	majorName,
	majorCodes,
	kind,
	evidence,
	source,
});

const links = [
	link("c019", "软件技术", ["510203"], "description", "证书对应软件技术等专业"),
	link("c004", "护理", ["720201"], "school", "某卫校护理专业学生参加考核"),
	link("c015", "护理", [], "school", "某高专护理系学生参加考核"),
	link("c004", "护理", ["520201"], "article", "期刊文章：护理专业课证融通"),
	link(
		"c001",
		"建筑工程技术",
		["440301"],
		"school",
		"某学院建筑工程技术专业试点",
	),
];

const faqEntry = (
	id: string,
	question: string,
	variants: string[],
): FaqEntry => ({
	id,
	question,
	variants,
	answer: `${question}的答案。`,
	confidence: "high",
	verified: "2026-11-01",
	sources: [source],
});

const faq = [
	faqEntry("validity", "X证书有效期是多久？", ["X证书会过期吗"]),
	faqEntry("credit-bank", "什么是学分银行？", ["X证书能换学分吗"]),
	faqEntry("practice", "专业课教师企业实践有什么要求？", ["5年6个月企业实践"]),
	faqEntry("double", "“双师型”教师认定看哪些条件？", ["双师型认定条件"]),
	faqEntry("fees", "考X证书要交多少钱？", ["X证书考试费用"]),
];

const service = createKnowledgeService({
	certificates,
	majors,
	links,
	exams: [],
	events: [],
	faq,
});

const certIds = (q: string, k = 3) =>
	service.searchCertificates(q, k).map((h) => h.item.id);
const majorCodes = (q: string, k = 3) =>
	service.searchMajors(q, k).map((h) => h.item.code);

describe("certificate search", () => {
	it("finds a certificate by full pinyin with or without spaces", () => {
		expect(certIds("laonian zhaohu")[0]).toBe("c004");
		expect(certIds("webqianduan")[0]).toBe("c002");
	});

	it("finds a certificate by initials", () => {
		expect(certIds("lnzh")[0]).toBe("c004");
	});

	it("tolerates a one-character typo", () => {
		expect(certIds("老年照户")[0]).toBe("c004");
		expect(certIds("Web前段")[0]).toBe("c002");
		expect(certIds("云计算运唯")).toContain("c016");
	});

	it("reads full-width Latin as half-width", () => {
		expect(certIds("ＢＩＭ")[0]).toBe("c001");
		expect(certIds("Ｐｙｔｈｏｎ")[0]).toBe("c017");
	});

	it("applies curated synonyms both ways", () => {
		expect(certIds("电商数据")[0]).toBe("c007");
		expect(certIds("老年护理")[0]).toBe("c004");
	});

	it("finds certificates through their organisation", () => {
		expect(certIds("科大讯飞的证书").sort()).toEqual(["c029", "c031"]);
		expect(certIds("华为")).toContain("c090");
		expect(certIds("中慧")[0]).toBe("c017");
	});

	it("finds the certificate named inside a whole question", () => {
		expect(certIds("Web前端什么时候考试")[0]).toBe("c002");
		expect(certIds("BIM 证书是谁发的")[0]).toBe("c001");
	});

	it("finds certificates by English aliases of several words", () => {
		const english = createKnowledgeService({
			certificates: [
				cert("c002", "Web前端开发", null, {
					aliases: [
						"前端",
						"web front-end development",
						"front-end development",
					],
				}),
				cert("c004", "老年照护", null, { aliases: ["elderly care"] }),
				cert("c009", "工业机器人操作与运维", null, {
					aliases: ["industrial robot operation and maintenance"],
				}),
				cert("c010", "工业机器人应用编程", null, {
					aliases: ["industrial robot application programming"],
				}),
				cert("c015", "失智老年人照护", null, {
					aliases: ["elderly dementia care"],
				}),
			],
			majors: [],
			links: [],
			exams: [],
			events: [],
			faq: [],
		});
		const ids = (q: string) =>
			english.searchCertificates(q, 3).map((h) => h.item.id);
		// Case, spaces and hyphens do not matter.
		for (const q of ["front end", "Front-End", "FRONTEND", "front end dev"])
			expect(ids(q)[0], q).toBe("c002");
		expect(ids("elderly care")).toEqual(["c004", "c015"]);
		expect(ids("Elderly-Care certificate")[0]).toBe("c004");
		// A plural s, and query words spread over the alias.
		expect(ids("industrial robots").sort()).toEqual(["c009", "c010"]);
		expect(ids("industrial robot programming")[0]).toBe("c010");
		// A match starts at a word: no hit inside `maintenance`, none from a joining word.
		expect(ids("nance")).toEqual([]);
		expect(ids("and")).not.toContain("c009");
		expect(ids("and")).not.toContain("c010");
		// Chinese and pinyin are unchanged.
		expect(ids("前端")[0]).toBe("c002");
		expect(ids("laonian zhaohu")[0]).toBe("c004");
	});

	it("returns nothing for empty, blank, emoji-only and one-character queries", () => {
		for (const q of ["", "   ", "🙂🎉", "？", "a"]) {
			expect(service.searchCertificates(q)).toEqual([]);
			expect(service.searchMajors(q)).toEqual([]);
			expect(service.searchFaq(q)).toEqual([]);
			expect(service.searchOrganisations(q)).toEqual([]);
		}
	});

	it("handles a 10,000-character query quickly with bounded results", () => {
		const long = "老年照护".repeat(2500);
		const started = performance.now();
		const hits = service.searchCertificates(long, 5);
		service.searchMajors(long, 5);
		service.searchFaq(long, 5);
		service.classify(long);
		expect(performance.now() - started).toBeLessThan(500);
		expect(hits.length).toBeLessThanOrEqual(5);
		expect(hits[0]?.item.id).toBe("c004");
	});

	it("respects the limit and orders scores best first", () => {
		const hits = service.searchCertificates("开发", 2);
		expect(hits.length).toBeLessThanOrEqual(2);
		expect(service.searchCertificates("开发", 0)).toEqual([]);
		const all = service.searchCertificates("开发", 10);
		for (let i = 1; i < all.length; i++) {
			expect(all[i]?.score).toBeGreaterThanOrEqual(all[i - 1]?.score ?? 0);
		}
	});
});

describe("major search", () => {
	it("finds a major by name, code, pinyin, initials and a typo", () => {
		expect(majorCodes("软件技术")[0]).toBe("510203");
		expect(majorCodes("510203")[0]).toBe("510203");
		expect(majorCodes("570102k")[0]).toBe("570102K");
		expect(majorCodes("ruanjianjishu")[0]).toBe("510203");
		expect(majorCodes("rjjs")[0]).toBe("510203");
		expect(majorCodes("软件技木")[0]).toBe("510203");
	});

	it("returns every level of a name shared by levels", () => {
		expect(majorCodes("护理").sort()).toEqual(["320201", "520201", "720201"]);
	});

	it("reads the major out of a question", () => {
		expect(majorCodes("我是软件技术专业的，能考哪些X证书？")[0]).toBe("510203");
	});
});

describe("organisations and FAQ", () => {
	it("groups certificates under their organisation", () => {
		const [hit] = service.searchOrganisations("科大讯飞");
		expect(hit?.item.organisation).toBe("科大讯飞股份有限公司");
		expect(hit?.item.certificates.map((c) => c.id).sort()).toEqual([
			"c029",
			"c031",
		]);
	});

	it("answers whole policy questions from the FAQ", () => {
		expect(service.searchFaq("1+X证书有效期多久")[0]?.item.id).toBe("validity");
		expect(service.searchFaq("学分银行是什么")[0]?.item.id).toBe("credit-bank");
	});
});

describe("recommendations by major", () => {
	it("puts description evidence before weaker kinds and labels its strength", () => {
		const recs = service.recommendForMajor("510203");
		expect(recs[0]?.certificate.id).toBe("c019");
		expect(recs[0]?.strength).toBe("strong");
		expect(recs[0]?.reasons[0]?.kind).toBe("description");
	});

	it("uses links of the same name at other levels, said so, after this level's; a shared field last", () => {
		const recs = service.recommendForMajor("320201");
		expect(recs.map((r) => [r.certificate.id, r.tier])).toEqual([
			["c015", 2],
			["c004", 2],
			["c013", 5],
		]);
		expect(recs[0]?.reasons[0]?.level).toBeUndefined();
		expect(recs[1]?.reasons.map((r) => [r.kind, r.level])).toEqual([
			["school", "中等职业教育"],
			["article", "高等职业教育专科"],
		]);
		expect(recs[2]?.reasons[0]).toEqual({ kind: "shared-field", text: "护理" });
	});

	it("puts a description naming the 专业大类 in tier 3", () => {
		const recs = service.recommendForMajor("440301");
		expect(recs[0]?.certificate.id).toBe("c001");
		const named = recs.find((r) => r.certificate.id === "c050");
		expect(named?.tier).toBe(3);
		expect(named?.reasons[0]?.kind).toBe("class-match");
		expect(named?.reasons[0]?.text).toContain("土木建筑类");
	});

	it("returns nothing for a major without evidence or an unknown code", () => {
		expect(service.recommendForMajor("570102K")).toEqual([]);
		expect(service.recommendForMajor("999999")).toEqual([]);
	});

	it("lists a certificate's links strongest kind first", () => {
		const kinds = service.linksForCertificate("c004").map((l) => l.kind);
		expect(kinds).toEqual(["school", "article"]);
		expect(service.linksForCertificate("nope")).toEqual([]);
	});
});

describe("classify", () => {
	it("routes exam questions to the certificate's exams", () => {
		expect(service.classify("Web前端什么时候考试")).toEqual({
			kind: "exam",
			certificateId: "c002",
		});
	});

	it("routes major questions to the major", () => {
		expect(
			service.classify("我是软件技术专业的，能考哪些X证书？"),
		).toMatchObject({
			kind: "major",
			majorCode: "510203",
		});
	});

	it("routes 'who issues' and organisation names to the organisation", () => {
		expect(service.classify("科大讯飞的证书")).toEqual({
			kind: "organisation",
			organisation: "科大讯飞股份有限公司",
		});
		expect(service.classify("华为")).toEqual({
			kind: "organisation",
			organisation: "华为",
		});
		expect(service.classify("BIM 证书是谁发的")).toEqual({
			kind: "organisation",
			organisation: "廊坊市中科建筑产业化创新研究中心",
		});
	});

	it("routes policy questions to the FAQ", () => {
		expect(service.classify("1+X证书有效期多久")).toEqual({
			kind: "faq",
			faqId: "validity",
		});
		expect(service.classify("双师型认定条件是什么")).toEqual({
			kind: "faq",
			faqId: "double",
		});
		expect(service.classify("企业实践要求")).toEqual({
			kind: "faq",
			faqId: "practice",
		});
	});

	it("routes a bare certificate name to the certificate", () => {
		expect(service.classify("老年照护")).toEqual({
			kind: "certificate",
			certificateId: "c004",
		});
	});

	it("says unknown for unrelated or empty text", () => {
		expect(service.classify("今天天气怎么样")).toEqual({ kind: "unknown" });
		// Nothing to search for at all: the answer asks the student to say more.
		expect(service.classify("")).toEqual({ kind: "clarify" });
		expect(service.classify("🙂")).toEqual({ kind: "clarify" });
	});
});
