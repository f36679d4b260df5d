import { describe, expect, it } from "vitest";
import { normaliseQuestion } from "../../../src/services/knowledge/classify.js";
import { findCues } from "../../../src/services/knowledge/intent-cues.js";
import { createKnowledgeService } from "../../../src/services/knowledge/knowledge-service.js";
import { blur } from "../../../src/services/knowledge/pinyin.js";
import { HAN_FRAMES } from "../../../src/services/knowledge/question-frame-words.js";
import {
	contentParts,
	splitQuestion,
} from "../../../src/services/knowledge/question-frames.js";
import {
	checkVocabulary,
	createVocabulary,
} from "../../../src/services/knowledge/vocabulary.js";
import { shippedKnowledge } from "../../helpers/test-client.js";

const partsOf = (q: string) =>
	contentParts(splitQuestion(normaliseQuestion(q))).map((p) => p.text);

describe("normalising a question", () => {
	it("turns traditional characters and Taiwan words into simplified ones", () => {
		expect(normaliseQuestion("軟體技術專業能考什麼證")).toBe(
			"软件技术专业能考什么证",
		);
		expect(normaliseQuestion("建築資訊模型")).toBe("建筑信息模型");
		expect(normaliseQuestion("網路安全評估")).toBe("网络安全评估");
	});

	it("leaves simplified text alone, even a word that is also a Taiwan phrase", () => {
		expect(normaliseQuestion("智慧健康养老服务与管理")).toBe(
			"智慧健康养老服务与管理",
		);
	});

	it("reads full-width letters and cuts a ramble to its beginning", () => {
		expect(normaliseQuestion("ＢＩＭ　证书")).toBe("bim 证书");
		expect(normaliseQuestion("啊".repeat(2000)).length).toBeLessThanOrEqual(
			160,
		);
	});
});

describe("question frames", () => {
	it("strips Chinese, pinyin and English frames and keeps the names", () => {
		expect(partsOf("有没有关于直播的x证")).toEqual(["直播"]);
		expect(partsOf("幼儿照护那个证考些什么")).toEqual(["幼儿照护"]);
		expect(partsOf("bim zhengshu zenme kao")).toEqual(["bim"]);
		expect(partsOf("dianzi shangwu shuju fenxi shenme shihou baoming")).toEqual(
			["dianzi shangwu shuju fenxi"],
		);
		expect(partsOf("Tell me about the BIM certificate")).toEqual(["bim"]);
		expect(partsOf("Do you have a certificate for e-commerce?")).toEqual([
			"e-commerce",
		]);
	});

	it("marks the part before 专业 as the major", () => {
		const parts = contentParts(
			splitQuestion(normaliseQuestion("护理专业能考老年照护吗")),
		);
		expect(parts).toEqual([
			{ text: "护理", beforeMajor: true },
			{ text: "老年照护", beforeMajor: false },
		]);
	});

	it("leaves nothing of a question made of filler only", () => {
		expect(partsOf("那个证书")).toEqual([]);
		expect(partsOf("what certificate")).toEqual([]);
		expect(partsOf("你好呀我想问一下那个就是考证的事情")).toEqual([]);
	});

	it("never uses a frame that occurs inside a certificate or major name", async () => {
		const data = await shippedKnowledge();
		const names = [
			...data.certificates.map((c) => c.name.toLowerCase()),
			...data.majors.map((m) => m.name),
		];
		for (const frame of HAN_FRAMES) {
			const inside = names.filter((n) => n.includes(frame));
			expect(inside, `frame ${frame}`).toEqual([]);
		}
	});
});

describe("intent cues", () => {
	it("sees exam-time questions however they are asked", () => {
		for (const q of [
			"bim几号考",
			"老年照护一般啥时候考",
			"web前端一年能考几回",
		])
			expect(findCues(normaliseQuestion(q)).exam, q).toBe(true);
		expect(findCues("智能财税考试难吗").exam).toBe(false);
	});

	it("sees policy, fees, registration, organisation, majors and levels", () => {
		expect(findCues("1+x还能考吗").policy).toBe(true);
		expect(findCues("x证书要交钱吗").fees).toBe(true);
		expect(findCues("社会人员能考x证吗").register).toBe(true);
		expect(findCues("web前端是哪个单位颁发的").organisation).toBe(true);
		expect(findCues("中职计算机网络技术专业能考什么证")).toMatchObject({
			major: true,
			level: "中等职业教育",
		});
		expect(findCues("when is the bim exam")).toMatchObject({
			english: true,
			exam: true,
		});
	});
});

describe("everyday vocabulary", () => {
	it("finds Latin words only as whole words", () => {
		const vocabulary = createVocabulary([
			{ word: "ai", certificates: ["c029"], note: "AI" },
		]);
		expect(vocabulary.find("is there an ai certificate")?.entry.word).toBe(
			"ai",
		);
		expect(vocabulary.find("maintain")).toBeUndefined();
		expect(vocabulary.find("ai证书")?.entry.word).toBe("ai");
	});

	it("names every id that is not a certificate", () => {
		const problems = checkVocabulary(
			[
				{ word: "带娃", certificates: ["c049", "c999"], note: "x" },
				{ word: "电工", certificates: [], note: "x", closest: ["c998"] },
			],
			new Set(["c049"]),
			"knowledge/vocabulary.json",
		);
		expect(problems).toEqual([
			'knowledge/vocabulary.json: word "带娃": no certificate with id "c999" in certificates.json',
			'knowledge/vocabulary.json: word "电工": no certificate with id "c998" in certificates.json',
		]);
	});

	it("ships a vocabulary whose every entry has a note and real certificates", async () => {
		const data = await shippedKnowledge();
		expect(data.vocabulary?.length).toBeGreaterThan(20);
		for (const e of data.vocabulary ?? [])
			expect(e.note.length).toBeGreaterThan(0);
	});
});

describe("short Latin queries", () => {
	it("match whole words of a name, never inside a longer word", async () => {
		const service = createKnowledgeService(await shippedKnowledge());
		const names = (q: string) =>
			service.searchCertificates(q, 3).map((h) => h.item.name);
		expect(names("we")).toEqual([]);
		expect(names("go")).toEqual([]);
		expect(names("op")).toEqual([]);
		expect(names("it")[0]).toBe("数据中心IT系统运维管理");
		expect(names("vr")[0]).toBe("虚拟现实应用开发");
		expect(service.classify("ui设计有证吗")).toMatchObject({
			kind: "certificate",
			certificateId: "c080",
		});
	});
});

describe("near-same pinyin", () => {
	it("merges the sounds typed for one another", () => {
		expect(blur(["zhao", "hu"])).toEqual(["zao", "hu"]);
		expect(blur(["yun", "ying"])).toEqual(["yun", "yin"]);
		expect(blur(["nian"])).toEqual(["lian"]);
	});
});
