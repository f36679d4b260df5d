import { silentLogger } from "../../src/core/ports.js";
import type {
	ReminderData,
	Subscription,
} from "../../src/features/reminders/data.js";
import type { PracticeStatus } from "../../src/features/reminders/policy.js";
import {
	type ReminderScheduler,
	startReminderScheduler,
} from "../../src/features/reminders/scheduler.js";
import {
	createSweeper,
	type Sweeper,
	type SweepLine,
} from "../../src/features/reminders/sweep.js";
import type { Store } from "../../src/storage/store.js";
import { RecordingNotifier } from "./recording-notifier.js";
import {
	certificates,
	fixedRounds,
	lowdbReminders,
	reminderStore,
	yearRounds,
	yearTeachers,
} from "./reminder-fixtures.js";

export const simulationSubscriptions = (at: string): Subscription[] =>
	[
		["telegram:-100", "c1"],
		["telegram:200", "c1"],
		["telegram:200", "c2"],
		["discord:channel:3", "c2"],
	].map(([chatKey, certificateId]) => ({
		chatKey: chatKey as string,
		certificateId: certificateId as string,
		by: "telegram:1",
		at,
		locale: "zh-CN" as const,
	}));

/**
 * The reminder side of the bot as `main.ts` wires it, over a store that outlives "processes":
 * `boot()` starts a scheduler (with its catch-up sweep), `crash()` stops it.
 */
export function reminderBot(options: {
	start: string;
	zone?: string;
	teachers?: readonly PracticeStatus[];
	store?: Store<{ reminders: ReminderData }>;
}) {
	const store =
		options.store ??
		reminderStore({ subscriptions: simulationSubscriptions(options.start) });
	const clock = { now: () => new Date() };
	const telegram = new RecordingNotifier("telegram", clock);
	const discord = new RecordingNotifier("discord", clock);
	const names = new Map(certificates.map((c) => [c.id, c.name]));
	let scheduler: ReminderScheduler | undefined;
	let boots = 0;
	/** Every line of every sweep report: the outbox itself is pruned after 120 days. */
	const lines: (SweepLine & { at: string })[] = [];

	function sweeper(): Sweeper {
		const repos = lowdbReminders(store);
		const inner = createSweeper({
			subscriptions: repos.subscriptions,
			outboxRepository: repos.outbox,
			rounds: fixedRounds(yearRounds),
			teachers: async () => options.teachers ?? yearTeachers,
			certificateName: (id) => names.get(id),
			notifiers: [telegram, discord],
			zone: options.zone ?? "Asia/Shanghai",
			reminderTime: "08:00",
			logger: silentLogger,
		});
		return {
			recover: (now) => inner.recover(now),
			async sweep(now, opts) {
				const report = await inner.sweep(now, opts);
				for (const l of report.lines) lines.push({ ...l, at: report.at });
				return report;
			},
		};
	}

	return {
		store,
		telegram,
		discord,
		get boots() {
			return boots;
		},
		async boot() {
			boots++;
			scheduler = startReminderScheduler({
				sweeper: sweeper(),
				clock,
				logger: silentLogger,
				zone: options.zone ?? "Asia/Shanghai",
				reminderTime: "08:00",
			});
			await scheduler.started;
		},
		async crash() {
			await scheduler?.stop();
			scheduler = undefined;
		},
		lines,
		/** Keys sent, with the instant of the sweep that sent them. */
		sent(): Map<string, string[]> {
			const out = new Map<string, string[]>();
			for (const l of lines)
				if (l.outcome === "sent")
					out.set(l.key, [...(out.get(l.key) ?? []), l.at]);
			return out;
		},
		deliveries() {
			return [...telegram.deliveries, ...discord.deliveries];
		},
		sweeper,
	};
}
