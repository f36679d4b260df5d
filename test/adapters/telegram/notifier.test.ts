import { describe, expect, it } from "vitest";
import { choices, heading, reply, text } from "../../../src/core/reply.js";
import {
	closeHarnessesAfterEach,
	type Harness,
	startHarness,
} from "../../helpers/telegram-harness.js";
import { checkHtml } from "../../helpers/telegram-html-check.js";

let h: Harness | undefined;
closeHarnessesAfterEach();

const reminder = reply([
	heading("报名即将截止：Web前端开发 <初级>"),
	text("报名 12 月 1 日截止 & 考试 12 月 12 日。"),
	choices([{ label: "考试详情", command: "/exam 前端" }]),
]);

describe("Telegram notifier (reminder broadcast)", () => {
	it("reports each chat: sent, blocked (403), gone (chat not found), retry (5xx)", async () => {
		h = await startHarness();
		h.fake.forbid(601);
		h.fake.gone(-100602);
		h.fake.failNext(
			"sendMessage",
			{ error_code: 502, description: "Bad Gateway" },
			{ chatId: 603, times: 10 },
		);
		const chats = [
			"telegram:600",
			"telegram:601",
			"telegram:-100602",
			"telegram:603",
		];
		const results = [];
		for (const chat of chats)
			results.push(await h.bot.notifier.send(chat, reminder));
		expect(results.map((r) => (r.ok ? "ok" : r.reason))).toEqual([
			"ok",
			"blocked",
			"gone",
			"retry",
		]);
		// 5xx is retried a bounded number of times (4 tries by default), then reported.
		const to603 = h.fake.calls.filter(
			(c) => c.method === "sendMessage" && c.payload.chat_id === 603,
		);
		expect(to603).toHaveLength(4);

		const [sent] = h.fake.accepted("sendMessage", 600);
		const checked = checkHtml(String(sent?.payload.text));
		expect(checked.ok && checked.text).toContain("Web前端开发 <初级>");
		expect(sent?.payload.reply_markup).toBeDefined();
		expect(h.fake.rejections()).toEqual([]);
	});

	it("answers gone for a key of another platform, without calling Telegram", async () => {
		h = await startHarness();
		const before = h.fake.calls.length;
		expect(
			await h.bot.notifier.send("discord:channel:1", reminder),
		).toMatchObject({
			ok: false,
			reason: "gone",
		});
		expect(h.fake.calls.length).toBe(before);
	});
});
