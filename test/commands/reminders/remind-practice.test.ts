import { describe, expect, it } from "vitest";
import { examDialogue } from "../../helpers/exam-dialogue.js";

describe("/remind practice", () => {
	it("turns a teacher's practice reminders off and on, privately", async () => {
		const { say, services } = examDialogue();
		const off = await say("telegram:teacher", "/remind practice off", {
			chat: "group",
		});
		expect(off.private).toBe(true);
		expect(off.text).toContain("已关闭企业实践提醒");
		expect(
			await services.reminders.practiceRemindersOn("telegram:teacher"),
		).toBe(false);
		const on = await say("telegram:teacher", "/提醒 实践 开");
		expect(on.text).toContain("已开启企业实践提醒");
		expect(
			await services.reminders.practiceRemindersOn("telegram:teacher"),
		).toBe(true);
	});

	it("is for teachers only, and explains a wrong value", async () => {
		const { say } = examDialogue();
		expect((await say("telegram:5", "/remind practice off")).text).toContain(
			"只对教师开放",
		);
		expect(
			(await say("telegram:teacher", "/remind practice maybe")).text,
		).toContain("「maybe」不是参数「state：on 开启 / off 关闭」的可选值");
		expect((await say("telegram:teacher", "/remind")).text).toContain(
			"/remind 需要指定操作：practice",
		);
	});
});
