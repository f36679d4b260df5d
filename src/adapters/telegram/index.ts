import type { UserFromGetMe } from "grammy/types";
import type { TelegramConfig } from "../../config.js";
import type { RunningAdapter } from "../../core/adapter.js";
import type { Dispatcher } from "../../core/dispatcher.js";
import type { Logger } from "../../core/ports.js";
import type { RetryOptions } from "./api-retry.js";
import { createTelegramBot } from "./bot.js";
import { fileHashStore, memoryHashStore, publishMenu } from "./menu.js";
import { createTelegramNotifier } from "./notifier.js";
import { startWebhookServer } from "./webhook-server.js";

const UPDATES = ["message", "callback_query"] as const;

export interface StartTelegramOptions {
	/** Token, API root, proxy and webhook settings, as `loadConfig` read them. */
	config: TelegramConfig;
	/** The command core; the adapter only translates to and from it. */
	dispatcher: Dispatcher;
	logger: Logger;
	/**
	 * File that remembers the published command menu (e.g. `<dataDir>/telegram-menu.sha256`),
	 * so `setMyCommands` runs only when the menu changed. In memory when omitted.
	 */
	menuStateFile?: string;
	/** Known bot identity (skips `getMe`); normally left out. */
	botInfo?: UserFromGetMe;
	/** Outgoing retry policy (defaults: 4 tries, waits up to 30 s). */
	retry?: RetryOptions;
	/** Long-polling timeout in seconds; default 30. */
	pollingTimeoutSeconds?: number;
	/** How long start-up waits for the Bot API to answer `getMe`; default 60,000 ms. */
	startTimeoutMs?: number;
}

/** A running Telegram adapter; `webhookPort` is set in webhook mode (the port actually bound). */
export interface RunningTelegram extends RunningAdapter {
	readonly webhookPort?: number;
}

/**
 * Connects to the Bot API (fails on a bad token), publishes the command menu when it changed,
 * then receives updates: long polling, or a webhook server when `config.webhookUrl` is set.
 * `stop()` stops receiving and waits for updates in progress; the webhook stays registered
 * so that other instances keep receiving.
 */
export async function startTelegram(
	options: StartTelegramOptions,
): Promise<RunningTelegram> {
	const { config, logger } = options;
	const { bot, tokens } = createTelegramBot({
		config,
		dispatcher: options.dispatcher,
		logger,
		...(options.botInfo ? { botInfo: options.botInfo } : {}),
		...(options.retry ? { retry: options.retry } : {}),
	});
	// grammY retries getMe on network errors for ever; an unreachable API (no proxy in
	// mainland China) should stop start-up with a reason instead.
	const startTimeoutMs = options.startTimeoutMs ?? 60_000;
	const signal = AbortSignal.timeout(startTimeoutMs);
	try {
		await bot.init(signal as Parameters<typeof bot.init>[0]);
	} catch (error) {
		if (!signal.aborted) throw error;
		throw new Error(
			`no answer from the Bot API at ${config.apiRoot ?? "https://api.telegram.org"} within ${Math.round(startTimeoutMs / 1000)} s`,
		);
	}
	const store = options.menuStateFile
		? fileHashStore(options.menuStateFile)
		: memoryHashStore();
	try {
		const menu = await publishMenu(
			bot.api,
			bot.botInfo.id,
			options.dispatcher.registry,
			store,
		);
		logger.info("telegram command menu", { menu });
	} catch (error) {
		// A menu is a convenience; the bot works without it.
		logger.warn("telegram command menu not published", {
			error: error instanceof Error ? error.message : String(error),
		});
	}
	const notifier = createTelegramNotifier({ api: bot.api, tokens, logger });

	if (config.webhookUrl) {
		if (!config.webhookSecret)
			throw new Error("Telegram webhook mode needs a webhook secret");
		const server = await startWebhookServer({
			bot,
			logger,
			secretToken: config.webhookSecret,
			port: config.webhookPort,
			host: config.webhookHost,
		});
		await bot.api.setWebhook(config.webhookUrl, {
			secret_token: config.webhookSecret,
			allowed_updates: [...UPDATES],
		});
		logger.info("telegram webhook listening", {
			bot: bot.botInfo.username,
			host: config.webhookHost,
			port: server.port,
		});
		let stopping: Promise<void> | undefined;
		return {
			name: "telegram",
			notifier,
			webhookPort: server.port,
			stop: () => {
				stopping ??= server.close();
				return stopping;
			},
		};
	}

	let onStarted: () => void = () => {};
	const started = new Promise<void>((resolve) => {
		onStarted = resolve;
	});
	const polling = bot.start({
		allowed_updates: [...UPDATES],
		timeout: options.pollingTimeoutSeconds ?? 30,
		onStart: () => onStarted(),
	});
	// Ends only on stop() or on an error Telegram will not heal (401 token revoked, 409 two pollers).
	const finished = polling.then(
		() => undefined,
		(error: unknown) => {
			logger.error("telegram polling stopped", {
				error: error instanceof Error ? error.message : String(error),
			});
			return error;
		},
	);
	const early = await Promise.race([started.then(() => undefined), finished]);
	if (early !== undefined) throw early;
	logger.info("telegram polling", { bot: bot.botInfo.username });
	let stopping: Promise<void> | undefined;
	return {
		name: "telegram",
		notifier,
		stop: () => {
			stopping ??= (async () => {
				if (bot.isRunning())
					await bot.stop().catch((error: unknown) =>
						logger.warn("telegram stop: last offset not confirmed", {
							error: error instanceof Error ? error.message : String(error),
						}),
					);
				await finished;
			})();
			return stopping;
		},
	};
}
