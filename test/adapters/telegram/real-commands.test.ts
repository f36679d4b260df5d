import { describe, expect, it } from "vitest";
import {
	closeHarnessesAfterEach,
	type Harness,
	startHarness,
} from "../../helpers/telegram-harness.js";
import { visible } from "../../helpers/telegram-html-check.js";
import {
	callbackUpdate,
	GROUP_ID,
	student,
	teacher,
	textMessage,
} from "../../helpers/telegram-updates.js";
import { createTestClient } from "../../helpers/test-client.js";

let h: Harness | undefined;
closeHarnessesAfterEach();

/** Sends a message and waits for the answer (updates are handled concurrently, so not for the poll). */
async function say(text: string, from = student, group = false): Promise<void> {
	await h?.send(textMessage(from, text, { group }));
}

describe("Telegram over the real commands and knowledge base", () => {
	it("never sends half an emoji when a long query is echoed back cut short", async () => {
		const client = await createTestClient();
		h = await startHarness({}, { dispatcher: client.dispatcher });
		const long = `${"a".repeat(39)}😀`;
		for (const line of [
			`/major ${long}`,
			`/cert ${long}`,
			`/${"a".repeat(29)}😀`,
		])
			await say(line);
		await h.fake.waitFor(() => h?.fake.textsTo(student.id).length === 3);
		expect(h.fake.rejections()).toEqual([]);
	});

	it("publishes a menu Telegram accepts and answers a student without a refused message", async () => {
		const client = await createTestClient();
		h = await startHarness({}, { dispatcher: client.dispatcher });
		expect(h.fake.accepted("setMyCommands")).toHaveLength(6);
		const staffOnly = ["report", "role", "unanswered", "export", "log"];
		for (const scope of ["default", "all_group_chats"]) {
			const menu = h.fake.menu({ type: scope }, "zh") ?? [];
			expect(menu).toContain("cert");
			for (const name of staffOnly) expect(menu, scope).not.toContain(name);
		}

		for (const line of [
			"/start",
			"/help",
			"/cert Web前端开发",
			"/major 软件技术",
			"/exam 前端",
			"我是软件技术专业的，能考哪些X证书？",
		])
			await say(line);
		const texts = h.fake.textsTo(student.id).map(visible);
		expect(texts.length).toBeGreaterThanOrEqual(6);
		expect(texts.join("\n")).toContain("Web前端开发");

		// Press the first button of the welcome message.
		const withKeyboard = h.fake
			.accepted("sendMessage", student.id)
			.find((c) => c.payload.reply_markup);
		const markup = withKeyboard?.payload.reply_markup as {
			inline_keyboard: { callback_data: string }[][];
		};
		const data = markup.inline_keyboard[0]?.[0]?.callback_data ?? "";
		const before = h.fake.textsTo(student.id).length;
		h.fake.pushUpdate(callbackUpdate(student, data, textMessage(student, "x")));
		await h.fake.waitFor(
			() => (h?.fake.textsTo(student.id).length ?? 0) > before,
		);
		expect(h.fake.accepted("answerCallbackQuery")).toHaveLength(1);
		expect(h.logger.lines.filter((l) => l.level === "error")).toEqual([]);
		expect(h.fake.textsTo(student.id).length).toBeGreaterThan(before);
		expect(h.fake.rejections()).toEqual([]);
	});

	it("keeps a teacher's records out of the group", async () => {
		const client = await createTestClient();
		await client.grant(`telegram:${teacher.id}`, "teacher");
		h = await startHarness({}, { dispatcher: client.dispatcher });
		await say("/teacher profile name=李老师 period=2024-09-01", teacher);
		await say("/log training 8 数控编程师资培训 2026-07-01", teacher);
		await say("/progress", teacher, true);
		await say("/export", teacher, true);
		await say("/records", teacher, true);
		// The private answer comes first, the group note after it.
		await h.fake.waitFor(() => h?.fake.textsTo(GROUP_ID).length === 3);

		const group = h.fake.textsTo(GROUP_ID).map(visible);
		expect(group.length).toBe(3);
		for (const note of group)
			expect(note).toBe("已私信回复你，请查看与我的私聊。");
		expect(h.fake.documents.map((d) => d.chatId)).toEqual([teacher.id]);
		expect(h.fake.documents[0]?.content).toContain("数控编程师资培训");
		expect(h.fake.textsTo(teacher.id).map(visible).join("\n")).toContain(
			"数控编程师资培训",
		);
		expect(h.fake.rejections()).toEqual([]);
		expect(h.logger.lines.filter((l) => l.level === "error")).toEqual([]);
	});
});
