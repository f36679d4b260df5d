/**
 * Reminder sweep over 100,000 subscriptions and 1,000 teachers, on an instant where every
 * subscription has a reminder due (the worst day): plan only, a dry run (plan + outbox filter
 * + rendering), a sending sweep with a no-op notifier, and the steady-state sweep afterwards.
 */

import "../src/messages.js";
import { type Notifier, silentLogger } from "../src/core/ports.js";
import type { ExamRound } from "../src/features/knowledge/knowledge-port.js";
import {
	emptyReminderData,
	type Subscription,
} from "../src/features/reminders/data.js";
import { planReminders } from "../src/features/reminders/planner.js";
import type { PracticeStatus } from "../src/features/reminders/policy.js";
import { createSweeper } from "../src/features/reminders/sweep.js";
import { lowdbOutboxRepository } from "../src/storage/lowdb/outbox-repository.js";
import { lowdbSubscriptionRepository } from "../src/storage/lowdb/subscription-repository.js";
import { memoryStore } from "../src/storage/store.js";

const SUBSCRIPTIONS = 100_000;
const TEACHERS = 1_000;
const CERTIFICATES = 400;
const NOW = new Date("2027-03-08T00:00:00Z"); // 08:00 Shanghai, 7 days before registration closes

function fixtures() {
	const rounds: ExamRound[] = [];
	for (let c = 0; c < CERTIFICATES; c++)
		for (const [i, exam] of ["2027-03-20", "2027-06-26"].entries())
			rounds.push({
				id: `b${c}-${i}`,
				certificateId: `c${c}`,
				levels: ["中级"],
				dates:
					i === 0
						? {
								register: "2027-03-15",
								pay: "2027-03-16",
								exam,
								results: "2027-04-04",
							}
						: { register: "2027-06-21", exam },
				source: { title: "bench", trust: "medium" },
			});
	const subscriptions: Subscription[] = [];
	for (let i = 0; i < SUBSCRIPTIONS; i++)
		subscriptions.push({
			chatKey: `telegram:${-1_000_000 - Math.floor(i / 5)}`,
			certificateId: `c${i % CERTIFICATES}`,
			by: "telegram:1",
			at: "2026-11-28T00:00:00.000Z",
			locale: "zh-CN",
		});
	// Every teacher is short and their 6-month slot is due today.
	const teachers: PracticeStatus[] = Array.from(
		{ length: TEACHERS },
		(_, i) => ({
			teacherKey: `telegram:${i + 1}`,
			periodEnd: "2027-09-08",
			practiceDays: i % 170,
			requiredDays: 180,
		}),
	);
	return { rounds, subscriptions, teachers };
}

const mb = (n: number) => `${(n / 1_048_576).toFixed(1)} MB`;

async function timed<T>(label: string, run: () => T | Promise<T>): Promise<T> {
	globalThis.gc?.();
	const heap = process.memoryUsage().heapUsed;
	const start = performance.now();
	const result = await run();
	const ms = performance.now() - start;
	const grown = process.memoryUsage().heapUsed - heap;
	console.log(
		`  ${label.padEnd(44)} ${ms.toFixed(0).padStart(6)} ms   heap +${mb(Math.max(0, grown))}`,
	);
	return result;
}

/** One sweep over 100,000 subscriptions and 1,000 teachers: time and memory, printed. */
export async function benchReminders(): Promise<void> {
	console.log(
		`reminders: ${SUBSCRIPTIONS} subscriptions, ${TEACHERS} teachers, ${CERTIFICATES * 2} rounds`,
	);
	const { rounds, subscriptions, teachers } = fixtures();
	const store = memoryStore({
		reminders: { ...emptyReminderData(), subscriptions },
	});
	const input = {
		now: NOW,
		zone: "Asia/Shanghai",
		reminderTime: "08:00",
		rounds,
		subscriptions,
		pausedChats: {},
		teachers,
		practiceOptOut: [],
	};
	await timed("plan (pure, first run)", () => planReminders(input));
	const due = await timed("plan (pure, warm)", () => planReminders(input));
	console.log(`    → ${due.length} occurrences due`);
	const notifier: Notifier = {
		platform: "telegram",
		send: async () => ({ ok: true }),
	};
	const sweeper = createSweeper({
		subscriptions: lowdbSubscriptionRepository(store),
		outboxRepository: lowdbOutboxRepository(store),
		rounds: async () => ({ rounds, addedAt: new Map() }),
		teachers: async () => teachers,
		certificateName: (id) => `证书 ${id}`,
		notifiers: [notifier],
		zone: "Asia/Shanghai",
		reminderTime: "08:00",
		logger: silentLogger,
	});
	await timed("dry run (plan + outbox filter + render)", () =>
		sweeper.sweep(NOW, { dryRun: true }),
	);
	const sent = await timed("sending sweep (claim, no-op send, mark)", () =>
		sweeper.sweep(NOW),
	);
	console.log(
		`    → ${sent.lines.filter((l) => l.outcome === "sent").length} sent`,
	);
	const later = await timed("next hourly sweep (all already sent)", () =>
		sweeper.sweep(new Date(NOW.getTime() + 3_600_000)),
	);
	console.log(
		`    → ${later.lines.length} to send; outbox ${Object.keys(store.data.reminders.outbox).length} records`,
	);
	console.log(`  rss ${mb(process.memoryUsage().rss)}`);
}
