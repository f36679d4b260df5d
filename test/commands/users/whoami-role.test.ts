import { describe, expect, it } from "vitest";
import { messageToRequest } from "../../../src/adapters/telegram/to-request.js";
import {
	STUDENT,
	T1,
	T2,
	trainingDialogue,
} from "../../helpers/training-dialogue.js";
import { ADMIN } from "../../helpers/training-fixtures.js";

describe("/whoami and /role list", () => {
	it("shows everyone their user key and role", async () => {
		const { say } = await trainingDialogue();
		const s = await say(STUDENT, "/whoami");
		expect(s.private).toBe(true);
		expect(s.text).toContain(`用户标识：${STUDENT}`);
		expect(s.text).toContain("角色：学生");
		expect((await say(T1, "/我是谁")).text).toContain("角色：教师");
		expect((await say(ADMIN, "/whoami", { locale: "en" })).text).toContain(
			"Role: admin",
		);
	});

	it("lists admins and teachers with names for admins only", async () => {
		const { say } = await trainingDialogue();
		const a = await say(ADMIN, "/role list");
		expect(a.text).toContain("有角色的用户（共 3 位）");
		expect(a.text).toContain(`管理员 ${ADMIN}`);
		expect(a.text).toContain(`教师 ${T1}（张老师，机电工程系）`);
		expect(a.text).toContain(`教师 ${T2}（李老师，信息工程系）`);
		expect((await say(T1, "/role list")).text).toContain("只对管理员开放");
	});
});

describe("/role grant to a user replied to or mentioned", () => {
	it("grants the user the message replies to", async () => {
		const { say, users } = await trainingDialogue();
		const a = await say(ADMIN, "/role grant teacher", {
			chat: "group",
			mentions: ["telegram:3003"],
		});
		expect(a.text).toBe("已授予 telegram:3003 教师角色。");
		expect(await users.roleOf("telegram:3003")).toBe("teacher");
	});

	it("grants a Discord user mentioned in the text", async () => {
		const { say, users } = await trainingDialogue();
		await say(ADMIN, "/role grant <@4242> teacher");
		expect(await users.roleOf("discord:4242")).toBe("teacher");
	});

	it("asks for one user when none or several are pointed at", async () => {
		const { say } = await trainingDialogue();
		expect((await say(ADMIN, "/role grant")).text).toContain(
			"请写用户标识，或在群里回复对方的消息后发送",
		);
		expect(
			(
				await say(ADMIN, "/role grant teacher", {
					mentions: ["telegram:1", "telegram:2"],
				})
			).text,
		).toContain("提到了不止一个人");
		expect((await say(ADMIN, "/role grant 王芳")).text).toContain(
			"「王芳」不是用户标识",
		);
	});

	it("takes the replied-to author from a Telegram message, never the bot", () => {
		const me = { id: 999, username: "onex_bot" };
		const request = messageToRequest(
			{
				message_id: 5,
				date: 0,
				chat: { id: -100, type: "supergroup", title: "教研室" },
				from: { id: 1, is_bot: false, first_name: "管理员" },
				text: "/role grant teacher",
				reply_to_message: {
					message_id: 4,
					date: 0,
					chat: { id: -100, type: "supergroup", title: "教研室" },
					from: { id: 3003, is_bot: false, first_name: "王芳" },
					text: "我想登记培训",
				},
			} as never,
			me,
		);
		expect(request?.mentions).toEqual([{ key: "telegram:3003", name: "王芳" }]);
	});
});
