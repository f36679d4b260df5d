import { beforeAll, describe, expect, it } from "vitest";
import {
	createTestClient,
	type TestClient,
} from "../../helpers/test-client.js";

let bot: TestClient;
beforeAll(async () => {
	bot = await createTestClient();
});

type Sent = Awaited<ReturnType<TestClient["say"]>>;
const buttons = (answer: Sent): string[] =>
	answer.reply?.blocks.flatMap((b) =>
		b.type === "choices" ? b.choices.map((c) => c.command) : [],
	) ?? [];

/** Sends a question and checks that nothing failed on the way. */
async function ask(text: string, locale?: "en"): Promise<Sent> {
	const answer = await bot.say(
		"console:student",
		text,
		locale ? { locale } : {},
	);
	expect(answer.text.length, text).toBeGreaterThan(0);
	expect(answer.text).not.toContain("抱歉，处理这条消息时出了问题");
	expect(bot.logger.lines.filter((l) => l.level === "error")).toEqual([]);
	return answer;
}

describe("questions as students type them", () => {
	it("sees through question frames and filler", async () => {
		expect((await ask("幼儿照护那个证考些什么")).text).toContain(
			"【幼儿照护】",
		);
		expect(buttons(await ask("华为那边出的1+x有哪些"))).toEqual(
			expect.arrayContaining(["/cert c070", "/cert c090"]),
		);
		expect((await ask("有没有关于网店运营的x证")).text).toContain(
			"【网店运营推广】",
		);
	});

	it("reads a homophone typo inside a sentence", async () => {
		expect((await ask("母影护理证书怎么考")).text).toContain("【母婴护理】");
		expect((await ask("我想了解智能才税这个证")).text).toContain(
			"【智能财税】",
		);
		expect((await ask("网落系统建设与运维证书")).text).toContain(
			"【网络系统建设与运维】",
		);
	});

	it("answers a whole question typed in pinyin, with or without spaces", async () => {
		expect((await ask("bim zhengshu zenme kao")).text).toContain(
			"【建筑信息模型（BIM）】",
		);
		expect((await ask("laonianzhaohu zhengshu")).text).toContain(
			"【老年照护】",
		);
	});

	it("maps everyday words to the certificates of that field, and says when there is none", async () => {
		expect(buttons(await ask("带娃的证书"))).toEqual(
			expect.arrayContaining(["/cert c049", "/cert c013"]),
		);
		expect(buttons(await ask("我想当焊工考什么证"))).toContain("/cert c011");
		const none = await ask("厨师证");
		expect(none.text).toContain("没有与「厨师」对应的");
		// Not a 厨师 certificate, only the nearest field: offered apart, never as the answer.
		expect(none.text).not.toContain("【粤菜制作】");
		expect(buttons(none)).toEqual(
			expect.arrayContaining(["/cert c140", "/cert c139"]),
		);
		const nothing = await ask("我想考驾照");
		expect(nothing.text).toContain("没有与「驾照」对应的");
		expect(buttons(nothing).some((c) => c.startsWith("/cert"))).toBe(false);
	});

	it("treats a field question as a list of certificates, not a major", async () => {
		const field = await ask("数控有哪些1+x证书");
		expect(field.text).toContain("与「数控」有关的 X 证书");
		expect(buttons(field)).toEqual(
			expect.arrayContaining(["/cert c038", "/cert c060", "/cert c061"]),
		);
		expect((await ask("物联网的证")).text).toContain("传感网应用开发");
		expect((await ask("新能源汽车证书")).text).toContain("【智能新能源汽车】");
	});

	it("sends exam-time questions to the exam answer", async () => {
		for (const [q, cert] of [
			["BIM几号考", "建筑信息模型（BIM）"],
			["老年照护一般啥时候考", "老年照护"],
			["web前端一年能考几回", "Web前端开发"],
		] as const)
			expect((await ask(q)).text, q).toContain(`${cert} · 考试安排`);
	});

	it("asks which certificate when an exam question names an organisation of several", async () => {
		const answer = await ask("华为的证什么时候考");
		expect(answer.text).toContain("华为 有几个证书");
		expect(buttons(answer)).toEqual(
			expect.arrayContaining(["/exam c070", "/exam c090"]),
		);
	});

	it("answers a major and a certificate named together as a pairing", async () => {
		const pair = await ask("护理专业能考老年照护吗");
		expect(pair.text).toContain("护理 专业与「老年照护」");
		expect(buttons(pair)).toContain("/cert c004");
		expect(buttons(pair).some((c) => c.startsWith("/major "))).toBe(true);
	});

	it("reads traditional Chinese", async () => {
		expect((await ask("建築資訊模型")).text).toContain(
			"【建筑信息模型（BIM）】",
		);
		const major = await ask("軟體技術專業能考什麼證");
		expect(major.text).toContain("软件技术");
		expect(major.text).not.toContain("没有找到专业");
	});

	it("answers English questions about certificates and exam times", async () => {
		expect((await ask("Tell me about the BIM certificate")).text).toContain(
			"【建筑信息模型（BIM）】",
		);
		expect((await ask("When is the Web front-end exam?")).text).toContain(
			"Web前端开发 · 考试安排",
		);
		const commerce = await ask("Do you have a certificate for e-commerce?");
		expect(commerce.text + buttons(commerce).join(" ")).toMatch(
			/c007|电子商务数据分析/u,
		);
	});

	it("says that majors are searched in Chinese when one is asked in English", async () => {
		const answer = await ask(
			"What certificate can a nursing student get?",
			"en",
		);
		expect(answer.text).toContain("Majors can only be searched in Chinese");
	});
});

describe("bad input", () => {
	it("asks for a name, with examples, when a question is only filler", async () => {
		// 下一页 typed instead of pressed must not find 下一代互联网（IPv6）by its first two characters.
		for (const q of ["那个证书", "what certificate", "有什么证", "下一页"]) {
			const answer = await ask(q);
			expect(answer.text, q).toContain("没太看明白");
			expect(buttons(answer).length, q).toBeGreaterThan(0);
			expect(answer.text, q).not.toContain("【");
		}
	});

	it("answers a 2,000-character ramble with a short clarifying answer", async () => {
		let ramble = "";
		while (ramble.length < 1990)
			ramble += "我想问一下就是那个，嗯，怎么说呢，反正就是关于以后的事情，";
		const answer = await ask(ramble.slice(0, 1990));
		expect(answer.text).toContain("只读了开头");
		expect(answer.text.length).toBeLessThan(400);
	});

	it("never answers punctuation, emoji or mixed scripts with a random certificate", async () => {
		for (const q of [
			"？？？",
			"😀😀",
			"证书certificate資格зачет",
			"。。。。",
		]) {
			const answer = await ask(q);
			expect(answer.text, q).not.toContain("【");
		}
		expect((await ask("老年照护😊")).text).toContain("【老年照护】");
	});
});
