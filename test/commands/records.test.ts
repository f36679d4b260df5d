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
		expect(a.text).toContain("只显示最近 20 条（共 25 条）");
		expect(a.text.length).toBeLessThan(4096);
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
