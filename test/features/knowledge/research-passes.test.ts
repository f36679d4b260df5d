import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Source } from "../../../src/features/knowledge/knowledge-port.js";
import {
	type KnowledgeData,
	KnowledgeError,
	loadKnowledge,
} from "../../../src/features/knowledge/load.js";

const shipped = new URL("../../../knowledge", import.meta.url).pathname;

function allSources(d: KnowledgeData): Source[] {
	return [
		...d.certificates.flatMap((c) => c.sources),
		...d.links.map((l) => l.source),
		...d.exams.map((e) => e.source),
		...d.events.map((e) => e.source),
		...d.faq.flatMap((f) => f.sources),
		...d.majorRenames.map((r) => r.source),
		...d.handover.sources,
		d.policy.enterprisePractice.source,
		...d.policy.sources,
	];
}

describe("knowledge generated from research passes 3–5", () => {
	let d: KnowledgeData;
	beforeAll(async () => {
		d = await loadKnowledge(shipped);
	});

	it("ships at least 135 X certificates, ids in sequence, the earlier ids unchanged", () => {
		const x = d.certificates.filter((c) => c.kind === "x");
		expect(x.length).toBeGreaterThanOrEqual(135);
		const ids = d.certificates.map((c) => c.id);
		expect(ids).toEqual(
			ids.map((_, i) => `c${String(i + 1).padStart(3, "0")}`),
		);
		const byId = new Map(d.certificates.map((c) => [c.id, c.name]));
		expect(byId.get("c004")).toBe("老年照护");
		expect(byId.get("c049")).toBe("幼儿照护");
		expect(byId.get("c097")).toBe("食品合规管理");
	});

	it("ships only kinds a source backs: X certificates and skill-level occupations", () => {
		const kinds = new Set(d.certificates.map((c) => c.kind));
		expect([...kinds].sort()).toEqual(["skill-level", "x"]);
		for (const c of d.certificates.filter((c) => c.kind === "skill-level")) {
			expect(c.sources.some((s) => s.trust !== "low" && s.url)).toBe(true);
			expect(c.organisation).toBeNull();
		}
		expect(d.certificates.find((c) => c.name === "电工")?.kind).toBe(
			"skill-level",
		);
	});

	it("names an organisation only where a reliable source states it", () => {
		const org = (name: string) =>
			d.certificates.find((c) => c.name === name)?.organisation;
		// Stated by organisations' own news (pass 3, graded news).
		expect(org("物联网安装调试与运维")).toBe("中盈创信(北京)科技有限公司");
		// Only a company profile in unidentified code, or implied by a training organiser.
		expect(org("集成电路开发与测试")).toBeNull();
		expect(org("财务共享服务")).toBeNull();
		expect(org("无人机驾驶")).toBeNull();
		expect(
			d.certificates.find((c) => c.name === "老年照护")?.organisations,
		).toEqual(["中国社会福利与养老服务协会", "北京中福长者文化科技有限公司"]);
	});

	it("takes levels from descriptions and reliable pages (c012 智能财税: 初/中/高)", () => {
		expect(d.certificates.find((c) => c.id === "c012")?.levels).toEqual([
			"初级",
			"中级",
			"高级",
		]);
	});

	it("applies the audit's link fixes", () => {
		const elderly = d.links.find(
			(l) => l.certificateId === "c004" && l.majorName === "老年服务与管理",
		);
		expect(elderly?.evidence).toContain("翻译");
		const nursing = d.links.find((l) => l.majorName.startsWith("护理（护理系"));
		expect(nursing?.majorCodes).not.toContain("320201");
		const selfStudy = d.links.filter((l) =>
			l.source.title.startsWith("四川自学考试"),
		);
		expect(selfStudy.length).toBeGreaterThan(0);
		for (const l of selfStudy) expect(l.kind).toBe("article");
		// A standard's 适用院校专业 and a 2025 teaching standard's cell are official.
		expect(
			d.links.filter(
				(l) => l.kind === "official" && l.evidence.includes("专业教学标准"),
			).length,
		).toBeGreaterThan(0);
	});

	it("cites no page on a hijacked host and shows no curator bracket in any title", () => {
		for (const s of allSources(d)) {
			expect(s.url ?? "").not.toContain("3232186.cn");
			expect(s.title).not.toMatch(
				/繁体转载|名称未在摘录中出现|仓库未识别|GitHub|uryuwr|gqy20|penghaibin9/,
			);
		}
		expect(JSON.stringify(d.faq)).not.toContain("3232186");
	});

	it("maps old major names to 2021 ones with exactly the agreed fields", () => {
		for (const r of d.majorRenames)
			for (const key of Object.keys(r))
				expect([
					"oldName",
					"oldCode",
					"newName",
					"newCode",
					"source",
				]).toContain(key);
		expect(
			d.majorRenames.find((r) => r.oldName === "计算机网络技术"),
		).toMatchObject({ oldCode: "610202", newCode: "510202" });
		expect(d.majorRenames.find((r) => r.oldName === "会计")?.newName).toBe(
			"大数据与会计",
		);
	});

	it("states the hand-over as 154号 does, and answers the current questions from it", () => {
		expect(d.handover).toMatchObject({
			notice: "人社厅函〔2025〕154号",
			examsEndBy: "2025-12-31",
			certificates: 447,
			organisations: 300,
		});
		const faq = (id: string) => d.faq.find((f) => f.id === id);
		expect(faq("x-exams-now")?.answer).toContain("2025年12月31日");
		expect(faq("held-certificate")?.answer).toContain("原则上继续有效");
		expect(faq("held-certificate")?.answer).toContain("全文未见");
		expect(faq("skill-level")?.askWhere).toContain("人力资源社会保障部门");
		expect(faq("what-to-do-now")).toBeDefined();
		expect(faq("pilot-documents")?.answer).not.toContain("市场监管总局");
		expect(faq("pilot-documents")?.answer).not.toContain("实际推进");
		expect(faq("how-many")?.answer).toContain("447个X证书目录清单");
		expect(faq("major-catalog")?.answer).toContain("1434");
		for (const id of [
			"what-is-1x",
			"evaluation-organisation",
			"register",
			"fees",
			"validity",
			"platform",
			"results",
			"credit-bank",
		])
			expect(faq(id)?.answer).toContain("154号");
	});
});

