import { describe, expect, it } from "vitest";
import { T1, T2, trainingDialogue } from "../helpers/training-dialogue.js";
import { ADMIN } from "../helpers/training-fixtures.js";

const T3 = "discord:3003";
const T4 = "discord:3004";

describe("/report", () => {
	it("lists who is behind and by how much, most urgent first, privately", async () => {
		const { say, training, clock } = await trainingDialogue();
		const at = { now: clock.now(), today: "2026-11-28" };
		const admin = { key: ADMIN, role: "admin" as const };
		for (const [key, name, period] of [
			[T3, "王老师", "2022-03-01"], // period ends 2027-02-28: 92 days left
			[T4, "赵老师", "2024-03-01"],
		] as const) {
			await training.grant(admin, key, at);
			await training.updateProfile(
				{ key, role: "teacher" },
				{ name, department: "机电工程系", periodStart: period },
				at,
			);
		}
		await say(T3, "/log practice 2025-01-01 2025-03-31 甲公司");
		await say(T4, "/log practice 2024-06-01 2024-11-30 乙公司");
		for (const key of [T3, T4])
			await say(key, "/log training 72 年度培训 2026-03-10");
		const a = await say(ADMIN, "/报表");
		expect(a.private).toBe(true);
		expect(a.text).toContain("进度报表 · 全部院系 · 2026-11-28");
		expect(a.text).toContain("共 4 位教师：3 位未达标，1 位已达标。");
		const lines = a.text.split("\n").filter((l) => /^\d+\. /.test(l));
		expect(lines).toEqual([
			`1. 李老师（${T2}）：未设置考核周期，无法计算`,
			`2. 王老师（${T3}）：企业实践差 90 天（2027-02-28 截止，剩 93 天）`,
			`3. 张老师（${T1}）：企业实践差 180 天（2029-08-31 截止，剩 1008 天）；培训差 72 学时（2027-08-31 截止）`,
		]);
	});

	it("narrows to one department", async () => {
		const { say } = await trainingDialogue();
		const a = await say(ADMIN, "/report 信息工程系");
		expect(a.text).toContain("共 1 位教师");
		expect(a.text).toContain("李老师");
		expect(a.text).not.toContain("张老师");
		expect((await say(ADMIN, "/report 不存在的系")).text).toContain(
			"没有找到教师",
		);
	});

	it("is for admins only", async () => {
		const { say } = await trainingDialogue();
		expect((await say(T1, "/report")).text).toContain("只对管理员开放");
	});
});
