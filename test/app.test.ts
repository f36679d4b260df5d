import { describe, expect, it } from "vitest";
import { createBot } from "../src/app.js";
import { loadConfig } from "../src/config.js";
import { renderText } from "../src/core/render-text.js";
import type { Request } from "../src/core/request.js";
import { emptyDb } from "../src/storage/db.js";
import { memoryStore } from "../src/storage/store.js";
import { FixedClock } from "./helpers/fixed-clock.js";
import { MemoryLogger } from "./helpers/memory-logger.js";
import { RecordingNotifier } from "./helpers/recording-notifier.js";
import { shippedKnowledge } from "./helpers/test-client.js";

async function app(env: Record<string, string> = {}) {
	return createBot(loadConfig(env), {
		store: memoryStore(emptyDb()),
		knowledge: await shippedKnowledge(),
		clock: new FixedClock(),
		logger: new MemoryLogger(),
	});
}

const from = (platform: "console" | "telegram"): Request => ({
	platform,
	user: { key: `${platform}:1` },
	chat: { key: `${platform}:1`, kind: "private" },
	locale: "zh-CN",
	text: "/help",
});

describe("the assembled bot", () => {
	it("answers a piped console script of any length, but limits floods from a chat platform", async () => {
		const { dispatcher } = await app();
		for (let i = 0; i < 30; i++)
			expect((await dispatcher.handle(from("console"))) !== null).toBe(true);
		const answers = [];
		for (let i = 0; i < 30; i++)
			answers.push(await dispatcher.handle(from("telegram")));
		const texts = answers.map((a) => (a ? renderText(a) : null));
		expect(texts.filter((t) => t?.includes("消息太频繁"))).toHaveLength(1);
		expect(texts.filter((t) => t === null).length).toBeGreaterThan(0);
	});

	it("tells admins in their private chat when guessing pauses joining", async () => {
		const bot = await app({
			ADMIN_IDS: "telegram:1,discord:2",
			TEACHER_INVITE_CODE: "Kx7mP2qa9",
		});
		const telegram = new RecordingNotifier("telegram");
		const discord = new RecordingNotifier("discord");
		bot.alerts.connect([telegram, discord]);
		for (let i = 0; i < 20; i++)
			await bot.dispatcher.handle({
				...from("telegram"),
				user: { key: `telegram:${100 + i}` },
				chat: { key: `telegram:${100 + i}`, kind: "private" },
				text: `/teacher join guess${i}x`,
			});
		expect(telegram.deliveries.map((d) => d.chatKey)).toEqual(["telegram:1"]);
		expect(discord.deliveries.map((d) => d.chatKey)).toEqual(["discord:2"]);
		expect(discord.deliveries[0]?.text).toContain("20 次错误的邀请码");
	});
});
