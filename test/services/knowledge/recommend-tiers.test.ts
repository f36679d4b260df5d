import { beforeAll, describe, expect, it } from "vitest";
import type {
	Certificate,
	Major,
	MajorLink,
	MajorRename,
	Source,
} from "../../../src/core/knowledge-port.js";
import { createKnowledgeService } from "../../../src/services/knowledge/knowledge-service.js";
import type { KnowledgeData } from "../../../src/services/knowledge/load.js";
import { createRecommender } from "../../../src/services/knowledge/recommend.js";
import { sharedField } from "../../../src/services/knowledge/shared-field.js";
import { shippedKnowledge } from "../../helpers/test-client.js";

const source: Source = { title: "test", note: "fixture", trust: "high" };
const cert = (id: string, name: string, description: string | null = null) =>
	({
		id,
		name,
		aliases: [],
		kind: "x",
		organisation: null,
		organisations: [],
		levels: [],
		description,
		batch: null,
		sources: [source],
	}) satisfies Certificate;
const major = (
	code: string,
	name: string,
	className: string,
	level: Major["level"] = "高等职业教育专科",
): Major => ({
	code,
	name,
	level,
	classCode: code.slice(0, 4),
	className,
	categoryCode: code.slice(0, 2),
	categoryName: null,
});
const link = (
	certificateId: string,
	majorName: string,
	majorCodes: string[],
	kind: MajorLink["kind"],
): MajorLink => ({
	certificateId,
	majorName,
	majorCodes,
	kind,
	evidence: `${majorName} 证据`,
	source,
});

// The shipped old → 2021 names (knowledge/major-renames.json), each with its source.
let renames: readonly MajorRename[] = [];
beforeAll(async () => {
	renames = (await shippedKnowledge()).majorRenames;
});

describe("shared field between a major's and a certificate's names", () => {
	it("finds the field word and widens it to what both names spell", () => {
		expect(sharedField("工业机器人技术", "工业机器人装调")).toBe("工业机器人");
		expect(sharedField("护理", "母婴护理")).toBe("护理");
		expect(sharedField("数控技术", "数控车铣加工")).toBe("数控");
		expect(sharedField("大数据技术", "大数据分析与应用")).toBe("大数据");
	});

	it("never matches on a broad word, a bare modifier or one character", () => {
		expect(sharedField("电子信息工程技术", "电子商务数据分析")).toBeNull();
		expect(sharedField("工业分析技术", "工业互联网集成应用")).toBeNull();
		expect(sharedField("数控技术应用", "数字营销技术应用")).toBeNull();
		expect(sharedField("家具设计与制作", "数字影视特效制作")).toBeNull();
		expect(sharedField("药学", "数据标注")).toBeNull();
		expect(sharedField("应用化工技术", "园林绿化工")).toBeNull();
		expect(sharedField("应用化工技术", "化工总控工")).toBe("化工");
	});
});

describe("evidence tiers", () => {
	const majors = [
		major("510203", "软件技术", "计算机类"),
		major("510204", "数字媒体技术", "计算机类"),
		major("530302", "大数据与会计", "财务会计类"),
		major("520802", "婴幼儿托育服务与管理", "健康管理与促进类"),
		major("550101", "旅游管理", "旅游类"),
	];
	const certificates = [
		cert("c1", "数字媒体交互设计"),
		cert("c2", "Web应用软件测试", "证书对应软件技术、软件与信息服务等专业。"),
		cert("c3", "互联网软件测试"),
		cert("c4", "财务共享服务", "面向会计、财务管理等专业的学生。"),
		cert("c5", "幼儿照护"),
	];
	const links = [
		link("c1", "数字媒体技术", ["510204"], "official"),
		link("c3", "软件技术", ["510203"], "school"),
		link("c5", "幼儿发展与健康管理", [], "school"),
	];
	const recommend = createRecommender({ majors, certificates, links }).forMajor;
	const withRenames = (major: Major) =>
		createRecommender({ majors, certificates, links, renames }).forMajor(major);
	const tiers = (recs: ReturnType<typeof recommend>) =>
		recs.map((r) => [r.certificate.id, r.tier, r.reasons[0]?.kind]);

	it("orders official text, a school's example, the description, the same class, a shared field", () => {
		expect(tiers(recommend(majors[0] as Major))).toEqual([
			["c3", 2, "school"],
			["c2", 3, "class-match"],
			["c1", 4, "same-class"],
		]);
		expect(tiers(recommend(majors[1] as Major))).toEqual([
			["c1", 1, "official"],
			["c3", 4, "same-class"],
		]);
	});

	it("reads a pre-2021 name in a link or a description only through a sourced rename", () => {
		const toddler = majors[3] as Major;
		const accounting = majors[2] as Major;
		expect(recommend(toddler)).toEqual([]);
		expect(recommend(accounting)).toEqual([]);
		expect(tiers(withRenames(toddler))).toEqual([["c5", 2, "school"]]);
		const named = withRenames(accounting)[0];
		expect(named?.tier).toBe(3);
		expect(named?.reasons[0]?.text).toContain("会计、财务管理");
	});

	it("gives nothing to a major no certificate shares a field with", () => {
		expect(recommend(majors[4] as Major)).toEqual([]);
	});
});

describe("shipped knowledge with its old → 2021 names", () => {
	let data: KnowledgeData;
	beforeAll(async () => {
		data = await shippedKnowledge();
	});

	it("counts links written under 会计 for 大数据与会计, and only through the rename", () => {
		const plain = createKnowledgeService({
			...data,
			majorRenames: [],
		}).recommendForMajor("530302");
		const renamed = createKnowledgeService(data).recommendForMajor("530302");
		expect(plain.some((r) => r.tier <= 2)).toBe(false);
		const school = renamed.find((r) => r.tier === 2);
		expect(["school", "article"]).toContain(school?.reasons[0]?.kind);
		expect(school?.reasons[0]?.text).toBeTruthy();
	});
});
