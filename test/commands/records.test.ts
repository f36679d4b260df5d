import { describe, expect, it } from "vitest";
import {
	STUDENT,
	T1,
	T2,
	trainingDialogue,
} from "../helpers/training-dialogue.js";
import { ADMIN } from "../helpers/training-fixtures.js";

describe("/records", () => {
	it("lists one's own records, newest first, with ids, privately", async () => {
		const { say } = await trainingDialogue();
		await say(T1, "/log training 8 数控编程 2026-07-01");
		await say(T2, "/log training 3 李老师的培训 2026-07-02");
		await say(T1, "/log practice 2026-08-01 2026-08-10 某公司");
		const a = await say(T1, "/记录");
		expect(a.private).toBe(true);
		expect(a.text).toContain("记录（共 2 条）");
		expect(a.text.indexOf("#3")).toBeLessThan(a.text.indexOf("#1"));
		expect(a.text).not.toContain("李老师的培训");
	});

	it("keeps a long list within one Telegram message", async () => {
		const { say } = await trainingDialogue();
		const title = "长".repeat(100);
		for (let i = 0; i < 25; i++)
			await say(
				T1,
				`/log training 1 ${title} 2026-07-${String(i + 1).padStart(2, "0")}`,
			);
		const a = await say(T1, "/records");
		expect(a.text).toContain("记录（共 25 条）");
		expect(a.text).toContain("第 1/2 页");
		expect(a.text.length).toBeLessThan(4096);
		expect(a.choices).toEqual(["/records p=2"]);
		const b = await say(T1, a.choices[0] ?? "");
		expect(b.text).toContain("第 2/2 页");
		// Newest first: page 2 holds the five oldest, 07-05 … 07-01.
		expect(b.text).toContain("#1 2026-07-01");
		expect(b.text).not.toContain("2026-07-06");
		expect(b.choices).toEqual(["/records p=1"]);
	});

	it("filters by kind and by year for the teacher, not as someone else's records", async () => {
		const { say } = await trainingDialogue();
		await say(T1, "/log training 8 数控编程 2026-07-01");
		await say(T1, "/log training 4 去年的培训 2025-06-01");
		await say(T1, "/log practice 2025-07-01 2025-08-15 某公司");
		const practice = await say(T1, "/records practice");
		expect(practice.text).toContain("记录（共 1 条）");
		expect(practice.text).toContain("2025-07-01 至 2025-08-15");
		const y2025 = await say(T1, "/records 2025");
		expect(y2025.text).toContain("记录（共 2 条）");
		expect(y2025.text).not.toContain("数控编程");
		const both = await say(T1, "/记录 培训 2026");
		expect(both.text).toContain("记录（共 1 条）");
		expect(both.text).toContain("数控编程");
		expect((await say(T1, "/records 2030")).text).toContain(
			"没有符合条件的记录",
		);
		expect((await say(T1, "/records 去年")).text).toContain(
			"「去年」不是筛选条件",
		);
	});

	it("says how to start when there are none", async () => {
		const { say } = await trainingDialogue();
		expect((await say(T2, "/records")).text).toContain("还没有记录");
	});

	it("does not show a teacher another teacher's records", async () => {
		const { say } = await trainingDialogue();
		await say(T2, "/log training 3 李老师的培训 2026-07-02");
		const a = await say(T1, `/records ${T2}`);
		expect(a.text).toContain("只有管理员可以查看别人的记录");
		expect(a.text).not.toContain("李老师的培训");
	});

	it("lets an admin read a teacher's records", async () => {
		const { say } = await trainingDialogue();
		await say(T2, "/log training 3 李老师的培训 2026-07-02");
		expect((await say(ADMIN, `/records ${T2}`)).text).toContain("李老师的培训");
	});

	it("is not open to students", async () => {
		const { say } = await trainingDialogue();
		expect((await say(STUDENT, "/records")).text).toContain("只对教师开放");
	});
});
