/**
 * Run in a child process with a given `TZ`: a year of hourly sweeps plus node-cron's next
 * daily runs, printed as JSON. The host zone must not change a single line of it.
 */
import "./register-messages.js";
import cron from "node-cron";
import { silentLogger } from "../../src/core/ports.js";
import { dailyCron } from "../../src/features/reminders/scheduler.js";
import { createSweeper } from "../../src/features/reminders/sweep.js";
import { RecordingNotifier } from "./recording-notifier.js";
import {
	fixedRounds,
	lowdbReminders,
	reminderStore,
	yearRounds,
	yearTeachers,
} from "./reminder-fixtures.js";
import { simulationSubscriptions } from "./reminder-harness.js";

let now = new Date("2026-11-28T02:00:00Z");
const clock = { now: () => now };
const store = reminderStore({
	subscriptions: simulationSubscriptions(now.toISOString()),
});
const repos = lowdbReminders(store);
const sweeper = createSweeper({
	subscriptions: repos.subscriptions,
	outboxRepository: repos.outbox,
	rounds: fixedRounds(yearRounds),
	teachers: async () => yearTeachers,
	certificateName: () => undefined,
	notifiers: [
		new RecordingNotifier("telegram", clock),
		new RecordingNotifier("discord", clock),
	],
	zone: "Asia/Shanghai",
	reminderTime: "08:00",
	logger: silentLogger,
});
const sent: string[] = [];
for (let h = 0; h < 366 * 24; h++) {
	const report = await sweeper.sweep(now);
	for (const l of report.lines) sent.push(`${report.at} ${l.outcome} ${l.key}`);
	now = new Date(now.getTime() + 3_600_000);
}
const task = cron.createTask(dailyCron("08:00"), () => {}, {
	timezone: "Asia/Shanghai",
});
const nextRuns = task.getNextRuns(3).map((d) => d.toISOString());
await task.destroy();
process.stdout.write(
	JSON.stringify({
		tz: process.env.TZ,
		offset: new Date().getTimezoneOffset(),
		sent,
		nextRuns,
	}),
);
