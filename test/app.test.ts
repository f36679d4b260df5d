import { describe, expect, it } from "vitest";
import { assembleApp } from "../src/app.js";
import { loadConfig } from "../src/config.js";
import { renderText } from "../src/core/render-text.js";
import type { Request } from "../src/core/request.js";
import { emptyDb } from "../src/services/storage/db.js";
import { memoryStore } from "../src/services/storage/store.js";
import { FixedClock } from "./helpers/fixed-clock.js";
import { MemoryLogger } from "./helpers/memory-logger.js";
import { shippedKnowledge } from "./helpers/test-client.js";

async function app() {
	return assembleApp(
		loadConfig({}),
		memoryStore(emptyDb()),
		await shippedKnowledge(),
		new FixedClock(),
		new MemoryLogger(),
	);
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
});
