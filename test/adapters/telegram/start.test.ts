import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { startTelegram } from "../../../src/adapters/telegram/index.js";
import { MemoryLogger } from "../../helpers/memory-logger.js";
import { telegramTestDispatcher } from "../../helpers/telegram-test-commands.js";

/** A loopback port with nothing listening: every call fails with a network error. */
async function closedPort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
	const address = server.address();
	await new Promise<void>((resolve) => server.close(() => resolve()));
	return typeof address === "object" && address ? address.port : 9;
}

describe("startTelegram", () => {
	it("gives up with a reason when the Bot API cannot be reached, instead of retrying for ever", async () => {
		const apiRoot = `http://127.0.0.1:${await closedPort()}`;
		const { dispatcher } = telegramTestDispatcher();
		const started = Date.now();
		const error = await startTelegram({
			config: {
				token: "123456:TEST-abcdefghijklmnopqrstuvwxyz",
				apiRoot,
				webhookUrl: undefined,
				webhookSecret: undefined,
				webhookPort: 0,
				webhookHost: "127.0.0.1",
				proxy: undefined,
			},
			dispatcher,
			logger: new MemoryLogger(),
			retry: { baseDelayMs: 20, maxDelayMs: 100 },
			startTimeoutMs: 1500,
		}).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(Error);
		expect((error as Error).message).toContain(
			`no answer from the Bot API at ${apiRoot} within 2 s`,
		);
		expect(Date.now() - started).toBeLessThan(10_000);
	});
});
