import { describe, expect, it } from "vitest";
import type { TrainingRecord } from "../../../src/features/training/training-port.js";
import { T1, trainingDialogue } from "../../helpers/training-dialogue.js";

// Lines typed the way teachers write them in a hurry, beyond the ones the issue quotes.
// The fixed clock: 2026-11-28 10:00 in Shanghai (02:00 UTC), a Saturday.
const mine = (training: {
	records: (a: never, o: string) => Promise<TrainingRecord[]>;
}) => training.records({ key: T1, role: "teacher" } as never, T1);

describe("ranges written with a plain hyphen between dotted or slashed dates", () => {
	it.each([
		["/log practice 2026.7.1-8.31 某公司", "2026-07-01", "2026-08-31"],
		["/log practice 7.1-8.31 某公司", "2026-07-01", "2026-08-31"],
		["/log practice 7/1-8/31 某公司", "2026-07-01", "2026-08-31"],
		["/log practice 2026/7/1-8/31 某公司", "2026-07-01", "2026-08-31"],
		["/log practice 某公司 10.12-10.14", "2026-10-12", "2026-10-14"],
	])("%s → %s … %s", async (line, start, end) => {
		const { say, training } = await trainingDialogue();
		const a = await say(T1, line);
		expect(a.text).toContain("已保存");
		expect(await mine(training)).toMatchObject([
			{ kind: "practice", start, end, enterprise: "某公司" },
		]);
	});

	it("does not take the end of 11.20-11.25 into a training title", async () => {
		const { say, training } = await trainingDialogue();
		const a = await say(T1, "/log training 8 11.20-11.25 师资培训");
		expect(a.text).not.toContain("已保存");
		expect(await mine(training)).toEqual([]);
	});
});

describe("a range whose end gives only the day (11月20日至25日)", () => {
	it.each([
		["/log practice 11月20日至25日 某公司", "2026-11-20", "2026-11-25"],
		["/log practice 7月10日到20日 某公司", "2026-07-10", "2026-07-20"],
		["/log practice 2026年7月1日-31日 某公司", "2026-07-01", "2026-07-31"],
		["/log practice 某公司 10月12日—14号", "2026-10-12", "2026-10-14"],
		["/log practice 10.12-14 某公司", "2026-10-12", "2026-10-14"],
	])("%s → %s … %s, the enterprise whole", async (line, start, end) => {
		const { say, training } = await trainingDialogue();
		const a = await say(T1, line);
		expect(a.text).toContain("已保存");
		expect(await mine(training)).toMatchObject([
			{ kind: "practice", start, end, enterprise: "某公司" },
		]);
		expect((await mine(training))[0]).not.toHaveProperty("note");
	});

	it("never reads the end day as a number of days", async () => {
		const { say, training } = await trainingDialogue();
		await say(T1, "/log practice 7月10日到20日 某公司");
		expect(await mine(training)).toMatchObject([{ end: "2026-07-20" }]);
	});

	it("refuses an end day before the start instead of moving the start a year back", async () => {
		const { say, training } = await trainingDialogue();
		const a = await say(T1, "/log practice 11月25日至20日 某公司");
		expect(a.text).toContain("结束日期 2026-11-20 早于开始日期 2026-11-25");
		expect(await mine(training)).toEqual([]);
	});

	it("does not fold -25日 into a training title", async () => {
		const { say, training } = await trainingDialogue();
		const a = await say(T1, "/log training 8 11月20-25日 师资培训");
		expect(a.text).toContain("2026-11-20 ~ 2026-11-25");
		expect(await mine(training)).toEqual([]);
	});
});

describe("hours that are not a number", () => {
	it.each([
		["zh-CN", "「1e9」不是学时数", /hours/],
		["en", '"1e9" is not a number of hours', /学时数/],
	] as const)(
		"are named in the teacher's language (%s)",
		async (locale, message, foreign) => {
			const { say, training } = await trainingDialogue();
			const a = await say(T1, "/log training 1e9 培训", { locale });
			expect(a.text).toContain(message);
			expect(a.text).not.toMatch(foreign);
			expect(await mine(training)).toEqual([]);
		},
	);
});

describe("a refusal names a record field in the teacher's language", () => {
	it.each([
		["/log training 8 昨天", "zh-CN", "「标题」不能为空"],
		["/log training 8 yesterday", "en", "“title” must not be empty"],
		["/edit 1 hours ten", "zh-CN", "参数「学时」"],
		["/修改 1 日期 11.31", "zh-CN", "参数「日期」"],
	] as const)("%s (%s) → %s", async (line, locale, message) => {
		const { say, training } = await trainingDialogue();
		await say(T1, "/log training 4 师资培训 2026-11-20");
		const before = JSON.stringify(await mine(training));
		const a = await say(T1, line, { locale });
		expect(a.text).toContain(message);
		if (locale === "zh-CN")
			expect(a.text).not.toMatch(/「(?:title|hours|date)」/);
		expect(JSON.stringify(await mine(training))).toBe(before);
	});
});

describe("a practice range that runs up to today or between relative days", () => {
	it.each([
		["/log practice 2026-11-01 到 今天 某公司", "2026-11-01", "2026-11-28"],
		["/log practice 2026-11-01 至今 某公司", "2026-11-01", "2026-11-28"],
		["/log practice 某公司 11月1日到昨天", "2026-11-01", "2026-11-27"],
		["/log practice 上周一到上周五 某公司", "2026-11-16", "2026-11-20"],
		["/log practice 2026-11-01 到现在 某公司", "2026-11-01", "2026-11-28"],
	])("%s → %s … %s, the enterprise whole", async (line, start, end) => {
		const { say, training } = await trainingDialogue();
		const a = await say(T1, line);
		expect(a.text).toContain("已保存");
		expect(a.text).toContain("日期读作");
		expect(await mine(training)).toMatchObject([
			{ kind: "practice", start, end, enterprise: "某公司" },
		]);
		expect((await mine(training))[0]).not.toHaveProperty("note");
	});
});

describe("the unit of the hours written as its own word", () => {
	it.each([
		["/log training 3 hours yesterday CNC workshop", 3, "CNC workshop"],
		["/log training 2 h 2026-11-27 safety", 2, "safety"],
		["/log training 8 学时 昨天 数控培训", 8, "数控培训"],
		["/log training 8 hope 昨天 workshop", 8, "hope workshop"],
	])("%s → %s h, %s", async (line, hours, title) => {
		const { say, training } = await trainingDialogue();
		const a = await say(T1, line);
		expect(a.text).toContain("已保存");
		expect(await mine(training)).toMatchObject([
			{ kind: "training", date: "2026-11-27", hours, title },
		]);
	});
});
