import { describe, expect, it } from "vitest";
import {
	STUDENT,
	T1,
	T2,
	trainingDialogue,
} from "../../helpers/training-dialogue.js";
import { ADMIN } from "../../helpers/training-fixtures.js";

describe("/delete", () => {
	it("deletes one's own record and keeps a copy in the audit trail", async () => {
		const { say, training } = await trainingDialogue();
		await say(T1, "/log training 8 数控编程 2026-07-01");
		const asked = await say(T1, "/删除 #1");
		expect(asked.text).toContain("确定要删除下面 1 条记录吗");
		expect(
			await training.records({ key: T1, role: "teacher" }, T1),
		).toHaveLength(1);
		const a = await say(T1, asked.choices[0] ?? "");
		expect(a.private).toBe(true);
		expect(a.text).toContain("已删除");
		expect(a.text).toContain("#1 2026-07-01 培训 8 学时：数控编程");
		expect(await training.records({ key: T1, role: "teacher" }, T1)).toEqual(
			[],
		);
		expect(await training.auditOf("1")).toMatchObject([
			{ action: "create" },
			{ action: "delete", by: T1, owner: T1, before: { title: "数控编程" } },
		]);
	});

	it("treats someone else's id as not found, with an example", async () => {
		const { say, training } = await trainingDialogue();
		await say(T2, "/log training 3 李老师的培训 2026-07-02");
		const a = await say(T1, "/delete 1");
		expect(a.text).toContain("你的记录里没有 #1");
		expect(a.text).toContain("例如：/delete 12");
		expect(
			await training.records({ key: T2, role: "teacher" }, T2),
		).toHaveLength(1);
	});

	it("rejects an id that is not a number", async () => {
		const { say } = await trainingDialogue();
		expect((await say(T1, "/delete abc")).text).toContain(
			"「abc」不是记录编号",
		);
	});

	it("lets an admin delete anyone's record only with a reason", async () => {
		const { say, training } = await trainingDialogue();
		await say(T2, "/log training 3 重复的培训 2026-07-02");
		const a = await say(ADMIN, "/delete 1");
		expect(a.text).toContain(`#1 是 ${T2} 的记录`);
		expect(a.text).toContain("例如：/delete 1 录入错误");
		expect(
			await training.records({ key: T2, role: "teacher" }, T2),
		).toHaveLength(1);
		const asked = await say(ADMIN, "/delete 1 与 #2 重复登记");
		await say(ADMIN, asked.choices[0] ?? "");
		expect(
			await training.records({ key: T2, role: "teacher" }, T2),
		).toHaveLength(0);
		expect(await training.auditOf("1")).toMatchObject([
			{ action: "create" },
			{ action: "delete", by: ADMIN, owner: T2, reason: "与 #2 重复登记" },
		]);
	});

	it("is not open to students", async () => {
		const { say } = await trainingDialogue();
		expect((await say(STUDENT, "/delete 1")).text).toContain("只对教师开放");
	});
});
