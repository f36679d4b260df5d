import { localDate } from "../../core/dates.js";
import type { Logger, Notifier, SendResult } from "../../core/ports.js";
import type { Reply } from "../../core/reply.js";
import { userPlatform } from "../../core/request.js";
import type { ExamRound } from "../knowledge/knowledge-port.js";
import { createOutbox, type OutboxOptions } from "./outbox.js";
import type { OutboxRepository } from "./outbox-repository.js";
import { type Occurrence, planReminders } from "./planner.js";
import type { PracticeStatus, ReminderPolicy } from "./policy.js";
import { describeOccurrence, renderReminder } from "./render.js";
import { runGrouped } from "./send-pool.js";
import type { SubscriptionRepository } from "./subscription-repository.js";

/** Every exam round, shipped and added, and when each run-time round was added. */
export interface ScheduledRounds {
	rounds: readonly ExamRound[];
	/** Run-time round id → UTC ISO instant it was added (slots before it are not sent). */
	addedAt: ReadonlyMap<string, string>;
}

export interface SweepDeps {
	subscriptions: Pick<
		SubscriptionRepository,
		"allSubscriptions" | "pausedChats" | "practiceOptOuts"
	>;
	outboxRepository: OutboxRepository;
	/** Exam rounds, read fresh at each sweep (another instance may have added one). */
	rounds: () => Promise<ScheduledRounds>;
	/** Teachers' enterprise-practice standing on `today` (local date). */
	teachers: (today: string) => Promise<readonly PracticeStatus[]>;
	certificateName: (id: string) => string | undefined;
	/** One per platform; chosen by the chat key's prefix (`telegram:…`). */
	notifiers: readonly Notifier[];
	zone: string;
	reminderTime: string;
	logger: Logger;
	policy?: ReminderPolicy;
	outbox?: OutboxOptions;
	/** Most occurrences claimed (and settled) in one write; default 1,000. */
	batchSize?: number;
}

export type SweepOutcome =
	| "sent"
	| "would-send"
	| "retry"
	| "failed"
	| "paused"
	| "no-notifier";

export interface SweepLine {
	key: string;
	chatKey: string;
	outcome: SweepOutcome;
	/** Why it is due (milestone, date, slot, late); worded when read. */
	readonly why: string;
	/** The message, in dry runs only (a sending sweep renders each one just before its send). */
	reply?: Reply;
	detail?: string;
}

export interface SweepReport {
	at: string;
	/** Occurrences due now, sent before or not. */
	due: number;
	lines: SweepLine[];
}

export interface Sweeper {
	/**
	 * Plans at `now`, then sends each unsent occurrence: recorded before the send, marked after,
	 * in batches. A dry run plans and renders only, writing nothing. Sweeps in this process run
	 * one at a time; the outbox claim keeps sweeps of other sweepers and processes apart.
	 */
	sweep(now: Date, options?: { dryRun?: boolean }): Promise<SweepReport>;
	/** At start-up: marks sends interrupted by a crash as `uncertain` (never resent). */
	recover(now?: Date): Promise<number>;
}

const DEFAULT_CONCURRENCY = 4;

function line(
	o: Occurrence,
	outcome: SweepOutcome,
	extra: { detail?: string; reply?: Reply } = {},
): SweepLine {
	return {
		key: o.key,
		chatKey: o.chatKey,
		outcome,
		get why() {
			return describeOccurrence(o);
		},
		...extra,
	};
}