describe("start-up validation of the new files and fields", () => {
	it("names a bad kind, a stray organisation, a wrong rename code and a hand-over without a date", async () => {
		const dir = await mkdtemp(join(tmpdir(), "knowledge-"));
		try {
			await cp(shipped, dir, { recursive: true });
			const edit = async (file: string, f: (v: never) => unknown) => {
				const path = join(dir, file);
				const value = JSON.parse(await readFile(path, "utf8"));
				await writeFile(path, JSON.stringify(f(value as never)));
			};
			await edit("certificates.json", (certs: Record<string, unknown>[]) => {
				const [first, second] = certs;
				if (first) first.kind = "diploma";
				if (second) second.organisations = ["某某公司"];
				return certs;
			});
			await edit("major-renames.json", (renames: Record<string, unknown>[]) => {
				const r = renames.find((x) => x.oldName === "计算机网络技术");
				if (r) r.newCode = "510203";
				return renames;
			});
			await edit("handover.json", (h: Record<string, unknown>) => {
				delete h.examsEndBy;
				return h;
			});
			const error = await loadKnowledge(dir).catch((e: unknown) => e);
			expect(error).toBeInstanceOf(KnowledgeError);
			const text = (error as KnowledgeError).problems.join("\n");
			expect(text).toMatch(/certificates\.json: record c001 .*field "kind"/);
			expect(text).toMatch(
				/record c002 .*field "organisations\[0\]": "某某公司" is not part of/,
			);
			expect(text).toMatch(
				/major-renames\.json: record #0 \(计算机网络技术 → 计算机网络技术\), field "newName": major 510203 is called "软件技术"/,
			);
			expect(text).toMatch(/handover\.json, field "examsEndBy"/);
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});
});
