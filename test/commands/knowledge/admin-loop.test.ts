import { describe, expect, it } from "vitest";
import { findDbProblems } from "../../../src/storage/db-schema.js";
import {
	createTestClient,
	type TestClient,
} from "../../helpers/test-client.js";

type Answer = Awaited<ReturnType<TestClient["say"]>>;
const buttons = (answer: Answer) =>
	answer.reply?.blocks.flatMap((b) =>
		b.type === "choices" ? b.choices : [],
	) ?? [];
const press = (answer: Answer, label: string) => {
	const found = buttons(answer).find((c) => c.label.includes(label));
	expect(found, label).toBeDefined();
	return found?.command ?? "";
};
const admin = "console:admin";

describe("有用 / 没用 under answers", () => {
	it("puts two buttons under an answer in a private chat, none in a group", async () => {
		const bot = await createTestClient();
		const asked = await bot.say(
			"console:student",
			"我是软件技术专业的，能考哪些X证书？",
		);
		expect(buttons(asked).map((c) => c.label)).toEqual(
			expect.arrayContaining(["👍 有用", "👎 没用"]),
		);
		const major = await bot.say("console:student", "/major 510203");
		expect(press(major, "没用")).toMatch(/^\/feedback down /);
		const group = await bot.say("console:student", "/major 510203", {
			chat: "group",
		});
		expect(buttons(group).some((c) => c.label.includes("有用"))).toBe(false);
		for (const nothing of ["你好", "/major 火星移民", "食堂今天几点开门"]) {
			const answer = await bot.say("console:student", nothing);
			expect(
				buttons(answer).some((c) => c.label.includes("有用")),
				nothing,
			).toBe(false);
		}
	});

	it("records a press and thanks the student; admins see the worst rated first", async () => {
		const bot = await createTestClient();
		await bot.say("console:student", "食堂今天几点开门");
		await bot.say("console:student", "/major 会计");
		const answer = await bot.say(
			"console:student",
			"我是软件技术专业的，能考哪些X证书？",
		);
		const thanks = await bot.say("console:student", press(answer, "没用"));
		expect(thanks.text).toContain("谢谢，已记录下来");
		expect(bot.store.data.feedback).toHaveLength(1);
		expect(bot.store.data.feedback[0]).toMatchObject({
			useful: false,
			text: "我是软件技术专业的，能考哪些X证书？",
			shown: "软件技术",
		});
		const list = await bot.say(admin, "/unanswered");
		const lines = list.reply?.blocks.find((b) => b.type === "list");
		const items = lines?.type === "list" ? lines.items : [];
		expect(items[0]).toContain("「我是软件技术专业的，能考哪些X证书？」");
		expect(items[0]).toContain("没用 1");
		expect(items[1]).toContain("「食堂今天几点开门」");
		expect(items[1]).toContain("未回答 1");
		expect(items[2]).toContain("「会计」");
		expect(items[2]).toMatch(/猜测 1（最高分 0\.\d\d）/);
		expect(items[2]).toContain("显示：");
		expect(findDbProblems(bot.store.data)).toEqual([]);
	});
});

describe("guesses next to the unanswered questions", () => {
	it("logs a suggestion list with its score and what was shown", async () => {
		const bot = await createTestClient();
		const answer = await bot.say("console:student", "/major 会计");
		const offered = buttons(answer).filter((c) =>
			c.command.startsWith("/major"),
		);
		expect(offered.length).toBeGreaterThan(1);
		const [guess] = bot.store.data.guesses;
		expect(guess).toMatchObject({ kind: "suggestions", text: "会计" });
		expect(guess?.shown).toEqual(offered.map((c) => c.label));
		expect(guess?.score).toBeGreaterThanOrEqual(0);
		expect(bot.store.data.unanswered).toEqual([]);
		// Not a bare picker: each close major's best certificate is in the reply already.
		for (const code of offered.map((c) => c.command.split(" ")[1] ?? "")) {
			const best = bot.services.knowledge.recommendForMajor(code, 1)[0];
			if (best) expect(answer.text).toContain(best.certificate.name);
		}
		expect(answer.text).toContain("大数据与会计 · 高职专科（530302）");
	});

	it("answers a weak match but logs it as a low-score guess", async () => {
		const bot = await createTestClient();
		const answer = await bot.say("console:student", "/major 学前叫育");
		expect(answer.text).toContain("【学前教育】");
		const [guess] = bot.store.data.guesses;
		expect(guess).toMatchObject({
			kind: "low-score",
			text: "学前叫育",
			shown: ["学前教育"],
		});
		expect(guess?.score).toBeGreaterThan(0.05);
	});

	it("does not log a clear answer as a guess", async () => {
		const bot = await createTestClient();
		await bot.say("console:student", "/major 软件技术");
		await bot.say("console:student", "/major 510203");
		expect(bot.store.data.guesses).toEqual([]);
	});
});

describe("/unanswered for admins", () => {
	it("groups similar wording, shows local times, and marks a group handled", async () => {
		const bot = await createTestClient();
		for (const q of [
			"食堂今天几点开门",
			"食堂今天几点开门？",
			"食堂 今天几点开门啊",
		])
			await bot.say("console:student", q);
		bot.clock.set("2026-11-28T03:30:00Z");
		await bot.say("console:student", "图书馆周末开放吗");
		const list = await bot.say(admin, "/unanswered");
		expect(list.text).toContain("需要改进的问题（2 组");
		expect(list.text).toContain("×3");
		expect(list.text).toContain("最近 2026-11-28 10:00");
		expect(list.text).toContain("最近 2026-11-28 11:30");
		const handled = await bot.say(admin, press(list, "已处理 1"));
		expect(handled.text).toContain("已标记为处理：3 条");
		const after = await bot.say(admin, "/unanswered");
		expect(after.text).not.toContain("食堂");
		expect(after.text).toContain("图书馆周末开放吗");
		expect(bot.store.data.unanswered.filter((e) => e.handledAt)).toHaveLength(
			3,
		);
		expect(findDbProblems(bot.store.data)).toEqual([]);
	});

	it("answers an unknown group id with where to look, and is for admins only", async () => {
		const bot = await createTestClient();
		const unknown = await bot.say(admin, "/unanswered handled nope");
		expect(unknown.text).toContain("没有编号为 nope 的待处理问题");
		const denied = await bot.say("console:student", "/unanswered handled nope");
		expect(denied.text).toContain("只对管理员开放");
	});
});
