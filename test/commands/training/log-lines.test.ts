import { describe, expect, it } from "vitest";
import type { TrainingRecord } from "../../../src/features/training/training-port.js";
import { T1, T2, trainingDialogue } from "../../helpers/training-dialogue.js";

// The fixed clock: 2026-11-28 10:00 in Shanghai (02:00 UTC), a Saturday.
const mine = (
	training: { records: (a: never, o: string) => Promise<TrainingRecord[]> },
	who = T1,
) => training.records({ key: who, role: "teacher" } as never, who);

describe("/log lines as the issue quotes them, each saved exactly as meant", () => {
	it.each([
		["/log training 8 培训 上周五", "2026-11-20", 8, "培训"],
		["/log training 8 培训 11.20", "2026-11-20", 8, "培训"],
		["/log training 8 2026-11-01 师资培训", "2026-11-01", 8, "师资培训"],
		["/log training 8 培训 last friday", "2026-11-27", 8, "培训"],
		["/log training 8 培训 yesterday", "2026-11-27", 8, "培训"],
		["/log training 8 前天 培训", "2026-11-26", 8, "培训"],
		["/log training 8 培训 11/20", "2026-11-20", 8, "培训"],
		["/log training 8 2026年11月1日 培训", "2026-11-01", 8, "培训"],
		["/log training 16学时 师资培训 2026-10-12", "2026-10-12", 16, "师资培训"],
		["/log training 3小时 说明会", "2026-11-28", 3, "说明会"],
		["/log training 2.5h Web前端说明会", "2026-11-28", 2.5, "Web前端说明会"],
		["/log training ８ 全角培训 １１．２０", "2026-11-20", 8, "全角培训"],
		[
			"/log training 4 师资培训 14:00 上周五",
			"2026-11-20",
			4,
			"师资培训 14:00",
		],
	])("%s → %s, %s h, %s", async (line, date, hours, title) => {
		const { say, training } = await trainingDialogue();
		const a = await say(T1, line);
		expect(a.text).toContain("已保存");
		expect(await mine(training)).toMatchObject([
			{ kind: "training", date, hours, title },
		]);
	});

	it("counts relative days in Shanghai, not in UTC, late in the UTC day", async () => {
		const { say, training, clock } = await trainingDialogue();
		clock.set("2026-11-28T17:30:00Z"); // 01:30 on Sunday the 29th in Shanghai
		await say(T1, "/log training 8 培训 昨天");
		await say(T1, "/log training 2 说明会 上周五");
		expect(
			(await mine(training)).map((r) => r.kind === "training" && r.date),
		).toEqual(["2026-11-28", "2026-11-20"]);
	});

	it("says how a relative date was read", async () => {
		const { say } = await trainingDialogue();
		const a = await say(T1, "/log training 8 培训 上周五");
		expect(a.text).toContain("日期读作：上周五 → 2026-11-20");
	});

	it.each([
		[
			"/log practice 2026-07-01 至 2026-08-31 某公司",
			"2026-07-01",
			"2026-08-31",
			"某公司",
		],
		[
			"/log practice 7月1日到8月31日 某公司",
			"2026-07-01",
			"2026-08-31",
			"某公司",
		],
		[
			"/log practice 2025-07-01 至 2025-08-15 某公司",
			"2025-07-01",
			"2025-08-15",
			"某公司",
		],
		[
			"/log practice 2025/1/10-2025/2/20 某公司",
			"2025-01-10",
			"2025-02-20",
			"某公司",
		],
		[
			"/log practice 10月12日-10月14日 某公司",
			"2026-10-12",
			"2026-10-14",
			"某公司",
		],
		[
			"/log practice 10月12日—10月14日 某公司",
			"2026-10-12",
			"2026-10-14",
			"某公司",
		],
		[
			"/log practice 10月12日~10月14日 某公司",
			"2026-10-12",
			"2026-10-14",
			"某公司",
		],
		[
			"/log practice 7月1日一8月31日 某公司",
			"2026-07-01",
			"2026-08-31",
			"某公司",
		],
		[
			"/log practice ２０２６－０７－０１ ２０２６－０７－０３ 某公司",
			"2026-07-01",
			"2026-07-03",
			"某公司",
		],
		[
			"/log practice 海尔集团 2026-10-08 2026-10-20",
			"2026-10-08",
			"2026-10-20",
			"海尔集团",
		],
		[
			"/log practice 海尔集团 2026-10-08 3天",
			"2026-10-08",
			"2026-10-10",
			"海尔集团",
		],
	])("%s → %s … %s at %s", async (line, start, end, enterprise) => {
		const { say, training } = await trainingDialogue();
		const a = await say(T1, line);
		expect(a.text).toContain("已保存");
		expect(await mine(training)).toMatchObject([
			{ kind: "practice", start, end, enterprise },
		]);
		expect((await mine(training))[0]).not.toHaveProperty("note");
	});

	it.each([
		[
			"/log training 8 培训 11.20 2026-11-01",
			"读到了不止一个日期：11.20 → 2026-11-20；2026-11-01 → 2026-11-01",
		],
		[
			"/log training 8 培训 10月12日-10月14日",
			"这里读到的是一段：10月12日-10月14日 → 2026-10-12 ~ 2026-10-14",
		],
		["/log training 8 培训 2月31日", "「2月31日」像是日期，但没有这一天"],
		["/log training 8 培训 2026-02-31", "「2026-02-31」像是日期，但没有这一天"],
		["/log training 8 培训 明天", "2026-11-29 在今天（2026-11-28）之后"],
		["/log training 8 培训 2024-08-01", "在你的考核周期开始（2024-09-01）之前"],
		["/log training 1e9 培训", "「1e9」不是学时数"],
		["/log training 0.001 培训", "0.001 会记成 0"],
		["/log training 500 培训", "一条记录最多 200 学时"],
		[
			`/log training 8 ${"长".repeat(1900)}`,
			"太长了（1900 个字），最多 100 个字",
		],
		["/log practice 2023-01-01 2026-01-01 某公司", "一段企业实践最长 731 天"],
		[
			"/log practice 2026-07-01 某公司",
			"只读到一个日期：2026-07-01 → 2026-07-01",
		],
		["/log practice __proto__ constructor toString", "没有读到企业实践的日期"],
		[
			"/log practice 2024-01-01 2024-03-01 某公司",
			"在你的考核周期开始（2024-09-01）之前",
		],
	])(
		"refuses %s with how it was read, saving nothing",
		async (line, message) => {
			const { say, training } = await trainingDialogue();
			const a = await say(T1, line);
			expect(a.text).toContain(message);
			expect(a.text).toContain("例如：");
			expect(await mine(training)).toEqual([]);
		},
	);

	it("never takes __proto__ or toString for a date in a training line", async () => {
		const { say, training } = await trainingDialogue();
		await say(T1, "/log training 2 __proto__ toString constructor");
		expect(await mine(training)).toMatchObject([
			{ date: "2026-11-28", title: "__proto__ toString constructor" },
		]);
	});

	it("asks before saving the same record twice, and saves it on the press", async () => {
		const { say, training } = await trainingDialogue();
		await say(T1, "/log training 8 培训 上周五");
		const again = await say(T1, "/log training 8 培训 上周五");
		expect(again.text).toContain("已经有一条相同的记录 #1");
		expect(again.choices).toEqual([
			"/log training 8 2026-11-20 「培训」 --again",
		]);
		expect(await mine(training)).toHaveLength(1);
		await say(T1, again.choices[0] ?? "");
		expect(await mine(training)).toHaveLength(2);
		const p1 = await say(T1, "/log practice 海尔集团 2026-10-08 2026-10-20");
		expect(p1.text).toContain("已保存");
		const p2 = await say(T1, "/log practice 2026-10-08 至 2026-10-20 海尔集团");
		expect(p2.text).toContain("已经有一条相同的记录 #3");
		expect(await mine(training)).toHaveLength(3);
	});

	it("reads a year-less range that crosses new year into the right years", async () => {
		const { say, training } = await trainingDialogue();
		await say(T2, "/log practice 12月20日到1月10日 某公司");
		expect(await mine(training, T2)).toMatchObject([
			{ start: "2025-12-20", end: "2026-01-10" },
		]);
	});

	it("refuses control characters in a slash-command title instead of saving them", async () => {
		const { training } = await trainingDialogue();
		await expect(
			training.logTraining(
				{
					actor: { key: T1, role: "teacher" },
					now: new Date("2026-11-28T02:00:00Z"),
					today: "2026-11-28",
				},
				{ hours: 2, title: "培训\u202E反向", date: "2026-11-01" },
			),
		).rejects.toMatchObject({ code: "training.text_control_chars" });
		expect(await mine(training)).toEqual([]);
	});
});

