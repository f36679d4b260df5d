import { beforeAll, describe, expect, it } from "vitest";
import {
	pass3Kind,
	schoolPlanKind,
} from "../../../scripts/knowledge/pass-links.js";
import { readableWho } from "../../../scripts/knowledge/readable.js";
import {
	type KnowledgeData,
	loadKnowledge,
} from "../../../src/services/knowledge/load.js";

const shipped = new URL("../../../knowledge", import.meta.url).pathname;

/** Checks from the audit of the research-pass 3–5 delivery against its rows. */
describe("knowledge audit of passes 3–5", () => {
	let d: KnowledgeData;
	beforeAll(async () => {
		d = await loadKnowledge(shipped);
	});
	const cert = (name: string) => d.certificates.find((c) => c.name === name);

	it("takes no organisation, batch or level from pages too weak to show students", () => {
		for (const c of d.certificates) {
			if (c.sources.some((s) => s.trust !== "low")) continue;
			expect({ id: c.id, org: c.organisation }).toEqual({
				id: c.id,
				org: null,
			});
			expect(c.batch).toBeNull();
			expect(c.levels).toEqual([]);
		}
		// 中大国飞 and "第三批" appear only on a hijacked copy.
		expect(cert("无人机拍摄")).toMatchObject({
			organisation: null,
			batch: null,
		});
		// Teaching 中航协's teacher-training class does not make it the organisation.
		expect(cert("民航旅客地面服务")?.organisation).toBeNull();
		expect(cert("民航货物运输")?.organisation).toBeNull();
		// The organisation's own site (graded news) still names 幼儿照护's.
		expect(cert("幼儿照护")?.organisation).toBe("湖南金职伟业母婴护理有限公司");
	});

	it("cites on the card the report or plan a level comes from", () => {
		const food = cert("食品检验管理");
		expect(food?.levels).toEqual(["高级"]);
		expect(food?.sources.some((s) => s.url?.includes("yibinu.edu.cn"))).toBe(
			true,
		);
		const travel = cert("旅行策划");
		expect(travel?.levels).toEqual(["初级", "中级"]);
		expect(travel?.sources.some((s) => s.url?.includes("xzhengshu.cn"))).toBe(
			true,
		);
	});

	it("calls a link official only when the standard's text itself was read", () => {
		for (const l of d.links.filter((l) => l.kind === "official"))
			expect(l.source.trust).not.toBe("low");
		const quoted = d.links.filter(
			(l) =>
				l.certificateId === cert("旅行策划")?.id && l.evidence.includes("适用"),
		);
		expect(quoted.length).toBeGreaterThan(0);
		for (const l of quoted) expect(l.kind).toBe("article");
	});

	it("keeps a repeated row's kind, and trainees or a competition are not examinees", () => {
		expect(
			pass3Kind(
				"journal article quoting the certificate’s applicable majors",
				"school",
			),
		).toBe("article");
		expect(pass3Kind("trainees' major (training for the exam)", "school")).toBe(
			"article",
		);
		expect(pass3Kind("examinees' major (exam event)", "article")).toBe(
			"school",
		);
		expect(pass3Kind("2025 专业教学标准 “职业类证书” cell", "school")).toBe(
			"official",
		);
		expect(pass3Kind("same", "article")).toBe("article");
		const journal = {
			school: "聊城",
			source: "http://x.cn/a — journal abstract: “…”",
		};
		expect(schoolPlanKind(journal, "school")).toBe("article");
		expect(
			schoolPlanKind(
				{ school: "聊城", source: "http://x.cn/a — same abstract" },
				"article",
			),
		).toBe("article");
		expect(
			schoolPlanKind(
				{
					school: "某校",
					source: "http://x.cn/b — school news: 50 students took the exam",
				},
				"article",
			),
		).toBe("school");
		expect(
			schoolPlanKind(
				{
					school: "某校",
					source:
						"http://x.cn/c — school news (a competition modelled on the certificate, not a plan)",
				},
				"school",
			),
		).toBe("article");
		const robots = d.links.filter(
			(l) =>
				l.evidence.startsWith("聊城职业技术学院") &&
				l.majorName === "工业机器人技术",
		);
		expect(robots.map((l) => l.kind)).toEqual(["article", "article"]);
	});

	it("tells the student when a page does not say the school's level", () => {
		const nursing = d.links.find((l) => l.evidence.startsWith("站点 ctwx.net"));
		expect(nursing?.majorCodes.length).toBeGreaterThan(1);
		expect(nursing?.evidence).toContain("页面未写学校层次");
	});

	it("lists one past exam once, however the two passes word its day", () => {
		const keys = d.events.map(
			(e) =>
				`${e.source.url}|${e.date ?? /\d{1,2}月\d{1,2}日/.exec(e.dateAsStated)?.[0]}|${e.certificateIds.join()}`,
		);
		expect(new Set(keys).size).toBe(keys.length);
		for (const e of d.events)
			expect(e.details ?? "").not.toMatch(/not an exam date/);
	});

	it("names schools readably where the research row is in English", () => {
		expect(
			readableWho(
				"Zhejiang Shuren University (ZJSRU), as trial testing center",
			),
		).toBe("浙江树人学院（英文页面）");
		for (const e of d.events)
			expect(e.school).not.toMatch(/trial testing center/);
	});

	it("says of 154号 only what the repost shows", () => {
		const answer = (id: string) => d.faq.find((f) => f.id === id)?.answer ?? "";
		for (const id of [
			"held-certificate",
			"validity",
			"credit-bank",
			"what-to-do-now",
		]) {
			// Item 六 is cut off after its opening words: nothing is said of what it rules.
			expect(answer(id)).not.toMatch(
				/第六条(专门讲|讲的正是|对已取得证书的规定)/,
			);
		}
		// Only items 四 and 六 are numbered in the sources; the 对应目录 item is not.
		for (const f of d.faq) expect(f.answer).not.toMatch(/通知第[一二三五]条/);
		// The provincial text defines 认定机构, on a host not verified as official.
		expect(answer("skill-level")).toContain("这样定义认定机构");
		const qinghai = d.faq
			.find((f) => f.id === "skill-level")
			?.sources.find((s) => s.title.startsWith("青海省"));
		expect(qinghai?.trust).toBe("medium");
	});
});
