import { describe, expect, it } from "vitest";
import {
	STUDENT,
	T1,
	trainingDialogue,
} from "../../helpers/training-dialogue.js";
import { ADMIN, INVITE } from "../../helpers/training-fixtures.js";

describe("/teacher", () => {
	it("makes a student a teacher with the invite code, privately", async () => {
		const { say, users, training } = await trainingDialogue();
		expect(await users.roleOf(STUDENT)).toBe("student");
		const a = await say(STUDENT, `/teacher join ${INVITE}`, { name: "王老师" });
		expect(a.text).toContain("你已成为教师");
		expect(a.private).toBe(true);
		expect(await users.roleOf(STUDENT)).toBe("teacher");
		expect((await training.profile(STUDENT)).name).toBe("王老师");
		expect((await training.auditOf(STUDENT)).map((e) => e.action)).toEqual([
			"join",
		]);
		expect((await say(STUDENT, `/教师 加入 ${INVITE}`)).text).toContain(
			"已经是教师",
		);
	});

	it("warns privately that a code typed in a group should be changed", async () => {
		const { say, users } = await trainingDialogue();
		const a = await say(STUDENT, `/teacher join ${INVITE}`, { chat: "group" });
		expect(a.private).toBe(true);
		expect(a.text).toContain("你已成为教师");
		expect(a.text).toContain("邀请码发在了群聊里");
		expect(a.text).toContain("请告诉管理员更换邀请码");
		expect(await users.roleOf(STUDENT)).toBe("teacher");
		expect((await say(T1, `/teacher join ${INVITE}`)).text).not.toContain(
			"群聊",
		);
	});

	it("rejects an unknown invite code with an example", async () => {
		const { say, users } = await trainingDialogue();
		const a = await say(STUDENT, "/teacher join WRONG");
		expect(a.text).toContain("邀请码不对");
		expect(a.text).toContain("例如：/teacher join");
		expect(await users.roleOf(STUDENT)).toBe("student");
	});

	it("says joining is off when no invite code is configured", async () => {
		const { say, users } = await trainingDialogue({ inviteCode: "" });
		const a = await say(STUDENT, "/teacher join anything");
		expect(a.text).toContain("没有开放邀请码");
		expect(await users.roleOf(STUDENT)).toBe("student");
	});

	it("tells an admin they already have every teacher command", async () => {
		const { say } = await trainingDialogue();
		expect((await say(ADMIN, `/teacher join ${INVITE}`)).text).toContain(
			"你是管理员",
		);
	});

	it("sets and shows the profile, and keeps each change in the audit trail", async () => {
		const { say, training } = await trainingDialogue();
		const a = await say(T1, "/teacher profile dept=信息工程系 professional=否");
		expect(a.private).toBe(true);
		expect(a.text).toContain("资料已保存");
		expect(a.text).toContain("院系：信息工程系");
		expect(a.text).toContain("专业课教师：否");
		expect(await training.profile(T1)).toMatchObject({
			department: "信息工程系",
			professional: false,
			periodStart: "2024-09-01",
		});
		const last = (await training.auditOf(T1)).at(-1);
		expect(last).toMatchObject({
			by: T1,
			action: "profile",
			changes: {
				department: { from: "机电工程系", to: "信息工程系" },
				professional: { from: true, to: false },
			},
		});
		expect((await say(T1, "/teacher profile")).text).toContain(
			"考核周期开始：2024-09-01",
		);
	});

	it("rejects a period start in the future", async () => {
		const { say, training } = await trainingDialogue();
		const a = await say(T1, "/teacher profile period=2027-01-01");
		expect(a.text).toContain("2027-01-01 在今天（2026-11-28）之后");
		expect(a.text).toContain("考核周期开始日期");
		expect(a.text).not.toContain("只能登记已经发生的培训或实践");
		expect(a.text).toContain("例如：");
		expect((await training.profile(T1)).periodStart).toBe("2024-09-01");
	});

	it("does not let a student set a teacher profile", async () => {
		const { say } = await trainingDialogue();
		const a = await say(STUDENT, "/teacher profile dept=机电工程系");
		expect(a.text).toContain("只对教师开放");
	});
});
