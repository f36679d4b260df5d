import { describe, expect, it } from "vitest";
import { translator } from "../../../src/core/i18n.js";
import type { ApiCall } from "../../helpers/fake-telegram-api.js";
import {
	closeHarnessesAfterEach,
	type Harness,
	startHarness,
} from "../../helpers/telegram-harness.js";
import { visible } from "../../helpers/telegram-html-check.js";
import { noteWrites } from "../../helpers/telegram-test-commands.js";
import {
	englishUser,
	GROUP_ID,
	student,
	teacher,
	textMessage,
} from "../../helpers/telegram-updates.js";

let h: Harness | undefined;
closeHarnessesAfterEach();

const zh = translator("zh-CN");

/** The Start button of a group note, and the payload its link carries. */
function startButton(note: ApiCall | undefined): {
	text: string;
	payload: string;
} {
	const markup = note?.payload.reply_markup as {
		inline_keyboard: { text: string; url: string }[][];
	};
	const button = markup.inline_keyboard[0]?.[0];
	const m = /^https:\/\/t\.me\/OnexTestBot\?start=([A-Za-z0-9_-]{1,64})$/.exec(
		button?.url ?? "",
	);
	if (!button || !m?.[1]) throw new Error(`no start link: ${button?.url}`);
	return { text: button.text, payload: m[1] };
}

describe("Telegram deep links from a group", () => {
	it("gives a user who cannot be messaged a Start button that runs the read in private", async () => {
		h = await startHarness();
		h.fake.forbid(student.id);
		await h.send(textMessage(student, "/progress", { group: true }));
		const [note] = h.fake.accepted("sendMessage", GROUP_ID);
		expect(visible(String(note?.payload.text))).toBe(
			zh("telegram.private_start_needed"),
		);
		expect(String(note?.payload.text)).not.toContain("企业实践");
		const button = startButton(note);
		expect(button.text).toBe(zh("telegram.private_start_button"));

		await h.send(textMessage(student, `/start ${button.payload}`));
		const [answer] = h.fake.textsTo(student.id);
		expect(visible(answer ?? "")).toContain("的企业实践");
		expect(h.fake.rejections()).toEqual([]);
	});

	it("shows the kept reply of a write once and never runs the write again", async () => {
		h = await startHarness();
		h.roles.set(`telegram:${teacher.id}`, "teacher");
		h.fake.forbid(teacher.id);
		const before = noteWrites.count;
		await h.send(textMessage(teacher, "/note 8 培训", { group: true }));
		expect(noteWrites.count).toBe(before + 1);
		const { payload } = startButton(
			h.fake.accepted("sendMessage", GROUP_ID)[0],
		);

		await h.send(textMessage(teacher, `/start ${payload}`));
		await h.send(textMessage(teacher, `/start ${payload}`));
		const texts = h.fake.textsTo(teacher.id).map(visible);
		expect(texts[0]).toBe(`已保存第 ${before + 1} 条：8 培训`);
		expect(texts[1]).toBe(zh("telegram.link_expired"));
		expect(noteWrites.count).toBe(before + 1);
	});

	it("answers forged, too long and foreign payloads plainly, running nothing", async () => {
		h = await startHarness();
		const before = noteWrites.count;
		const forged = `r000zzzAAAAAAAAAAA${Buffer.from("/note x").toString("base64url")}`;
		for (const payload of [forged, "a".repeat(80), "<b>x</b>", "s0"])
			await h.send(textMessage(englishUser, `/start ${payload}`));
		const texts = h.fake.textsTo(englishUser.id).map(visible);
		expect(texts).toEqual(
			Array(4).fill(translator("en")("telegram.link_invalid")),
		);
		expect(noteWrites.count).toBe(before);
		// In a group a payload (from a ?startgroup= link) just starts the bot.
		await h.send(
			textMessage(englishUser, "/start@OnexTestBot x_y", { group: true }),
		);
		expect(h.fake.textsTo(GROUP_ID).map(visible)).toEqual(["你好！"]);
		await h.send(textMessage(englishUser, "/start cert_c019"));
		expect(visible(h.fake.textsTo(englishUser.id)[4] ?? "")).toContain(
			"查询: c019",
		);
	});
});

