import { type RunnerHandle, run } from "@grammyjs/runner";
import type { UserFromGetMe } from "grammy/types";
import type { TelegramConfig } from "../../config.js";
import type { RunningAdapter } from "../../core/adapter.js";
import type { Dispatcher } from "../../core/dispatcher.js";
import type { Logger } from "../../core/ports.js";
import type { RetryOptions } from "./api-retry.js";
import { createTelegramBot } from "./bot.js";
import { fileHashStore, memoryHashStore, publishMenu } from "./menu.js";
import { createTelegramNotifier } from "./notifier.js";
import {
	createRoleMenus,
	type Privileged,
	type RoleMenus,
} from "./role-menus.js";
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
	/**
	 * Teachers and admins now; their private chats get the menu of their role, kept up to date
	 * after every update. Without it everyone sees the student menu.
	 */
	privileged?: () => Privileged[] | Promise<Privileged[]>;
	/** File that remembers the per-chat role menus; in memory when omitted. */
	roleMenuStateFile?: string;
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
	let roleMenus: RoleMenus | undefined;
	const inFlight = new Set<Promise<void>>();
	let lastUpdateId: number | undefined;
	const { bot, tokens } = createTelegramBot({
		config,
		dispatcher: options.dispatcher,
		logger,
		around: async (next) => {
			const task = next();
			inFlight.add(task);
			try {
				await task;
			} finally {
				inFlight.delete(task);
				void roleMenus?.sync();
			}
		},
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
	if (options.privileged) {
		roleMenus = createRoleMenus({
			api: bot.api,
			registry: options.dispatcher.registry,
			privileged: options.privileged,
			store: options.roleMenuStateFile
				? fileHashStore(options.roleMenuStateFile)
				: memoryHashStore(),
			logger,
		});
		await roleMenus.sync();
	}
	// A role granted elsewhere (the console, Discord) reaches Telegram menus within a minute.
	const menuTimer = roleMenus
		? setInterval(() => void roleMenus?.sync(), 60_000)
		: undefined;
	menuTimer?.unref();
	const notifier = createTelegramNotifier({ api: bot.api, tokens, logger });
	const settleMenus = async () => {
		clearInterval(menuTimer);
		await roleMenus?.settled();
	};

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
				stopping ??= server.close().then(settleMenus);
				return stopping;
			},
		};
	}

	// Polling through grammY's runner: updates of different chats are handled concurrently,
	// one chat's in order (`sequentialize` in the bot). Tracked so that stop() waits for them.
	bot.api.config.use(async (prev, method, payload, signal) => {
		const result = await prev(method, payload, signal);
		if (method === "getUpdates" && result.ok && Array.isArray(result.result))
			for (const u of result.result as { update_id: number }[])
				lastUpdateId = Math.max(lastUpdateId ?? 0, u.update_id);
		return result;
	});
	await bot.api.deleteWebhook();
	const runner: RunnerHandle = run(bot, {
		runner: {
			silent: true,
			fetch: {
				allowed_updates: [...UPDATES],
				timeout: options.pollingTimeoutSeconds ?? 30,
			},
		},
	});
	// Ends only on stop() or on an error Telegram will not heal (401 token revoked, 409 two pollers).
	const finished = (runner.task() ?? Promise.resolve()).then(
		() => undefined,
		(error: unknown) => {
			logger.error("telegram polling stopped", {
				error: error instanceof Error ? error.message : String(error),
			});
			return error;
		},
	);
	logger.info("telegram polling", { bot: bot.botInfo.username });
	let stopping: Promise<void> | undefined;
	return {
		name: "telegram",
		notifier,
		stop: () => {
			stopping ??= (async () => {
				await runner.stop();
				await finished;
				await Promise.allSettled([...inFlight]);
				// Confirms what was handled, so a restart does not handle it again.
				if (lastUpdateId !== undefined)
					await bot.api
						.getUpdates({ offset: lastUpdateId + 1, limit: 1, timeout: 0 })
						.catch((error: unknown) =>
							logger.warn("telegram stop: last offset not confirmed", {
								error: error instanceof Error ? error.message : String(error),
							}),
						);
				await settleMenus();
			})();
			return stopping;
		},
	};
}