/** Builds the sweep over the given repositories, data sources and notifiers. */
export function createSweeper(deps: SweepDeps): Sweeper {
	const outbox = createOutbox(deps.outboxRepository, deps.outbox);
	const byPlatform = new Map(deps.notifiers.map((n) => [n.platform, n]));
	const maxBatch = Math.max(1, deps.batchSize ?? 1_000);
	let queue: Promise<unknown> = Promise.resolve();

	async function plan(now: Date): Promise<Occurrence[]> {
		const today = localDate(now, deps.zone);
		const [rounds, subscriptions, pausedChats, practiceOptOut, teachers] =
			await Promise.all([
				deps.rounds(),
				deps.subscriptions.allSubscriptions(),
				deps.subscriptions.pausedChats(),
				deps.subscriptions.practiceOptOuts(),
				deps.teachers(today),
			]);
		return planReminders({
			now,
			zone: deps.zone,
			reminderTime: deps.reminderTime,
			rounds: rounds.rounds,
			roundAddedAt: rounds.addedAt,
			subscriptions,
			pausedChats,
			teachers,
			practiceOptOut,
			...(deps.policy ? { policy: deps.policy } : {}),
		});
	}

	async function deliver(
		notifier: Notifier,
		o: Occurrence,
		now: Date,
	): Promise<SendResult> {
		try {
			// Rendered here, per send: a sweep never holds 100k rendered messages.
			const reply = renderReminder(o, {
				now,
				zone: deps.zone,
				certificateName: deps.certificateName,
			});
			return await notifier.send(o.chatKey, reply);
		} catch (error) {
			return {
				ok: false,
				reason: "retry",
				detail: error instanceof Error ? error.message : String(error),
			};
		}
	}

	/** Sends a claimed batch: each platform within its own concurrency, one chat at a time. */
	async function sendAll(
		claimed: readonly Occurrence[],
		now: Date,
	): Promise<Map<string, SendResult>> {
		const byNotifier = new Map<Notifier, Occurrence[]>();
		for (const o of claimed) {
			const n = byPlatform.get(userPlatform(o.chatKey));
			if (!n) continue;
			const list = byNotifier.get(n);
			if (list) list.push(o);
			else byNotifier.set(n, [o]);
		}
		const results = new Map<string, SendResult>();
		await Promise.all(
			[...byNotifier].map(async ([n, list]) => {
				const sent = await runGrouped(
					list,
					(o) => o.chatKey,
					n.maxConcurrentSends ?? DEFAULT_CONCURRENCY,
					(o) => deliver(n, o, now),
				);
				list.forEach((o, i) => {
					results.set(o.key, sent[i] as SendResult);
				});
			}),
		);
		return results;
	}

	async function run(now: Date, dryRun: boolean): Promise<SweepReport> {
		const due = await plan(now);
		if (!dryRun) await outbox.prune(now);
		const todo = await outbox.unsent(due);
		const lines: SweepLine[] = [];
		const report = () => ({ at: now.toISOString(), due: due.length, lines });
		if (dryRun) {
			const ctx = {
				now,
				zone: deps.zone,
				certificateName: deps.certificateName,
			};
			for (const o of todo)
				lines.push(line(o, "would-send", { reply: renderReminder(o, ctx) }));
			return report();
		}
		const sendable: Occurrence[] = [];
		let missing = 0;
		for (const o of todo) {
			if (byPlatform.has(userPlatform(o.chatKey))) sendable.push(o);
			else {
				lines.push(line(o, "no-notifier"));
				missing++;
			}
		}
		if (missing > 0)
			deps.logger.warn("reminders left for a platform not connected", {
				count: missing,
			});

		// Batches grow from one occurrence to `maxBatch`: a crash early in a sweep leaves few
		// claims unsettled (each becomes `uncertain`, never resent), and a large sweep still
		// costs one write per thousand occurrences. Settling a batch and claiming the next run
		// together, so an embedded store writes them in one go.
		let size = 1;
		let settling: Promise<void> = Promise.resolve();
		for (let i = 0; i < sendable.length; ) {
			const batch = sendable.slice(i, i + size);
			i += batch.length;
			size = Math.min(maxBatch, size * 2);
			const [claims] = await Promise.all([outbox.claim(batch, now), settling]);
			const claimed = batch.filter((o) => claims.get(o.key) === "claimed");
			for (const o of batch)
				if (claims.get(o.key) === "paused") lines.push(line(o, "paused"));
			const results = await sendAll(claimed, now);
			settling = settle(claimed, results, now, lines);
		}
		await settling;
		return report();
	}

	async function settle(
		claimed: readonly Occurrence[],
		results: ReadonlyMap<string, SendResult>,
		now: Date,
		lines: SweepLine[],
	): Promise<void> {
		const statuses = await outbox.settle(
			claimed.map((o) => ({
				key: o.key,
				chatKey: o.chatKey,
				result: results.get(o.key) ?? { ok: false, reason: "retry" },
			})),
			now,
		);
		for (const o of claimed) {
			const result = results.get(o.key) ?? { ok: false, reason: "retry" };
			if (result.ok) {
				lines.push(line(o, "sent"));
				continue;
			}
			deps.logger.warn("reminder not delivered", {
				key: o.key,
				chat: o.chatKey,
				reason: result.reason,
				detail: result.detail,
			});
			const outcome: SweepOutcome =
				statuses.get(o.key) === "retry" ? "retry" : "failed";
			lines.push(
				line(
					o,
					outcome,
					result.detail === undefined ? {} : { detail: result.detail },
				),
			);
		}
	}

	function enqueue<T>(job: () => Promise<T>): Promise<T> {
		const next = queue.then(job);
		queue = next.catch(() => undefined);
		return next;
	}

	return {
		sweep: (now, options = {}) =>
			enqueue(() => run(now, options.dryRun ?? false)),
		// Queued like a sweep, so it can never mark a claim of this process as interrupted.
		recover: (now = new Date()) =>
			enqueue(() => outbox.recoverInterrupted(now)),
	};
}
