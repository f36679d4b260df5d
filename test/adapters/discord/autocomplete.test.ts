import { afterEach, describe, expect, it } from "vitest";
import { createBot } from "../../../src/app.js";
import { loadConfig } from "../../../src/config.js";
import { emptyDb } from "../../../src/storage/db.js";
import { memoryStore } from "../../../src/storage/store.js";
import { discordHarness } from "../../helpers/discord-harness.js";
import { FixedClock } from "../../helpers/fixed-clock.js";
import { MemoryLogger } from "../../helpers/memory-logger.js";
import { shippedKnowledge } from "../../helpers/test-client.js";

type Harness = Awaited<ReturnType<typeof discordHarness>>;
let h: Harness | undefined;

/** The bot as main.ts builds it (the default 20 messages per 10 s), behind the fake Discord. */
async function start() {
	const clock = new FixedClock("2026-11-28T02:00:00Z");
	const { dispatcher } = createBot(
		{ ...loadConfig({}), zone: "Asia/Shanghai" },
		{
			store: memoryStore(emptyDb()),
			knowledge: await shippedKnowledge(),
			clock,
			logger: new MemoryLogger(),
		},
	);
	h = await discordHarness({ dispatcher });
	return h;
}

afterEach(async () => {
	const current = h;
	h = undefined;
	if (!current) return;
	await current.close();
	expect(current.api.rejected).toEqual([]);
	expect(current.api.answeredTwice).toEqual([]);
});

interface Callback {
	type: number;
	data: {
		embeds?: { title?: string }[];
		content?: string;
		choices?: { name: string; value: string }[];
	};
}

const callbacks = (api: Harness["api"]) =>
	api
		.callsTo(/^POST \/interactions\//)
		.map((c) => c.body as unknown as Callback);

const typing = (value: string) => [
	{ name: "query", type: 3, value, focused: true },
];

describe("autocomplete through the bot's dispatcher", () => {
	it("suggests certificates from the shipped knowledge", async () => {
		const { api, autocomplete } = await start();
		await autocomplete("cert", typing("前端"));
		const [answer] = callbacks(api);
		expect(answer?.type).toBe(8);
		expect(answer?.data.choices?.[0]?.name).toMatch(/前端/);
	});

	it("reads the typed option of an action and of a group's action back through dispatcher.resolve", async () => {
		const { api, autocomplete } = await start();
		await autocomplete("exam", [
			{
				name: "list",
				type: 1,
				options: [
					{ name: "certificate", type: 3, value: "前端", focused: true },
				],
			},
		]);
		await autocomplete("kb", [
			{
				name: "link",
				type: 2,
				options: [
					{
						name: "add",
						type: 1,
						options: [
							{ name: "certificate", type: 3, value: "c001" },
							{ name: "major", type: 3, value: "软件技术", focused: true },
						],
					},
				],
			},
		]);
		// An option no argument of the command has, and a command no longer registered.
		await autocomplete("cert", [
			{ name: "nope", type: 3, value: "前端", focused: true },
		]);
		await autocomplete("gone", typing("前端"));
		const [exam, kb, nope, gone] = callbacks(api);
		expect(exam?.data.choices?.[0]?.name).toMatch(/前端/);
		expect(kb?.data.choices?.some((c) => /软件技术/.test(c.name))).toBe(true);
		expect(nope?.data.choices).toEqual([]);
		expect(gone?.data.choices).toEqual([]);
	});

	it("a burst of keystrokes leaves the slash command typed next its whole limit", async () => {
		const { api, autocomplete, slash } = await start();
		// 80 keystrokes, as many as the window allows: four times the 20 messages a user may
		// send per 10 s, and worth 20 messages at a quarter each, yet in their own bucket.
		for (let n = 0; n < 80; n++)
			await autocomplete("cert", typing("Web前端".slice(0, (n % 5) + 1)));
		expect(callbacks(api).every((c) => (c.data.choices?.length ?? 0) > 0)).toBe(
			true,
		);
		await slash("cert", [{ name: "query", type: 3, value: "前端" }]);
		const answer = callbacks(api).at(-1);
		expect(answer?.type).toBe(4);
		expect(answer?.data.content ?? "").not.toMatch(/太快|频繁/);
		expect(answer?.data.embeds?.[0]?.title).toMatch(/前端/);
	});

	it("bounds a flood: past 80 requests in the window no more suggestions are searched", async () => {
		const { api, autocomplete } = await start();
		for (let n = 0; n < 100; n++) await autocomplete("cert", typing("前端"));
		const answered = callbacks(api).map((c) => c.data.choices?.length ?? 0);
		expect(answered).toHaveLength(100);
		expect(answered.slice(0, 80).every((n) => n > 0)).toBe(true);
		expect(answered.slice(80)).toEqual(new Array(20).fill(0));
	});
});
