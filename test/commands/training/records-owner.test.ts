import { describe, expect, it } from "vitest";
import { T1, T2, trainingDialogue } from "../../helpers/training-dialogue.js";
import { ADMIN } from "../../helpers/training-fixtures.js";

describe("/records read by an admin for a teacher", () => {
	it("says whose records they are", async () => {
		const { say } = await trainingDialogue();
		await say(T1, "/log training 4 师资培训 2026-11-20");
		const a = await say(ADMIN, `/records ${T1}`);
		expect(a.text).toContain(`张老师（${T1}）的记录（共 1 条）`);
		expect(a.text).toContain("2026-11-20 培训 4 学时：师资培训");
	});

	it("keeps the plain heading for one's own records", async () => {
		const { say } = await trainingDialogue();
		await say(T2, "/log training 4 师资培训 2026-11-20");
		const a = await say(T2, "/records");
		expect(a.text).toContain("【记录（共 1 条）】");
		expect(a.text).not.toContain(T2);
	});
});
