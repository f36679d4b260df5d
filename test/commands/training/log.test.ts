import { describe, expect, it } from "vitest";
import {
	STUDENT,
	T1,
	trainingDialogue,
} from "../../helpers/training-dialogue.js";

describe("/log training", () => {
	it("logs hours for today by default, privately", async () => {
		const { say, training } = await trainingDialogue();
		const a = await say(T1, "/log training 8 数控编程师资培训");
		expect(a.private).toBe(true);
		expect(a.text).toContain("#1 2026-11-28 培训 8 学时：数控编程师资培训");
		const [r] = await training.records({ key: T1, role: "teacher" }, T1);
		expect(r).toMatchObject({
			kind: "training",
			owner: T1,
			hours: 8,
			date: "2026-11-28",
			createdAt: "2026-11-28T02:00:00.000Z",
		});
	});

	it("keeps who logged what and when in the audit trail", async () => {
		const { say, training, clock } = await trainingDialogue();
		await say(T1, "/log training 8 数控编程 2026-07-01");
		clock.advance(60_000);
		await say(T1, "/log practice 2026-07-01 2026-08-31 某公司 参与产线调试");
		expect(await training.auditOf("1")).toEqual([
			{
				at: "2026-11-28T02:00:00.000Z",
				by: T1,
				action: "create",
				target: "1",
				owner: T1,
				changes: {
					kind: { from: null, to: "training" },
					date: { from: null, to: "2026-07-01" },
					hours: { from: null, to: 8 },
					title: { from: null, to: "数控编程" },
				},
			},
		]);
		expect(await training.auditOf("2")).toMatchObject([
			{
				at: "2026-11-28T02:01:00.000Z",
				action: "create",
				changes: {
					start: { to: "2026-07-01" },
					end: { to: "2026-08-31" },
					enterprise: { to: "某公司" },
					note: { to: "参与产线调试" },
				},
			},
		]);
	});

	it("reads a trailing date in the forms people type", async () => {
		const { say } = await trainingDialogue();
		for (const [typed, date] of [
			["2026-07-01", "2026-07-01"],
			["2026/7/2", "2026-07-02"],
			["7月3日", "2026-07-03"],
			["昨天", "2026-11-27"],
			["今天", "2026-11-28"],
		]) {
			const a = await say(T1, `/log training 1.5 Web 前端 说明会 ${typed}`);
			expect(a.text).toContain(`${date} 培训 1.5 学时：Web 前端 说明会`);
		}
		// A version number may be a date: asked, never decided silently.
		const asked = await say(T1, "/登记 培训 2 Python 3.12");
		expect(asked.text).toContain("「3.12」可以读作日期 2026-03-12");
		expect(asked.choices).toHaveLength(2);
		expect((await say(T1, asked.choices[1] ?? "")).text).toContain(
			"2026-11-28 培训 2 学时：Python 3.12",
		);
	});

	it("rejects negative hours with an example", async () => {
		const { say, training } = await trainingDialogue();
		const a = await say(T1, "/log training -3 培训");
		expect(a.text).toContain("学时必须大于 0，收到的是 -3");
		expect(a.text).toContain(
			"例如：/log training 8 数控编程师资培训 2026-07-01",
		);
		expect(
			await training.records({ key: T1, role: "teacher" }, T1),
		).toHaveLength(0);
	});

	it("rejects hours that are not a number, and absurd hours", async () => {
		const { say } = await trainingDialogue();
		const a = await say(T1, "/log training abc 培训");
		expect(a.text).toContain("没有读到学时。请把学时写在最前面");
		expect((await say(T1, "/log training 1e9 培训")).text).toContain(
			"「1e9」不是学时数",
		);
		expect(a.text).toContain("例如：");
		expect((await say(T1, "/log training 0 培训")).text).toContain(
			"学时必须大于 0",
		);
		expect((await say(T1, "/log training 500 培训")).text).toContain(
			"一条记录最多 200 学时",
		);
	});

	it("rejects hours that would be stored as 0 after rounding, with an example", async () => {
		const { say, training } = await trainingDialogue();
		const a = await say(T1, "/log training 0.004 培训");
		expect(a.text).toContain("0.004 会记成 0");
		expect(a.text).toContain("最少 0.01");
		expect(a.text).toContain(
			"例如：/log training 8 数控编程师资培训 2026-07-01",
		);
		expect(
			await training.records({ key: T1, role: "teacher" }, T1),
		).toHaveLength(0);
		expect((await say(T1, "/log training 0.006 培训")).text).toContain(
			"0.01 学时：培训",
		);
	});

	it("rejects a future date and an impossible one", async () => {
		const { say, training } = await trainingDialogue();
		const a = await say(T1, "/log training 4 培训 明天");
		expect(a.text).toContain("2026-11-29 在今天（2026-11-28）之后");
		expect(a.text).toContain("例如：");
		const b = await say(T1, "/log training 4 培训 2026-02-30");
		expect(b.text).toContain("「2026-02-30」像是日期，但没有这一天");
		expect(
			await training.records({ key: T1, role: "teacher" }, T1),
		).toHaveLength(0);
	});

	it("answers in English when the user's locale is English", async () => {
		const { say } = await trainingDialogue();
		const a = await say(T1, "/log training -1 workshop", { locale: "en" });
		expect(a.text).toContain("Hours must be more than 0; got -1.");
		expect(a.text).toContain("For example:");
	});
});

