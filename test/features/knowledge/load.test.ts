import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import {
	type KnowledgeData,
	KnowledgeError,
	loadKnowledge,
} from "../../../src/features/knowledge/load.js";
import type { TrainingPolicy } from "../../../src/features/training/policy.js";

const shipped = join(import.meta.dirname, "../../../knowledge");

describe("the shipped knowledge files", () => {
	let data: KnowledgeData;
	beforeAll(async () => {
		data = await loadKnowledge(shipped);
	});

	it("load and have the expected sizes", () => {
		expect(data.majors).toHaveLength(1313);
		expect(data.certificates.filter((c) => c.batch === 1)).toHaveLength(6);
		expect(data.certificates.filter((c) => c.batch === 2)).toHaveLength(10);
		expect(data.faq.length).toBeGreaterThanOrEqual(15);
		expect(data.exams.length).toBeGreaterThan(0);
		expect(data.links.length).toBeGreaterThan(0);
	});

	it("give every certificate, link, FAQ answer and exam round a source", () => {
		for (const c of data.certificates)
			expect(c.sources.length).toBeGreaterThan(0);
		for (const f of data.faq) expect(f.sources.length).toBeGreaterThan(0);
		for (const l of data.links) expect(l.source.title).not.toBe("");
		for (const e of data.exams) expect(e.source.title).not.toBe("");
		expect(data.policy.enterprisePractice.source.title).not.toBe("");
	});

	it("keep the first two batches in list order as c001–c016", () => {
		expect(data.certificates[0]).toMatchObject({
			id: "c001",
			name: "建筑信息模型（BIM）",
			batch: 1,
		});
		expect(data.certificates.find((c) => c.id === "c016")?.name).toBe(
			"云计算平台运维与开发",
		);
	});

	it("match the source data on spot checks", () => {
		const major = data.majors.find((m) => m.code === "510203");
		expect(major).toMatchObject({
			name: "软件技术",
			level: "高等职业教育专科",
			classCode: "5102",
			className: "计算机类",
			categoryName: "电子与信息大类",
		});
		const web = data.certificates.find((c) => c.name === "Web前端开发");
		expect(web?.organisation).toBe("工业和信息化部教育与考试中心");
		expect(web?.aliases).toContain("前端");
		const bim = data.certificates.find((c) => c.aliases.includes("BIM"));
		expect(bim?.levels).toEqual(["初级", "中级", "高级"]);
		expect(bim?.organisation).toBe("廊坊市中科建筑产业化创新研究中心");
	});

	it("leave unconfirmed 专业大类 names and unnamed organisations empty", () => {
		// 农林牧渔大类 (61) is recalled, not sourced.
		expect(
			data.majors.find((m) => m.categoryCode === "61")?.categoryName,
		).toBeNull();
		const drone = data.certificates.find((c) => c.name === "无人机驾驶");
		expect(drone?.organisation).toBeNull();
		const baby = data.certificates.find((c) => c.name === "母婴护理");
		expect(baby?.organisation).toBe("济南阳光大姐服务有限责任公司");
	});

	it("link 软件技术 to Web应用软件测试 through the official description", () => {
		const link = data.links.find(
			(l) => l.majorCodes.includes("510203") && l.kind === "description",
		);
		const cert = data.certificates.find((c) => c.id === link?.certificateId);
		expect(cert?.name).toBe("Web应用软件测试");
	});

	it("ship the Huawei 2024 rounds with registration five days before the exam", () => {
		const round = data.exams.find((e) => e.dates.exam === "2024-03-16");
		expect(round?.dates).toMatchObject({
			register: "2024-03-11",
			pay: "2024-03-12",
			results: "2024-03-31",
		});
	});

	it("state enterprise practice as 6 months per 5 years and hours as a school setting", () => {
		expect(data.policy.enterprisePractice).toMatchObject({
			months: 6,
			periodYears: 5,
			days: 180,
		});
		// The training service takes the policy as it is loaded.
		const forTraining: TrainingPolicy = data.policy;
		expect(forTraining.trainingHours.target).toBeGreaterThan(0);
		// No source states a national hours figure, so it is marked as the school's own.
		expect(data.policy.trainingHours).toMatchObject({
			basis: "school-setting",
		});
		expect(data.policy.trainingHours.source).toBeUndefined();
		const fee = data.faq.find((f) => f.answer.includes("300元/人/次"));
		expect(fee?.askWhere).toBeTruthy();
	});
});

