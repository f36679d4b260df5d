import { describe, expect, it } from "vitest";
import { examDialogue } from "../helpers/exam-dialogue.js";
import { yearRounds } from "../helpers/reminder-fixtures.js";

describe("/subscribe, /unsubscribe, /subscriptions", () => {
	it("subscribes a private chat and lists it", async () => {
		const { say, store } = examDialogue({ rounds: yearRounds });
		const a = await say("telegram:5", "/subscribe 网络运维");
		expect(a.text).toContain("已为本聊天订阅「网络系统建设与运维」的提醒");
		expect(a.text).toContain("每天 08:00（Asia/Shanghai）发送");
		expect(a.text).toContain("目前已知 2 个今后的考试批次。");
		expect(store.data.reminders.subscriptions).toEqual([
			{
				chatKey: "telegram:5",
				certificateId: "c1",
				by: "telegram:5",
				at: "2026-11-28T02:00:00.000Z",
				locale: "zh-CN",
			},
		]);
		expect((await say("telegram:5", "/订阅 c1")).text).toContain(
			"本聊天已经订阅了「网络系统建设与运维」。",
		);
		const list = await say("telegram:5", "/subscriptions");
		expect(list.text).toContain(
			"网络系统建设与运维（c1） · 考试日期 2027-03-20",
		);
	});

	it("remembers the subscriber's language for the reminders", async () => {
		const { say, store } = examDialogue({ rounds: yearRounds });
		const a = await say("telegram:5", "/subscribe c2", { locale: "en" });
		expect(a.text).toContain(
			"This chat is subscribed to “智能计算平台应用开发”",
		);
		expect(store.data.reminders.subscriptions[0]?.locale).toBe("en");
	});

	it("lets only teachers and admins subscribe a group, by default", async () => {
		const { say, store } = examDialogue({ rounds: yearRounds });
		const student = await say("telegram:5", "/subscribe c1", { chat: "group" });
		expect(student.text).toContain(
			"在群里只有教师或管理员可以为本群订阅或退订提醒",
		);
		expect(store.data.reminders.subscriptions).toEqual([]);
		await say("telegram:teacher", "/subscribe c1", { chat: "group" });
		expect(store.data.reminders.subscriptions[0]?.chatKey).toBe(
			"telegram:-100",
		);
		expect(
			(await say("telegram:5", "/unsubscribe c1", { chat: "group" })).text,
		).toContain("只有教师或管理员");
	});

	it("follows the configured group role", async () => {
		const admins = examDialogue({ groupRole: "admin" });
		expect(
			(await admins.say("telegram:teacher", "/subscribe c1", { chat: "group" }))
				.text,
		).toContain("在群里只有管理员可以");
		const anyone = examDialogue({ groupRole: "anyone" });
		expect(
			(await anyone.say("telegram:5", "/subscribe c1", { chat: "group" })).text,
		).toContain("已为本聊天订阅");
	});

	it("offers choices for an ambiguous certificate", async () => {
		const { say } = examDialogue();
		expect((await say("telegram:5", "/subscribe web")).choices).toEqual([
			"/subscribe c3",
			"/subscribe c4",
		]);
	});

	it("unsubscribes, also by the id in a reminder's footer", async () => {
		const { say, store } = examDialogue();
		await say("telegram:5", "/subscribe c1");
		expect((await say("telegram:5", "/退订 c1")).text).toContain(
			"已退订「网络系统建设与运维」。",
		);
		expect(store.data.reminders.subscriptions).toEqual([]);
		expect((await say("telegram:5", "/unsubscribe c1")).text).toContain(
			"本聊天没有订阅「网络系统建设与运维」",
		);
		expect((await say("telegram:5", "/subscriptions")).text).toContain(
			"本聊天还没有订阅任何证书",
		);
	});

	it("tells a paused chat why, resumes it on subscribe, and shows admins the paused chats", async () => {
		const { say, store } = examDialogue();
		await say("telegram:teacher", "/subscribe c1", { chat: "group" });
		await store.update((d) => {
			d.reminders.pausedChats["telegram:-100"] = {
				reason: "gone",
				at: "2027-03-08T00:00:00.000Z",
			};
		});
		expect(
			(await say("telegram:5", "/subscriptions", { chat: "group" })).text,
		).toContain("本聊天的提醒已暂停（聊天已不存在，2027-03-08）");
		const adminView = await say("telegram:admin", "/subscriptions");
		expect(adminView.text).toContain("已暂停的聊天（仅管理员可见）");
		expect(adminView.text).toContain(
			"telegram:-100：聊天已不存在，2027-03-08 08:00",
		);
		const again = await say("telegram:teacher", "/subscribe c1", {
			chat: "group",
		});
		expect(again.text).toContain("本聊天之前暂停的提醒已恢复。");
		expect(store.data.reminders.pausedChats).toEqual({});
	});
});
