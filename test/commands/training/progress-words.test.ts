import { describe, expect, it } from "vitest";
import { T1, T2, trainingDialogue } from "../../helpers/training-dialogue.js";
import { ADMIN } from "../../helpers/training-fixtures.js";

describe("/progress with a word after it that is not a user", () => {
	it.each(["/progress 2025", "/进度 培训", "/progress practice"])(
		"%s points to /records instead of saying the records are someone else's",
		async (line) => {
			const { say } = await trainingDialogue();
			const a = await say(T1, line);
			expect(a.text).not.toContain("只有管理员可以查看别人的记录");
			expect(a.text).toContain("/records 2025");
			expect(a.text).toContain("/progress telegram:123456");
		},
	);

	it("still answers an admin asking for a teacher by user key", async () => {
		const { say } = await trainingDialogue();
		const a = await say(ADMIN, `/progress ${T1}`);
		expect(a.text).toContain("张老师");
	});

	it("still refuses a teacher asking for another teacher", async () => {
		const { say } = await trainingDialogue();
		const a = await say(T1, `/progress ${T2}`);
		expect(a.text).toContain("只有管理员可以查看别人的记录");
	});
});
