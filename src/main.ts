import { existsSync } from "node:fs";
import { join } from "node:path";
import { runConsole } from "./adapters/console.js";
import { createConsoleNotifier } from "./adapters/console-notifier.js";
import { databaseFile, openApp } from "./app.js";
import { parseCli } from "./cli-args.js";
import { ConfigError, loadConfig } from "./config.js";
import type { RunningAdapter } from "./core/adapter.js";
import { resolveLocale } from "./core/i18n.js";
import type { Clock, Notifier } from "./core/ports.js";
import { inboxDir, watchInbox } from "./features/knowledge/layer/inbox.js";
import { KnowledgeError } from "./features/knowledge/load.js";
import { startReminderScheduler } from "./features/reminders/scheduler.js";
import { createLogger } from "./logger.js";
import { scheduleDailyBackup } from "./storage/backup-schedule.js";
import { StorageError } from "./storage/storage-error.js";

const systemClock: Clock = { now: () => new Date() };

/** Start-up problems a person can fix: said plainly, without a stack trace. */
function fail(message: string): never {
	process.stderr.write(`onex-bot: ${message}\n`);
	process.exit(1);
}

async function main(): Promise<void> {
	if (existsSync(".env")) process.loadEnvFile(".env");
	let cli: ReturnType<typeof parseCli>;
	try {
		cli = parseCli(process.argv.slice(2));
	} catch (error) {
		fail(
			`${error instanceof Error ? error.message : String(error)}\nusage: npm start [-- --console] [--json] [--user <id>] [--lang zh|en]`,
		);
	}
	let config: ReturnType<typeof loadConfig>;
	try {
		config = loadConfig(process.env);
	} catch (error) {
		if (error instanceof ConfigError)
			fail(`${error.message}\nSee .env.example for every variable.`);
		throw error;
	}
	const logger = createLogger(config.logLevel);
	const app = await openApp(config, systemClock, logger).catch(
		(error: unknown) => {
			if (error instanceof StorageError || error instanceof KnowledgeError)
				fail(error.message);
			throw error;
		},
	);

	const useConsole = cli.console || (!config.telegram && !config.discord);
	const interactive = useConsole && process.stdin.isTTY === true && !cli.json;
	const adapters: RunningAdapter[] = [];
	// A platform that cannot be reached stops start-up with the reason, not a stack trace.
	const connect = async (
		name: string,
		hint: string,
		start: () => Promise<RunningAdapter>,
	) => {
		try {
			adapters.push(await start());
		} catch (error) {
			await Promise.allSettled(adapters.map((a) => a.stop()));
			await app.close();
			fail(
				`${name} could not start: ${error instanceof Error ? error.message : String(error)}\n${hint}`,
			);
		}
	};
	const telegram = cli.console ? undefined : config.telegram;
	if (telegram) {
		await connect(
			"Telegram",
			"Check TELEGRAM_BOT_TOKEN and the network; in mainland China set HTTPS_PROXY.",
			// The SDKs load only when their adapter is on: the console starts without them.
			async () => {
				const { startTelegram } = await import("./adapters/telegram/index.js");
				return startTelegram({
					config: telegram,
					dispatcher: app.dispatcher,
					logger,
					menuStateFile: join(config.dataDir, "telegram-menu.sha256"),
					roleMenuStateFile: join(config.dataDir, "telegram-role-menus.json"),
					privileged: async () =>
						(await app.services.users.privileged?.()) ?? [],
				});
			},
		);
	}
	const discord = cli.console ? undefined : config.discord;
	if (discord) {
		await connect(
			"Discord",
			"Check DISCORD_TOKEN and DISCORD_APP_ID, and the network or proxy.",
			async () => {
				const { startDiscord } = await import("./adapters/discord/index.js");
				return startDiscord({
					config: discord,
					dispatcher: app.dispatcher,
					logger,
				});
			},
		);
	}

	// Reminders go to every running platform; on a console pipe they would mix into the replies.
	const notifiers: Notifier[] = adapters.map((a) => a.notifier);
	if (interactive) notifiers.push(createConsoleNotifier());
	app.alerts.connect(notifiers);
	const scheduler =
		notifiers.length > 0
			? startReminderScheduler({
					sweeper: app.sweeper(notifiers),
					clock: systemClock,
					logger,
					zone: config.zone,
					reminderTime: config.reminderTime,
				})
			: undefined;
	// PostgreSQL is backed up by its own tools (pg_dump, base backups); the lowdb file here.
	const backups =
		app.storage.kind === "lowdb"
			? scheduleDailyBackup({
					file: databaseFile(config),
					keep: config.backupKeep,
					zone: config.zone,
					clock: systemClock,
					logger,
				})
			: undefined;
	// `npm run knowledge -- import` hands files to the running bot here.
	const inbox = watchInbox({
		dir: inboxDir(config.dataDir),
		layer: app.services.knowledgeLayer,
		logger,
		when: { clock: systemClock, zone: config.zone },
	});

	let stopping: Promise<void> | undefined;
	const shutdown = () => {
		stopping ??= (async () => {
			await backups?.stop();
			await inbox.stop();
			await scheduler?.stop();
			await Promise.allSettled(adapters.map((a) => a.stop()));
			await app.close();
		})();
		return stopping;
	};
	for (const signal of ["SIGINT", "SIGTERM"] as const) {
		process.once(signal, () => {
			logger.info("shutting down", { signal });
			void shutdown().then(() => process.exit(0));
		});
	}

	if (useConsole) {
		await runConsole({
			dispatcher: app.dispatcher,
			input: process.stdin,
			output: process.stdout,
			user: cli.user,
			locale: resolveLocale(cli.lang ?? process.env.LANG),
			json: cli.json,
			interactive,
			filesDir: join(config.dataDir, "files"),
		});
		await shutdown();
		process.exit(0);
	}
}

main().catch((error: unknown) => {
	process.stderr.write(
		`onex-bot: could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
	);
	process.exit(1);
});
