import type { Message } from "grammy/types";
import { afterEach } from "vitest";
import {
	type RunningTelegram,
	type StartTelegramOptions,
	startTelegram,
} from "../../src/adapters/telegram/index.js";
import type { TelegramConfig } from "../../src/config.js";
import type { Role } from "../../src/core/command.js";
import { FakeTelegramApi } from "./fake-telegram-api.js";
import type { MemoryLogger } from "./memory-logger.js";
import { telegramTestDispatcher } from "./telegram-test-commands.js";

export interface Harness {
	fake: FakeTelegramApi;
	bot: RunningTelegram;
	logger: MemoryLogger;
	/** Roles of the test users by key (`telegram:502` → teacher); everyone else is a student. */
	roles: Map<string, Role>;
	/** Queues a message and waits until the bot has sent `replies` more messages or documents. */
	send(message: Message, replies?: number): Promise<void>;
	close(): Promise<void>;
}

const running = new Set<Harness>();

/**
 * Closes, after each test of the calling file, every harness the test started: the setup each
 * Telegram end-to-end test file shares.
 */
export function closeHarnessesAfterEach(): void {
	afterEach(async () => {
		for (const harness of running) await harness.close();
		running.clear();
	});
}

/**
 * The real adapter (`startTelegram`) over the test commands, talking to a fresh fake Bot API.
 * Retries wait 20 ms instead of seconds, except that 429 `retry_after` is honoured as asked.
 */
export async function startHarness(
	config: Partial<TelegramConfig> = {},
	extra: Partial<StartTelegramOptions> = {},
): Promise<Harness> {
	const fake = await FakeTelegramApi.start();
	const { dispatcher, logger, roles } = telegramTestDispatcher();
	let bot: RunningTelegram;
	try {
		bot = await startTelegram({
			config: {
				token: fake.token,
				apiRoot: fake.apiRoot,
				webhookUrl: undefined,
				webhookSecret: undefined,
				webhookPort: 0,
				webhookHost: "127.0.0.1",
				proxy: undefined,
				...config,
			},
			dispatcher,
			logger,
			privileged: () =>
				[...roles].flatMap(([key, role]) =>
					role === "student" ? [] : [{ key, role }],
				),
			retry: { baseDelayMs: 20, maxDelayMs: 2000 },
			pollingTimeoutSeconds: 1,
			...extra,
		});
	} catch (error) {
		await fake.close();
		throw error;
	}
	const outgoing = () =>
		fake.accepted("sendMessage").length + fake.accepted("sendDocument").length;
	const harness: Harness = {
		fake,
		bot,
		logger,
		roles,
		async send(message, replies = 1) {
			const before = outgoing();
			fake.pushUpdate({ message } as Parameters<typeof fake.pushUpdate>[0]);
			await fake.waitFor(() => outgoing() >= before + replies);
		},
		async close() {
			await bot.stop();
			await fake.close();
		},
	};
	running.add(harness);
	return harness;
}