describe("Telegram forum topics", () => {
	it("sends every part of a split answer and a document to the topic it was asked in", async () => {
		h = await startHarness();
		h.fake.forum(GROUP_ID, [7, 8]);
		await h.send(textMessage(student, "/long", { group: true, thread: 7 }), 3);
		await h.send(
			textMessage(student, "/calendar", { group: true, thread: 8 }),
			2,
		);
		const sent = h.fake.accepted("sendMessage", GROUP_ID);
		expect(sent.length).toBeGreaterThanOrEqual(4);
		expect(sent.slice(0, -1).map((c) => c.payload.message_thread_id)).toEqual(
			Array(sent.length - 1).fill(7),
		);
		expect(sent.at(-1)?.payload.message_thread_id).toBe(8);
		expect(h.fake.documents).toMatchObject([
			{ chatId: GROUP_ID, name: "exams.ics", threadId: 8 },
		]);
		expect(h.fake.rejections()).toEqual([]);
	});

	it("keeps the private-reply note in the topic, and drops an answer for a deleted topic", async () => {
		h = await startHarness();
		h.fake.forum(GROUP_ID, [7, 9]);
		await h.send(
			textMessage(student, "/progress", { group: true, thread: 7 }),
			2,
		);
		expect(
			h.fake.accepted("sendMessage", GROUP_ID)[0]?.payload.message_thread_id,
		).toBe(7);

		h.fake.deleteTopic(GROUP_ID, 9);
		h.fake.pushUpdate({
			message: textMessage(student, "/exam 前端", { group: true, thread: 9 }),
		} as never);
		await h.fake.waitFor(
			() =>
				h?.logger.lines.some(
					(e) => e.message === "telegram topic gone; answer dropped",
				) === true,
		);
		const refused = h.fake.calls.filter((c) => c.rejected);
		expect(refused.map((c) => c.rejected)).toEqual([
			"Bad Request: message thread not found",
		]);
		// Nothing went to the group's General topic instead.
		expect(h.fake.accepted("sendMessage", GROUP_ID)).toHaveLength(1);
	});
});

describe("Telegram menus by role and concurrency", () => {
	it("gives a teacher's and an admin's private chat their menu, removes it on revoke, and calls nothing when unchanged", async () => {
		h = await startHarness();
		const chat = { type: "chat", chat_id: teacher.id };
		await h.send(textMessage(teacher, "/cert 前端"));
		expect(h.fake.menu(chat)).toBeUndefined();

		h.roles.set(`telegram:${teacher.id}`, "teacher");
		await h.send(textMessage(teacher, "/cert 前端"));
		// en is the last of the three calls (default, zh, en).
		await h.fake.waitFor(() => h?.fake.menu(chat, "en") !== undefined);
		expect(h.fake.menu(chat, "zh")).toContain("note");
		expect(h.fake.menu(chat, "zh")).not.toContain("audit");
		const calls = h.fake.accepted("setMyCommands").length;
		await h.send(textMessage(teacher, "/cert 前端"));
		await h.send(textMessage(student, "/cert 前端"));
		expect(h.fake.accepted("setMyCommands")).toHaveLength(calls);

		h.roles.set(`telegram:${teacher.id}`, "admin");
		await h.send(textMessage(student, "/cert 前端"));
		await h.fake.waitFor(() => !!h?.fake.menu(chat, "en")?.includes("audit"));

		h.roles.delete(`telegram:${teacher.id}`);
		await h.send(textMessage(student, "/cert 前端"));
		await h.fake.waitFor(() => h?.fake.menu(chat, "zh") === undefined);
		expect(h.fake.menu(chat)).toBeUndefined();
		expect(h.fake.menu({ type: "default" })).toContain("cert");
	});

	it("handles different chats concurrently and one chat in order", async () => {
		h = await startHarness();
		h.fake.pushUpdate({ message: textMessage(student, "/slow") } as never);
		h.fake.pushUpdate({
			message: textMessage(student, "/exam 同一个聊天"),
		} as never);
		h.fake.pushUpdate({
			message: textMessage(teacher, "/exam 另一个聊天"),
		} as never);
		await h.fake.waitFor(
			() => h?.fake.accepted("sendMessage").length === 3,
			10_000,
		);
		const order = h.fake
			.accepted("sendMessage")
			.map((c) => `${c.payload.chat_id}:${visible(String(c.payload.text))}`);
		expect(order).toEqual([
			`${teacher.id}:考试：另一个聊天 2026-12-12`,
			`${student.id}:完成`,
			`${student.id}:考试：同一个聊天 2026-12-12`,
		]);
	});
});
