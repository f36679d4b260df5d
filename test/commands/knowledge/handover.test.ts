import { beforeAll, describe, expect, it } from "vitest";
import {
	createTestClient,
	type TestClient,
} from "../../helpers/test-client.js";

let bot: TestClient;
beforeAll(async () => {
	bot = await createTestClient();
});

/** Sends `text` as a student with the clock at `iso` (UTC); the zone is Asia/Shanghai. */
async function at(iso: string, text: string): Promise<string> {
	bot.clock.set(iso);
	return (await bot.say("console:student", text)).text;
}

describe("questions about the 2025 hand-over reach the current answers", () => {
	it.each(["1+X证书现在还能考吗", "x证书是不是取消了", "2026年还有1+x考试吗"])(
		"answers “%s” with whether X exams still run",
		async (q) => {
			const text = await at("2026-11-28T02:00:00Z", q);
			expect(text).toContain("【X证书现在还能考吗？】");
			expect(text).toContain("人社厅函〔2025〕154号");
			expect(text).toContain("2025年12月31日前组织完成已报名学生的考证工作");
		},
	);

	it("says what the sources say of a certificate already held, and where to ask", async () => {
		const text = await at("2026-11-28T02:00:00Z", "考过的X证书还有效吗");
		expect(text).toContain("原则上继续有效");
		expect(text).toContain("学分银行");
		expect(text).toContain("全文未见");
		expect(text).toContain("当地人力资源社会保障部门");
	});
});

describe("the certificate card", () => {
	it("shows kind, both organisations of a joint listing, levels and a dated status line", async () => {
		const text = await at("2026-11-28T02:00:00Z", "/cert 老年照护");
		expect(text).toContain("类型：X证书（1+X 职业技能等级证书）");
		expect(text).toContain(
			"培训评价组织：中国社会福利与养老服务协会 / 北京中福长者文化科技有限公司",
		);
		expect(text).toContain("等级：初级、中级");
		// 2025-12-31 → 2026-11-28 is 332 days.
		expect(text).toContain(
			"现状：按人社厅函〔2025〕154号，X证书已移交人社部门；2025-12-31 起教育系统不再组织X证书考试（已过去 332 天）",
		);
		expect(text.match(/现状：/g)).toHaveLength(1);
	});

	it("dates the status before the deadline by the days left", async () => {
		const text = await at("2025-06-01T02:00:00Z", "/cert 老年照护");
		expect(text).toContain(
			"教育部门须在 2025-12-31 前完成已报名学生的考证（还有 213 天）",
		);
	});

	it("never says the levels are unknown while its description or rounds list them", async () => {
		for (const c of bot.services.knowledge.certificates) {
			const text = await at("2026-11-28T02:00:00Z", `/cert ${c.id}`);
			const named = ["初级", "中级", "高级"].some((l) =>
				(c.description ?? "").includes(l),
			);
			if (named) expect(text).not.toContain("来源未列出等级");
		}
		const tax = await at("2026-11-28T02:00:00Z", "/cert c012");
		expect(tax).toContain("等级：初级、中级、高级");
	});

	it("says a skill-level occupation is a 人社 assessment, and finds it", async () => {
		const text = await at("2026-11-28T02:00:00Z", "/cert 电工");
		expect(text).toContain("类型：职业技能等级认定（人社部门，按职业和等级）");
		expect(text).toContain("现状：由人社部门备案的认定机构");
		expect(text).not.toContain("来源未列出等级");
	});

	it("finds a certificate by either name of a joint listing", async () => {
		for (const q of [
			"中国社会福利与养老服务协会",
			"北京中福长者文化科技有限公司",
		]) {
			const hits = bot.services.knowledge.searchOrganisations(q, 1);
			expect(hits[0]?.item.organisation).toBe(q);
			expect(hits[0]?.item.certificates.map((c) => c.id)).toContain("c004");
		}
	});
});