describe("/log practice", () => {
	it("logs a period and counts its days", async () => {
		const { say } = await trainingDialogue();
		const a = await say(
			T1,
			"/log practice 2026-07-01 2026-08-31 某数控设备有限公司 参与产线调试",
		);
		expect(a.private).toBe(true);
		expect(a.text).toContain(
			"#1 2026-07-01 至 2026-08-31 企业实践 62 天：某数控设备有限公司（参与产线调试）",
		);
	});

	it("accepts overlapping periods but says the overlap counts once", async () => {
		const { say, training } = await trainingDialogue();
		await say(T1, "/log practice 2026-07-01 2026-07-31 甲公司");
		const a = await say(T1, "/登记 实践 7月20日 8月9日 乙公司");
		expect(a.text).toContain("与 #1 有 12 天重叠");
		expect((await training.progress(T1, "2026-11-28")).practice.done).toBe(40);
	});

	it("rejects an end before the start, with an example", async () => {
		const { say, training } = await trainingDialogue();
		const a = await say(T1, "/log practice 2026-08-31 2026-07-01 某公司");
		expect(a.text).toContain("结束日期 2026-07-01 早于开始日期 2026-08-31");
		expect(a.text).toContain("例如：/log practice 2026-07-01 至 2026-08-31");
		expect(
			await training.records({ key: T1, role: "teacher" }, T1),
		).toHaveLength(0);
	});

	it("rejects a period that ends in the future", async () => {
		const { say } = await trainingDialogue();
		const a = await say(T1, "/log practice 2026-11-01 2026-12-31 某公司");
		expect(a.text).toContain("2026-12-31 在今天（2026-11-28）之后");
	});

	it("says what is missing, with a quoted enterprise among the examples", async () => {
		const { say } = await trainingDialogue();
		const a = await say(T1, "/log practice 2026-07-01 2026-08-31");
		expect(a.text).toContain("没有读到企业名称");
		expect(a.text).toContain("例如：");
		expect(a.text).toContain('"Bosch Rexroth" 参与产线调试');
	});

	it("reads an unquoted name with a space as enterprise and note, and says how to quote it", async () => {
		const { say, training } = await trainingDialogue();
		const a = await say(T1, "/log practice 2026-07-01 2026-08-31 Some Co");
		expect(a.text).toContain("企业：Some；备注：Co。");
		expect(a.text).toContain('"Some Co"');
		const b = await say(T1, '/log practice 2026-09-01 2026-09-30 "Some Co"');
		expect(b.text).toContain("企业实践 30 天：Some Co");
		expect(b.text).not.toContain("备注");
		expect(
			(await training.records({ key: T1, role: "teacher" }, T1)).map((r) =>
				r.kind === "practice" ? [r.enterprise, r.note] : [],
			),
		).toEqual([
			["Some Co", undefined],
			["Some", "Co"],
		]);
	});
});

describe("/log access", () => {
	it("is not open to students", async () => {
		const { say, training } = await trainingDialogue();
		const a = await say(STUDENT, "/log training 8 培训");
		expect(a.text).toContain("/log training 只对教师开放");
		expect(a.text).toContain("/teacher join");
		expect(
			await training.records({ key: STUDENT, role: "admin" }, STUDENT),
		).toEqual([]);
	});
});
