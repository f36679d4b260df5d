import { describe, expect, it } from "vitest";
import { renderText } from "../../src/core/render-text.js";
import type { Request } from "../../src/core/request.js";
import { createTestClient } from "../helpers/test-client.js";

/** The real commands and services behind a dispatcher with the production limit (20 per 10 s). */
async function groupBot() {
	const client = await createTestClient({ productionLimit: true });
	const { dispatcher } = client;
	// Raw requests: these tests are about the replies the bot does not send.
	const send = async (text: string, over: Partial<Request> = {}) => {
		const reply = await dispatcher.handle({
			...client.request("telegram:2001", text, {
				platform: "telegram",
				chat: "group",
				chatKey: "telegram:-100500",
				addressed: false,
			}),
			botName: "OnexBot",
			...over,
		});
		return (
			reply && { private: reply.private === true, text: renderText(reply) }
		);
	};
	return { send, clock: client.clock, dispatcher };
}

describe("in a group", () => {
	it("stays silent through 25 messages of chatter and then answers a real command", async () => {
		const { send } = await groupBot();
		for (let i = 0; i < 25; i++)
			expect(await send(`大家好，第 ${i} 条，Web前端什么时候考？`)).toBeNull();
		const answer = await send("/cert Web前端");
		expect(answer?.text).toContain("Web前端");
		expect(answer?.text).not.toContain("太频繁");
	});

	it("never posts a rate-limit notice in the group; a slash command hears it privately", async () => {
		const { send, clock } = await groupBot();
		const answers = [];
		for (let i = 0; i < 25; i++) answers.push(await send("/help"));
		expect(
			answers.slice(0, 20).every((a) => a && !a.text.includes("太频繁")),
		).toBe(true);
		expect(answers.slice(20)).toEqual([null, null, null, null, null]);
		const slash = await send("", {
			text: undefined,
			invocation: { path: ["help"], args: {} },
		});
		expect(slash).toEqual({
			private: true,
			text: expect.stringContaining("消息太频繁"),
		});
		clock.advance(10_001);
		expect((await send("/help"))?.text).not.toContain("太频繁");
	});

	it("warns once in a private chat, then stays silent until the window passes", async () => {
		const { send } = await groupBot();
		const chat = { chat: { key: "telegram:2001", kind: "private" as const } };
		for (let i = 0; i < 20; i++)
			expect(await send("/help", chat)).not.toBeNull();
		expect((await send("/help", chat))?.text).toContain("消息太频繁");
		expect(await send("/help", chat)).toBeNull();
	});

	it("ignores another bot's unknown command unless this bot is named or addressed", async () => {
		const { send } = await groupBot();
		expect(await send("/weather 北京")).toBeNull();
		expect(await send("/weather@OtherBot 北京")).toBeNull();
		expect((await send("/weather@OnexBot 北京"))?.text).toContain(
			"没有 /weather 这个命令",
		);
		expect((await send("/weather", { addressed: true }))?.text).toContain(
			"没有 /weather 这个命令",
		);
		expect(
			(await send("Web前端是谁发的", { addressed: true }))?.text,
		).toContain("Web前端");
	});
});