describe("/exam when no round is known", () => {
	it("after 2025-12-31: the hand-over, the past months, then where to ask", async () => {
		const text = await at("2026-01-01T02:00:00Z", "/exam 老年照护");
		const why = text.indexOf(
			"按人社厅函〔2025〕154号，教育部门须在 2025-12-31 前完成已报名学生的考证；这个日期已过去 1 天，此后教育系统不再组织X证书考试",
		);
		const months = text.indexOf("往年的考试月份（只供参考）：11月、12月");
		const ask = text.indexOf(
			"请咨询：学校1+X办公室（或教务处）；当地人力资源社会保障部门",
		);
		expect(why).toBeGreaterThan(0);
		expect(months).toBeGreaterThan(why);
		expect(ask).toBeGreaterThan(months);
		expect(text).not.toContain("培训评价组织（");
	});

	it("on 2025-12-31 in Shanghai: only students already registered", async () => {
		// 15:59 UTC is 23:59 in Shanghai, still the deadline day.
		const text = await at("2025-12-31T15:59:00Z", "/exam 老年照护");
		expect(text).toContain(
			"教育部门须在 2025-12-31 前完成已报名学生的考证（还有 0 天）：现在只为已经报名的学生安排考试",
		);
		const next = await at("2025-12-31T16:00:00Z", "/exam 老年照护");
		expect(next).toContain("这个日期已过去 1 天");
	});

	it("in English too, with the months named", async () => {
		bot.clock.set("2026-11-28T02:00:00Z");
		const { text } = await bot.say("console:student", "/exam 老年照护", {
			locale: "en",
		});
		expect(text).toContain("since then the education system holds no X exams");
		expect(text).toContain("November, December");
	});

	it("for a skill-level occupation: the 认定机构 set the dates", async () => {
		const text = await at("2026-11-28T02:00:00Z", "/exam 电工");
		expect(text).toContain("「电工」是人社部门的职业技能等级认定");
		expect(text).toContain("请咨询：");
	});

	it("subscribing to an X certificate says new rounds are unlikely; a skill-level one subscribes too", async () => {
		const x = await at("2026-11-28T02:00:00Z", "/subscribe 老年照护");
		expect(x).toContain("已为本聊天订阅「老年照护」");
		expect(x).toContain("2025-12-31 起教育系统不再组织X证书考试");
		const skill = await at("2026-11-28T02:00:00Z", "/subscribe 电工");
		expect(skill).toContain("已为本聊天订阅「电工」");
		expect(skill).not.toContain("X证书考试");
	});
});

describe("more ways of asking reach the hand-over answers", () => {
	it.each([
		["手里的1+X证书怎么办", "【已经考到的X证书还有效吗？还有用吗？】"],
		["X证书会作废吗", "【已经考到的X证书还有效吗？还有用吗？】"],
		["154号文是什么", "【X证书移交人社部是怎么回事？】"],
		["职业技能等级认定怎么报名", "【什么是职业技能等级认定？去哪里问？】"],
		["1+X考试什么时候报名", "【怎么报名X证书考试？】"],
	])("“%s”", async (q, heading) => {
		expect(await at("2026-11-28T02:00:00Z", q)).toContain(heading);
	});
});

describe("rounds, subscriptions and calendars for a skill-level occupation", () => {
	it("works as for an X certificate once an admin enters a round", async () => {
		bot.clock.set("2026-11-28T02:00:00Z");
		const added = await bot.say(
			"console:admin",
			"/exam add 电工 中级 exam=2027-03-20 register-by=2027-03-10",
		);
		expect(added.text).toContain("电工");
		const shown = await bot.say("console:student", "/exam 电工");
		expect(shown.text).toContain("考试日期");
		expect(shown.text).toContain("2027-03-20");
		const sub = await bot.say("console:s2", "/subscribe 电工");
		expect(sub.text).toContain("目前已知 1 个今后的考试批次");
		const ics = await bot.say("console:student", "/exam ics 电工");
		expect(ics.reply?.blocks.some((b) => b.type === "file")).toBe(true);
	});
});