describe("words that point at a time but not at a day", () => {
	it.each([
		["/log training 8 上周 培训", "「上周」不是具体的某一天"],
		["/log training 8 上个月的培训", "「上个月」不是具体的某一天"],
		["/log training 8 11月培训", "「11月」不是具体的某一天"],
		["/log training 8 培训 last week", "「last week」不是具体的某一天"],
		["/log practice 7月到8月 某公司", "「7月」不是具体的某一天"],
	])("refuses %s instead of saving today's date", async (line, message) => {
		const { say, training } = await trainingDialogue();
		const a = await say(T1, line);
		expect(a.text).toContain(message);
		expect(await mine(training)).toEqual([]);
	});

	it("reads 去年12月20日 as last year's day and says so", async () => {
		const { say, training } = await trainingDialogue();
		const a = await say(T1, "/log training 8 去年12月20日 培训");
		expect(a.text).toContain("日期读作：去年12月20日 → 2025-12-20");
		expect(await mine(training)).toMatchObject([{ date: "2025-12-20" }]);
	});
});

describe("/log from a slash command (named fields)", () => {
	it("keeps an enterprise with spaces whole and still reads a date inside the title", async () => {
		const { dispatcher, training } = await trainingDialogue();
		const invoke = (path: string[], args: Record<string, string>) =>
			dispatcher.handle({
				platform: "discord",
				user: { key: T1 },
				chat: { key: "discord:channel:1", kind: "group" },
				locale: "zh-CN",
				invocation: { path, args },
			});
		await invoke(["log", "practice"], {
			start: "2026-07-01",
			end: "2026-07-31",
			enterprise: "Bosch Rexroth",
			note: "产线 调试",
		});
		await invoke(["log", "training"], { hours: "8", title: "师资培训 上周五" });
		expect(await mine(training)).toMatchObject([
			{ kind: "training", date: "2026-11-20", title: "师资培训" },
			{ kind: "practice", enterprise: "Bosch Rexroth", note: "产线 调试" },
		]);
	});
});

describe("a quoted title is taken literally", () => {
	it("keeps 11月 and 3.12 in a quoted title and reads the date outside it", async () => {
		const { say, training } = await trainingDialogue();
		await say(T1, "/log training 2 「11月例会 Python 3.12」 2026-11-20");
		expect(await mine(training)).toMatchObject([
			{ date: "2026-11-20", title: "11月例会 Python 3.12" },
		]);
	});
});
