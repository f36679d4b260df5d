/**
 * One reminder sweep as if it were a given instant:
 *
 *   npm run reminders -- --at 2027-03-13T00:00:00Z [--dry-run]
 *
 * Prints every due reminder: to whom, why, and the text. `--dry-run` writes nothing and may run
 * next to the bot (the database is read, not locked). Without it the sweep records the outbox
 * and sends through the console notifier only: reminders to Telegram or Discord chats are
 * listed as not sent and left for the bot, which is stopped meanwhile (the database lock).
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { createConsoleNotifier } from "../src/adapters/console-notifier.js";
import { loadConfig } from "../src/config.js";
import { renderText } from "../src/core/render-text.js";
import { createExamService } from "../src/services/exams/exam-service.js";
import { loadKnowledge } from "../src/services/knowledge/load.js";
import { practiceFromTraining } from "../src/services/reminders/practice-source.js";
import { createSweeper } from "../src/services/reminders/sweep.js";
import {
	type DbData,
	emptyDb,
	SCHEMA_VERSION,
} from "../src/services/storage/db.js";
import { mergeDefaults } from "../src/services/storage/merge-defaults.js";
import { migrate } from "../src/services/storage/migrations.js";
import { openJsonStore } from "../src/services/storage/open-json-store.js";
import { memoryStore, type Store } from "../src/services/storage/store.js";
import { createTrainingService } from "../src/services/training/training-service.js";
import { createUserDirectory } from "../src/services/users/user-directory.js";

/** A read-only copy of the database for a dry run: no lock, nothing written back. */
async function readSnapshot(file: string): Promise<Store<DbData>> {
	if (!existsSync(file)) return memoryStore(emptyDb());
	const doc = JSON.parse(await readFile(file, "utf8")) as Record<
		string,
		unknown
	>;
	return memoryStore(
		mergeDefaults(migrate(file, doc, SCHEMA_VERSION).doc, emptyDb()),
	);
}

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
	const file = join(config.dataDir, "db.json");
	const store = dryRun ? await readSnapshot(file) : await openJsonStore(file);
	try {
		const exams = createExamService(store, knowledge.exams, { now: () => at });
		const training = createTrainingService({
			store,
			users: createUserDirectory(store, config.adminIds),
			policy: knowledge.policy,
		});
		const names = new Map(knowledge.certificates.map((c) => [c.id, c.name]));
		const sweeper = createSweeper({
			store,
			rounds: () => exams.list(),
			teachers: (today) => practiceFromTraining(training, today),
			certificateName: (id) => names.get(id),
			notifiers: [createConsoleNotifier({ write: print })],
			zone: config.zone,
			reminderTime: config.reminderTime,
			logger: {
				info() {},
				warn() {},
				error: (m, d) => print(`error: ${m} ${JSON.stringify(d)}`),
			},
		});
		print(
			`Sweep at ${at.toISOString()} (${config.zone}, reminders at ${config.reminderTime})${dryRun ? ", dry run" : ""}`,
		);
		const report = await sweeper.sweep(at, { dryRun });
		print(`${report.due} due, ${report.lines.length} not sent before`);
		for (const line of report.lines) {
			print(
				`[${line.outcome}] ${line.chatKey} — ${line.why}${line.detail ? ` (${line.detail})` : ""}`,
			);
			if (line.outcome === "would-send") print(`${renderText(line.reply)}\n`);
		}
		return 0;
	} finally {
		if ("close" in store && typeof store.close === "function")
			await store.close();
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
