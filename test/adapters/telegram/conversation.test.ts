import { describe, expect, it } from "vitest";
import {
	closeHarnessesAfterEach,
	type Harness,
	startHarness,
} from "../../helpers/telegram-harness.js";
import { visible } from "../../helpers/telegram-html-check.js";
import {
	LONG_COMMAND,
	slowCommand,
} from "../../helpers/telegram-test-commands.js";
import {
	callbackUpdate,
	GROUP_ID,
	student,
	teacher,
	textMessage,
} from "../../helpers/telegram-updates.js";

let h: Harness | undefined;
closeHarnessesAfterEach();

describe("Telegram end to end (fake Bot API)", () => {
	it("publishes the command menu in Chinese and English at start, without hidden commands", async () => {
		h = await startHarness();
		const calls = h.fake.accepted("setMyCommands");
		expect(calls.map((c) => c.payload.language_code)).toEqual([
			undefined,
			"zh",
			"en",
			undefined,
			"zh",
			"en",
		]);
		const names = h.fake.menu({ type: "default" }) ?? [];
		expect(names).toContain("cert");
		expect(names).not.toContain("start");
		expect(h.fake.menu({ type: "default" }, "en")).toEqual(names);
		expect(h.fake.accepted("deleteWebhook")).toHaveLength(1);
	});

	it("answers a student's conversation in HTML that Telegram accepts", async () => {
		h = await startHarness();
		await h.send(textMessage(student, "/cert 前端"));
		const [cert] = h.fake.accepted("sendMessage", student.id);
		expect(cert?.payload.parse_mode).toBe("HTML");
		expect(visible(String(cert?.payload.text))).toContain("Web前端开发 <初级>");
		expect(String(cert?.payload.text)).toContain("某某 &amp; 某某");

		await h.send(textMessage(student, "软件技术能考什么 <中级> & 高级"));
		expect(visible(h.fake.textsTo(student.id).at(-1) ?? "")).toBe(
			"你问的是：软件技术能考什么 <中级> & 高级",
		);

		await h.send(textMessage(student, "/long"), 3);
		const long = h.fake.textsTo(student.id).slice(2).map(visible);
		expect(long.join("\n").length).toBeGreaterThan(10_000);
		expect(long.length).toBeGreaterThanOrEqual(3);
		expect(long.join("\n")).toContain("第200行：<b>不是标签</b>");
		expect(h.fake.rejections()).toEqual([]);
	});

	it("runs the command of a pressed button and always answers the callback", async () => {
		h = await startHarness();
		await h.send(textMessage(student, "/cert 前端"));
		const sent = h.fake.accepted("sendMessage", student.id)[0];
		const keyboard = sent?.payload.reply_markup as {
			inline_keyboard: { text: string; callback_data: string }[][];
		};
		const buttons = keyboard.inline_keyboard.flat();
		expect(buttons.map((b) => b.text)).toEqual(["考试时间", "对口专业"]);
		const tokenButton = buttons[1];
		expect(tokenButton?.callback_data).toMatch(/^~/);
		const message = textMessage(student, "x");

		h.fake.pushUpdate(
			callbackUpdate(student, tokenButton?.callback_data ?? "", message),
		);
		await h.fake.waitFor(() => h?.fake.textsTo(student.id).length === 2);
		expect(h.fake.accepted("answerCallbackQuery")).toHaveLength(1);
		expect(visible(h.fake.textsTo(student.id)[1] ?? "")).toContain(
			LONG_COMMAND.replace("/证书 ", ""),
		);

		h.fake.pushUpdate(callbackUpdate(student, "~expired", message));
		await h.fake.waitFor(
			() => h?.fake.accepted("answerCallbackQuery").length === 2,
		);
		expect(h.fake.accepted("answerCallbackQuery")[1]?.payload.text).toBe(
			"这个按钮已过期，请重新发送命令。",
		);
		expect(h.fake.rejections()).toEqual([]);
	});

	it("sends a teacher's private reply asked for in a group to the private chat", async () => {
		h = await startHarness();
		await h.send(
			textMessage(teacher, "/progress@OnexTestBot", { group: true }),
			2,
		);
		const privateText = visible(h.fake.textsTo(teacher.id)[0] ?? "");
		expect(privateText).toContain("企业实践");
		const group = h.fake.textsTo(GROUP_ID).map(visible);
		expect(group).toEqual(["已私信回复你，请查看与我的私聊。"]);

		await h.send(textMessage(teacher, "/export", { group: true }), 3);
		const [doc] = h.fake.documents;
		expect(doc).toMatchObject({
			chatId: teacher.id,
			name: "records.csv",
			caption: "培训记录 <2026>",
		});
		expect(doc?.content).toContain('"BIM <建模> 培训"');
		expect(doc?.content.startsWith("\uFEFF日期")).toBe(true);
		for (const text of h.fake.textsTo(GROUP_ID)) {
			expect(text).not.toContain("企业实践");
			expect(text).not.toContain("记录已导出");
		}
		expect(h.fake.documents.filter((d) => d.chatId === GROUP_ID)).toEqual([]);
	});

	it("waits out a 429 with retry_after before sending again", async () => {
		h = await startHarness();
		h.fake.failNext("sendMessage", {
			error_code: 429,
			description: "Too Many Requests: retry after 1",
			parameters: { retry_after: 1 },
		});
		await h.send(textMessage(student, "/exam 前端"));
		const attempts = h.fake.calls.filter((c) => c.method === "sendMessage");
		expect(attempts).toHaveLength(2);
		const [first, second] = attempts;
		expect(first?.rejected).toContain("Too Many Requests");
		expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(950);
		expect((second?.at ?? 0) - (first?.at ?? 0)).toBeLessThan(3000);
	});

	it("logs a failing update with the update and keeps polling", async () => {
		h = await startHarness();
		h.fake.failNext("sendMessage", {
			error_code: 400,
			description: "Bad Request: test",
		});
		const failing = textMessage(student, "/exam 前端");
		h.fake.pushUpdate({ message: failing } as never);
		await h.fake.waitFor(() =>
			(h?.logger.lines ?? []).some(
				(l) => l.message === "telegram update failed",
			),
		);
		const line = h.logger.lines.find(
			(l) => l.message === "telegram update failed",
		);
		expect(String(line?.data?.update)).toContain("/exam 前端");
		await h.send(textMessage(student, "/exam 后端"));
		expect(visible(h.fake.textsTo(student.id).at(-1) ?? "")).toContain("后端");
	});

	it("stops polling gracefully, letting the update in progress finish its reply", async () => {
		h = await startHarness();
		h.fake.pushUpdate({ message: textMessage(student, "/slow") } as never);
		await h.fake.waitFor(() => slowCommand.running);
		await h.bot.stop();
		expect(h.fake.textsTo(student.id).map(visible)).toEqual(["完成"]);
		const polls = h.fake.calls.filter((c) => c.method === "getUpdates");
		// The last poll confirms the handled update, so it is not delivered again.
		expect(Number(polls.at(-1)?.payload.offset)).toBeGreaterThan(0);
	});
});
