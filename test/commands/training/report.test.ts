import { describe, expect, it } from "vitest";
import { T1, T2, trainingDialogue } from "../../helpers/training-dialogue.js";
import { ADMIN } from "../../helpers/training-fixtures.js";

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
			await training.grant({ actor: admin, ...at }, key);
			await training.updateProfile(
				{ actor: { key, role: "teacher" }, ...at },
				{ name, department: "机电工程系", periodStart: period },
			);
		}
		await say(T3, "/log practice 2025-01-01 2025-03-31 甲公司");
		await say(T4, "/log practice 2024-06-01 2024-11-30 乙公司");
		for (const key of [T3, T4])
			await say(key, "/log training 72 年度培训 2026-03-10");
		const a = await say(ADMIN, "/报表");
		expect(a.private).toBe(true);
		expect(a.text).toContain("进度报表 · 全部院系 · 2026-11-28");
		expect(a.text).toContain("共 4 位教师：2 位未达标，1 位已达标。");
		expect(a.text).toContain("另有 1 位未设置考核周期、0 位考核周期已结束");
		const lines = a.text.split("\n").filter((l) => /^\d+\. /.test(l));
		expect(lines).toEqual([
			`1. 「王老师」（${T3}）：企业实践差 90 天（2027-02-28 截止，剩 93 天）`,
			`2. 「张老师」（${T1}）：企业实践差 180 天（2029-08-31 截止，剩 1008 天）；培训差 72 学时（2027-08-31 截止）`,
		]);
		// Listed apart, after the assessed ones, never as 未达标.
		expect(a.text.indexOf(`• 「李老师」（${T2}）`)).toBeGreaterThan(
			a.text.indexOf("未设置考核周期（无法评估"),
		);
	});

	it("narrows to one department", async () => {
		const { say } = await trainingDialogue();
		const a = await say(ADMIN, "/report 信息工程系");
		expect(a.text).toContain("共 1 位教师");
		expect(a.text).toContain("李老师");
		expect(a.text).not.toContain("张老师");
		const none = await say(ADMIN, "/report 不存在的系");
		expect(none.text).toContain("没有找到教师");
		expect(none.choices).toEqual(["/report 信息工程系", "/report 机电工程系"]);
	});

	it("lists a teacher whose period has ended apart, with that period's result", async () => {
		const { say } = await trainingDialogue();
		await say(T2, "/teacher profile period=2021-09-01");
		await say(T2, "/log practice 2025-07-01 2025-08-31 甲公司");
		const a = await say(ADMIN, "/report");
		expect(a.text).toContain("共 2 位教师：1 位未达标，0 位已达标。");
		expect(a.text).toContain("考核周期已结束、尚未确认新周期：");
		expect(a.text).toContain(
			`• 「李老师」（${T2}）：2021-09-01 至 2026-08-31 企业实践 62/180 天`,
		);
		const lines = a.text.split("\n").filter((l) => /^\d+\. /.test(l));
		expect(lines.join("\n")).not.toContain("李老师");
	});

	it("matches a department by part of its name", async () => {
		const { say } = await trainingDialogue();
		const a = await say(ADMIN, "/report 信息");
		expect(a.text).toContain("进度报表 · 信息 · 2026-11-28");
		expect(a.text).toContain("李老师");
		expect(a.text).not.toContain("张老师");
		expect((await say(ADMIN, "/report 机电")).text).toContain("张老师");
	});

	it("names a granted teacher by the platform's display name until they set one", async () => {
		const { say, training } = await trainingDialogue();
		const T5 = "telegram:502";
		await say(ADMIN, `/role grant ${T5} teacher`);
		await say(T5, "/log training 2 说明会 2026-07-02", { name: "陈 老师" });
		await say(T1, "/log training 2 说明会 2026-07-02", { name: "Zhang San" });
		await say(ADMIN, "/role grant telegram:503 teacher");
		await say(ADMIN, "/log training 1 管理员自己的培训", { name: "教务处" });
		const a = await say(ADMIN, "/report");
		expect(a.text).toContain(`• 「陈 老师」（${T5}）`);
		expect(a.text).not.toContain(`. ${T5}：`);
		// A name the teacher chose is kept; one who never wrote has only the key.
		expect(a.text).toContain(`「张老师」（${T1}）`);
		expect(a.text).toContain("• telegram:503");
		expect(a.text).not.toContain("教务处");
		expect((await training.profile(T5)).name).toBe("陈 老师");
		await say(T5, "/teacher profile name=陈明", { name: "陈 老师" });
		expect((await training.profile(T5)).name).toBe("陈明");
	});

	it("is for admins only", async () => {
		const { say } = await trainingDialogue();
		expect((await say(T1, "/report")).text).toContain("只对管理员开放");
	});
});
