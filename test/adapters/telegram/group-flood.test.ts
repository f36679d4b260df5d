import { afterEach, describe, expect, it } from "vitest";
import type { Services } from "../../../src/core/context.js";
import type { Request } from "../../../src/core/request.js";
import { fakeBot } from "../../helpers/chat-client.js";
import { FixedClock } from "../../helpers/fixed-clock.js";
import { type Harness, startHarness } from "../../helpers/telegram-harness.js";
import { telegramTestCommands } from "../../helpers/telegram-test-commands.js";
import {
	englishUser,
	GROUP_ID,
	student,
	textMessage,
} from "../../helpers/telegram-updates.js";

let h: Harness | undefined;
let handled = 0;
afterEach(async () => {
	await h?.close();
	h = undefined;
});

/**
 * The real adapter over a dispatcher with the production limit (20 messages per 10 s),
 * counting the requests it has finished so that a test can wait for silent ones too.
 */
async function limitedHarness(): Promise<Harness> {
	handled = 0;
	const { dispatcher: real } = fakeBot({
		commands: telegramTestCommands,
		services: {
			users: { roleOf: async () => "student" as const },
		} as Partial<Services>,
		clock: new FixedClock(),
		productionLimit: true,
	});
	const dispatcher = {
		registry: real.registry,
		resolve: real.resolve,
		complete: real.complete,
		async handle(request: Request) {
			try {
				return await real.handle(request);
			} finally {
				handled++;
			}
		},
	};
	return startHarness({}, { dispatcher });
}

function push(harness: Harness, text: string) {
	harness.fake.pushUpdate({
		message: textMessage(student, text, { group: true }),
	} as Parameters<Harness["fake"]["pushUpdate"]>[0]);
}

describe("a Telegram group", () => {
	it("hears nothing from the bot about 25 chatty messages, and the next command is answered", async () => {
		const harness = await limitedHarness();
		h = harness;
		for (let i = 0; i < 25; i++) push(harness, `今天的作业是什么 ${i}`);
		await harness.fake.waitFor(() => handled >= 25);
		expect(harness.fake.textsTo(GROUP_ID)).toEqual([]);
		await harness.send(textMessage(student, "/cert 前端", { group: true }));
		const group = harness.fake.textsTo(GROUP_ID);
		expect(group).toHaveLength(1);
		expect(group[0]).not.toContain("频繁");
		expect(harness.fake.textsTo(student.id)).toEqual([]);
	});

	it("never posts a rate-limit notice in the group when one member floods commands", async () => {
		const harness = await limitedHarness();
		h = harness;
		for (let i = 0; i < 25; i++) push(harness, `/cert 前端${i}`);
		await harness.fake.waitFor(() => handled >= 25);
		await harness.fake.waitFor(
			() => harness.fake.textsTo(GROUP_ID).length >= 20,
		);
		// A private round trip after the flood: anything the flood still sent has arrived by then.
		await harness.send(textMessage(englishUser, "/cert 前端"));
		const group = harness.fake.textsTo(GROUP_ID);
		expect(group).toHaveLength(20);
		expect(group.some((t) => t.includes("频繁"))).toBe(false);
		expect(harness.fake.textsTo(student.id)).toEqual([]);
	});
});
