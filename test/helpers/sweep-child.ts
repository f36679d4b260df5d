/**
 * Child process of the two-process sweep test: one bot instance's reminder sweep over a shared
 * PostgreSQL database, sending through a notifier that prints `sent <chat key>` for each message
 * it is handed. Waits for a line on stdin, then sweeps at the given instant once.
 * Usage: node --import tsx test/helpers/sweep-child.ts <database url> <instant>
 */

import "./register-messages.js";
import { once } from "node:events";
import { type Notifier, silentLogger } from "../../src/core/ports.js";
import { createSweeper } from "../../src/features/reminders/sweep.js";
import { openPgDatabase } from "../../src/storage/postgres/database.js";
import { postgresRepositories } from "../../src/storage/postgres/repositories.js";
import { fixedRounds, yearRounds } from "./reminder-fixtures.js";

const [url, at] = process.argv.slice(2);
if (!url || !at) throw new Error("usage: sweep-child <database url> <instant>");
const db = openPgDatabase(url, { max: 4 });
const repos = postgresRepositories(db);
const notifier: Notifier = {
	platform: "telegram",
	maxConcurrentSends: 8,
	async send(chatKey) {
		// A short, uneven network delay so that the two instances' sends interleave.
		await new Promise((resolve) => setTimeout(resolve, Math.random() * 3));
		process.stdout.write(`sent ${chatKey}\n`);
		return { ok: true };
	},
};
const sweeper = createSweeper({
	subscriptions: repos.reminderSubscriptions,
	outboxRepository: repos.reminderOutbox,
	rounds: fixedRounds(yearRounds),
	teachers: async () => [],
	certificateName: () => undefined,
	notifiers: [notifier],
	zone: "Asia/Shanghai",
	reminderTime: "08:00",
	logger: silentLogger,
	batchSize: 100,
});
process.stdout.write("ready\n");
await once(process.stdin, "data");
const report = await sweeper.sweep(new Date(at));
const sent = report.lines.filter((l) => l.outcome === "sent").length;
process.stdout.write(`done ${report.due} ${sent}\n`);
await db.close();
process.stdin.destroy();
