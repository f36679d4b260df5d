import { describe, expect, it } from "vitest";
import {
	STUDENT,
	T1,
	T2,
	trainingDialogue,
} from "../../helpers/training-dialogue.js";
import { ADMIN } from "../../helpers/training-fixtures.js";

describe("/progress", () => {
	it("shows practice days and hours with bars, shortfall and deadline, privately", async () => {
		const { say } = await trainingDialogue();
		await say(T1, "/log practice 2026-07-01 2026-07-31 甲公司");
		await say(T1, "/log practice 2026-07-20 2026-08-09 乙公司");
		await say(T1, "/log training 8 数控编程 2026-09-10");
		await say(T1, "/log training 4 去年的培训 2025-06-01");
		const a = await say(T1, "/进度");
		expect(a.private).toBe(true);
		expect(a.reply.blocks).toContainEqual({
			type: "progress",
			label: "企业实践（2024-09-01 至 2029-08-31）",
			value: 40,
			max: 180,
			unit: "天",
		});
		expect(a.text).toContain(
			"还差 140 天，须在 2029-08-31 前完成（还剩 1008 天）",
		);
		// Hours are per year (test policy): 2025-09-01 … 2026-08-31 holds none of them.
		expect(a.reply.blocks).toContainEqual({
			type: "progress",
			label: "培训学时（2026-09-01 至 2027-08-31）",
			value: 8,
			max: 72,
			unit: "学时",
		});
		expect(a.text).toContain("还差 64 学时，须在 2027-08-31 前完成");
		expect(a.text).toContain("依据：职业学校教师企业实践规定 第四条");
	});

	it("says when a requirement is met", async () => {
		const { say } = await trainingDialogue();
		await say(T1, "/log practice 2025-01-01 2025-06-30 甲公司");
		expect((await say(T1, "/progress")).text).toContain(
			"已达到要求（本周期至 2029-08-31）",
		);
	});

	it("does not require practice of a non-professional-course teacher", async () => {
		const { say } = await trainingDialogue();
		await say(T1, "/teacher profile professional=no");
		const a = await say(T1, "/progress");
		expect(a.text).toContain("非专业课教师");
		expect(a.reply.blocks.filter((b) => b.type === "progress")).toHaveLength(1);
	});

	it("shows the totals logged and asks for the period in one line when it is not set", async () => {
		const { say } = await trainingDialogue();
		await say(T2, "/log practice 2026-07-01 2026-08-31 甲公司");
		await say(T2, "/log practice 2026-08-01 2026-08-10 乙公司");
		await say(T2, "/log training 8 数控编程 2026-09-10");
		const a = await say(T2, "/progress");
		expect(a.text).toContain(
			"目前已登记：企业实践 62 天，培训 8 学时（共 3 条记录）",
		);
		expect(a.text).toContain("例如：/teacher profile 周期开始=2024-09-01");
	});

	it("says when the period set has ended, shows its result and offers the next one", async () => {
		const { say, training } = await trainingDialogue();
		await say(T2, "/teacher profile period=2021-09-01");
		await say(T2, "/log practice 2025-07-01 2025-08-31 甲公司");
		await say(T2, "/log practice 2026-10-01 2026-10-10 乙公司");
		const a = await say(T2, "/progress");
		expect(a.text).toContain(
			"你设置的考核周期 2021-09-01 至 2026-08-31 已经结束。这一周期的企业实践：62/180 天，差 118 天没有完成",
		);
		expect(a.choices).toEqual(["/teacher profile period=2026-09-01"]);
		await say(T2, a.choices[0] ?? "");
		expect((await training.profile(T2)).periodStart).toBe("2026-09-01");
		const b = await say(T2, "/progress");
		expect(b.text).not.toContain("已经结束");
		expect(b.reply.blocks).toContainEqual({
			type: "progress",
			label: "企业实践（2026-09-01 至 2031-08-31）",
			value: 10,
			max: 180,
			unit: "天",
		});
	});

	it("shows another teacher's progress to admins only", async () => {
		const { say } = await trainingDialogue();
		expect((await say(T2, `/progress ${T1}`)).text).toContain(
			"只有管理员可以查看别人的记录",
		);
		expect((await say(ADMIN, `/progress ${T1}`)).text).toContain(
			"张老师 的进度",
		);
		expect((await say(STUDENT, "/progress")).text).toContain("只对教师开放");
	});
});
