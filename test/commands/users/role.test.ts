import { describe, expect, it } from "vitest";
import {
	STUDENT,
	T1,
	trainingDialogue,
} from "../../helpers/training-dialogue.js";
import { ADMIN } from "../../helpers/training-fixtures.js";

describe("/role", () => {
	it("lets an admin grant and revoke the teacher role", async () => {
		const { say, users, training } = await trainingDialogue();
		expect((await say(ADMIN, `/role grant ${STUDENT} teacher`)).text).toBe(
			`已授予 ${STUDENT} 教师角色。`,
		);
		expect(await users.roleOf(STUDENT)).toBe("teacher");
		expect((await say(STUDENT, "/log training 2 说明会")).text).toContain(
			"已保存",
		);
		expect((await say(ADMIN, `/角色 撤销 ${STUDENT}`)).text).toContain(
			"其记录仍保留",
		);
		expect(await users.roleOf(STUDENT)).toBe("student");
		expect(
			(await training.auditOf(STUDENT)).map((e) => [e.action, e.by]),
		).toEqual([
			["grant", ADMIN],
			["revoke", ADMIN],
		]);
		expect((await say(ADMIN, `/role revoke ${STUDENT}`)).text).toContain(
			"不是教师",
		);
	});

	it("accepts the role named on revoke as it is on grant", async () => {
		const { say, users } = await trainingDialogue();
		await say(ADMIN, `/role grant ${STUDENT} teacher`);
		expect((await say(ADMIN, `/role revoke ${STUDENT} teacher`)).text).toBe(
			`已撤销 ${STUDENT} 的教师角色；其记录仍保留。`,
		);
		expect(await users.roleOf(STUDENT)).toBe("student");
		expect((await say(ADMIN, `/角色 撤销 ${STUDENT} 教师`)).text).toContain(
			"不是教师",
		);
	});

	it("keeps admins from the configuration as they are", async () => {
		const { say, users } = await trainingDialogue();
		expect((await say(ADMIN, `/role revoke ${ADMIN}`)).text).toContain(
			"配置中的管理员",
		);
		expect(await users.roleOf(ADMIN)).toBe("admin");
	});

	it("rejects a user that is not platform:id, with an example", async () => {
		const { say } = await trainingDialogue();
		const a = await say(ADMIN, "/role grant @zhang teacher");
		expect(a.text).toContain("「@zhang」不是用户标识");
		expect(a.text).toContain("例如：/role grant telegram:123456 teacher");
	});

	it("is for admins only", async () => {
		const { say, users } = await trainingDialogue();
		expect((await say(T1, `/role grant ${STUDENT} teacher`)).text).toContain(
			"只对管理员开放",
		);
		expect((await say(STUDENT, `/role grant ${STUDENT}`)).text).toContain(
			"只对管理员开放",
		);
		expect(await users.roleOf(STUDENT)).toBe("student");
	});
});