describe("a broken knowledge directory", () => {
	let dir: string;
	afterEach(async () => {
		await rm(dir, { recursive: true, force: true });
	});

	async function brokenCopy(
		edit: (files: Record<string, unknown[]>) => void,
	): Promise<string> {
		dir = await mkdtemp(join(tmpdir(), "knowledge-"));
		await cp(shipped, dir, { recursive: true });
		const files: Record<string, unknown[]> = {};
		for (const f of [
			"certificates.json",
			"links.json",
			"exams.json",
			"faq.json",
		])
			files[f] = JSON.parse(await readFile(join(dir, f), "utf8"));
		edit(files);
		for (const [f, value] of Object.entries(files))
			await writeFile(join(dir, f), JSON.stringify(value));
		return dir;
	}

	async function problemsOf(path: string): Promise<readonly string[]> {
		const error = await loadKnowledge(path).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(KnowledgeError);
		return (error as KnowledgeError).problems;
	}

	it("names the file, record and field of every problem at once", async () => {
		const path = await brokenCopy((f) => {
			const certs = f["certificates.json"] as Record<string, unknown>[];
			const web = certs.find((c) => c.name === "Web前端开发");
			if (web) web.levels = ["专家级"];
			const bim = certs[0];
			if (bim) bim.sources = [];
			const link = (f["links.json"] as Record<string, unknown>[])[0];
			if (link) link.certificateId = "c999";
			const round = (f["exams.json"] as Record<string, unknown>[])[0];
			if (round) round.dates = { exam: "2024-02-30" };
		});
		const problems = await problemsOf(path);
		expect(problems).toHaveLength(4);
		expect(problems).toContainEqual(
			expect.stringMatching(
				/certificates\.json: record c002 \(Web前端开发\), field "levels\[0\]": expected one of 初级\|中级\|高级/,
			),
		);
		expect(problems).toContainEqual(
			expect.stringMatching(
				/certificates\.json: record c001 .*field "sources"/,
			),
		);
		expect(problems).toContainEqual(
			expect.stringMatching(
				/links\.json: record #0 .*field "certificateId": no certificate with id "c999"/,
			),
		);
		expect(problems).toContainEqual(
			expect.stringMatching(
				/exams\.json: record .*field "dates\.exam": not a real calendar date/,
			),
		);
	});

	it("reports duplicate ids, unknown fields and a missing file", async () => {
		const path = await brokenCopy((f) => {
			const certs = f["certificates.json"] as Record<string, unknown>[];
			const second = certs[1];
			if (second) second.id = "c001";
			const faq = (f["faq.json"] as Record<string, unknown>[])[0];
			if (faq) faq.answr = "typo";
		});
		await rm(join(path, "policy.json"));
		const problems = await problemsOf(path);
		expect(problems).toContainEqual(
			expect.stringMatching(
				/certificates\.json: record c001 \(Web前端开发\), field "id": "c001" is already used/,
			),
		);
		expect(problems).toContainEqual(
			expect.stringMatching(/faq\.json: record .*field "answr": unknown field/),
		);
		expect(problems).toContainEqual(
			expect.stringMatching(/policy\.json: file is missing/),
		);
	});

	it("reports a file that is not JSON", async () => {
		const path = await brokenCopy(() => {});
		await writeFile(join(path, "majors.json"), "[{");
		const problems = await problemsOf(path);
		expect(problems).toEqual([
			expect.stringMatching(/majors\.json: not valid JSON/),
		]);
	});
});
