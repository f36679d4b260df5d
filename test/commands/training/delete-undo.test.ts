import { describe, expect, it } from "vitest";
import { T1, T2, trainingDialogue } from "../../helpers/training-dialogue.js";

const mine = { key: T1, role: "teacher" as const };

describe("/delete several records, with confirmation and undo", () => {
	it("deletes #3 and #5 together after the press, not 5 as a reason", async () => {
		const { say, training } = await trainingDialogue();
		for (const d of ["01", "02", "03", "04", "05"])
			await say(T1, `/log training 2 培训${d} 2026-07-${d}`);
		const asked = await say(T1, "/delete 3 5");
		expect(asked.text).toContain("确定要删除下面 2 条记录吗");
		expect(asked.text).toContain("#3 2026-07-03 培训 2 学时：培训03");
		expect(asked.text).toContain("#5 2026-07-05 培训 2 学时：培训05");
		expect(asked.choices).toEqual(["/delete 3 5 --yes", "/delete --cancel"]);
		expect(await training.records(mine, T1)).toHaveLength(5);
		const done = await say(T1, "/delete 3 5 --yes");
		expect(done.text).toContain("已删除");
		expect(done.choices).toEqual(["/undo 3 5"]);
		expect((await training.records(mine, T1)).map((r) => r.id)).toEqual([
			"4",
			"2",
			"1",
		]);
		expect(await training.auditOf("5")).toMatchObject([
			{ action: "create" },
			{ action: "delete", by: T1 },
		]);
		expect((await training.auditOf("5"))[1]?.reason).toBeUndefined();
	});

	it("refuses extra words from a teacher clearly, deleting nothing", async () => {
		const { say, training } = await trainingDialogue();
		await say(T1, "/log training 2 培训 2026-07-01");
		const a = await say(T1, "/delete 1 重复了");
		expect(a.text).toContain("/delete 后面只写记录编号，「重复了」不是编号");
		expect(a.choices).toEqual([]);
		expect(await training.records(mine, T1)).toHaveLength(1);
	});

	it("cancels when asked to keep them", async () => {
		const { say, training } = await trainingDialogue();
		await say(T1, "/log training 2 培训 2026-07-01");
		const asked = await say(T1, "/delete 1");
		expect((await say(T1, asked.choices[1] ?? "")).text).toContain(
			"没有删除任何记录",
		);
		expect(await training.records(mine, T1)).toHaveLength(1);
	});

	it("deletes none when one of the ids is not the teacher's", async () => {
		const { say, training } = await trainingDialogue();
		await say(T1, "/log training 2 培训 2026-07-01");
		await say(T2, "/log training 2 别人的 2026-07-01");
		const a = await say(T1, "/delete 1 2 --yes");
		expect(a.text).toContain("你的记录里没有 #2");
		expect(await training.records(mine, T1)).toHaveLength(1);
	});

	it("restores the latest deletion with /undo, and the audit keeps both", async () => {
		const { say, training, clock } = await trainingDialogue();
		await say(T1, "/log training 8 数控编程 2026-07-01");
		await say(T1, "/log practice 2026-07-01 2026-07-31 甲公司");
		await say(T1, "/delete 1 2 --yes");
		clock.advance(3600_000);
		const a = await say(T1, "/undo");
		expect(a.text).toContain("已恢复");
		expect(a.text).toContain("#1 2026-07-01 培训 8 学时：数控编程");
		expect(a.text).toContain("#2 2026-07-01 至 2026-07-31");
		expect(await training.records(mine, T1)).toHaveLength(2);
		expect((await training.auditOf("1")).map((e) => e.action)).toEqual([
			"create",
			"delete",
			"restore",
		]);
		expect((await say(T1, "/undo")).text).toContain("没有可以恢复的删除");
	});

	it("no longer restores after 7 days", async () => {
		const { say, clock, training } = await trainingDialogue();
		await say(T1, "/log training 8 数控编程 2026-07-01");
		await say(T1, "/delete 1 --yes");
		clock.advance(8 * 86_400_000);
		expect((await say(T1, "/undo 1")).text).toContain("#1 不能恢复");
		expect(await training.records(mine, T1)).toHaveLength(0);
	});

	it("does not restore another teacher's deletion", async () => {
		const { say } = await trainingDialogue();
		await say(T2, "/log training 8 李老师 2026-07-01");
		await say(T2, "/delete 1 --yes");
		expect((await say(T1, "/undo 1")).text).toContain("#1 不能恢复");
	});
});
