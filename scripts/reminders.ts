/**
 * One reminder sweep as if it were a given instant:
 *
 *   npm run reminders -- --at 2027-03-13T00:00:00Z [--dry-run]
 *
 * Prints every due reminder: to whom, why, and the text. `--dry-run` writes nothing and may run
 * next to the bot (the database is read, not locked). Without it the sweep records the outbox
 * and sends through the console notifier only: reminders to Telegram or Discord chats are
 * listed as not sent and left for the bot, which is stopped meanwhile (the lowdb lock); on
 * PostgreSQL (`DATABASE_URL`) the bot may keep running.
 */
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { createConsoleNotifier } from "../src/adapters/console-notifier.js";
import { createBot, databaseFile } from "../src/app.js";
import { loadConfig } from "../src/config.js";
import { renderText } from "../src/core/render-text.js";
import { loadKnowledge } from "../src/features/knowledge/load.js";
import { openStorage } from "../src/storage/open-storage.js";
import { readSnapshot } from "../src/storage/read-snapshot.js";

/** Runs the script; returns the exit code. `env` is the process environment. */
export async function runRemindersScript(
	argv: readonly string[],
	env: Record<string, string | undefined>,
	print: (line: string) => void,
): Promise<number> {
	const { values } = parseArgs({
		args: [...argv],
		options: {
			at: { type: "string" },
			"dry-run": { type: "boolean", default: false },
		},
		strict: true,
	});
	const at = values.at ? new Date(values.at) : undefined;
	if (
		!at ||
		Number.isNaN(at.getTime()) ||
		!/[zZ]|[+-]\d\d:?\d\d$/.test(values.at ?? "")
	) {
		print(
			"--at needs an ISO instant with a zone, e.g. --at 2027-03-13T00:00:00Z or 2027-03-13T08:00+08:00",
		);
		return 2;
	}
	const dryRun = values["dry-run"] ?? false;
	const config = loadConfig(env);
	const knowledge = await loadKnowledge(config.knowledgeDir);
	const logger = {
		info() {},
		warn() {},
		error: (m: string, d?: Record<string, unknown>) =>
			print(`error: ${m} ${JSON.stringify(d)}`),
	};
	// PostgreSQL serves the bot and this script at once; the lowdb file is only read in a dry run.
	const storage =
		config.database || !dryRun ? await openStorage(config, logger) : undefined;
	try {
		const app = createBot(config, {
			...(storage
				? {
						repositories: storage.repositories,
						knowledgeLayer: await storage.repositories.knowledgeLayer.load(),
					}
				: { store: await readSnapshot(databaseFile(config)) }),
			knowledge,
			clock: { now: () => at },
			logger,
		});
		const sweeper = app.sweeper([createConsoleNotifier({ write: print })]);
		print(
			`Sweep at ${at.toISOString()} (${config.zone}, reminders at ${config.reminderTime})${dryRun ? ", dry run" : ""}`,
		);
		const report = await sweeper.sweep(at, { dryRun, explain: true });
		print(`${report.due} due, ${report.lines.length} not sent before`);
		for (const line of report.lines) {
			print(
				`[${line.outcome}] ${line.chatKey} — ${line.why}${line.detail ? ` (${line.detail})` : ""}`,
			);
			if (line.reply) print(`${renderText(line.reply)}\n`);
		}
		return 0;
	} finally {
		await storage?.close();
	}
}

if (
	process.argv[1] &&
	import.meta.url === pathToFileURL(process.argv[1]).href
) {
	if (existsSync(".env")) process.loadEnvFile(".env");
	runRemindersScript(process.argv.slice(2), process.env, (l) => console.log(l))
		.then((code) => {
			process.exitCode = code;
		})
		.catch((error: unknown) => {
			console.error(error instanceof Error ? error.message : String(error));
			process.exitCode = 1;
		});
}
