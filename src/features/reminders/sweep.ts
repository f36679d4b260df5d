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
import { sendBatch } from "./send-batch.js";
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
	/** Most occurrences claimed (and settled) in one write; default 5,000. */
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
	/**
	 * Why it is due (milestone, date, slot, late): in dry runs and when asked (`explain`), so
	 * that a sweep of 100k reminders does not keep 100k descriptions.
	 */
	why?: string;
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
	sweep(
		now: Date,
		options?: { dryRun?: boolean; explain?: boolean },
	): Promise<SweepReport>;
	/** At start-up: marks sends interrupted by a crash as `uncertain` (never resent). */
	recover(now?: Date): Promise<number>;
}

/** A report line for an occurrence (built by `run`, which knows whether to explain). */
type LineOf = (
	o: Occurrence,
	outcome: SweepOutcome,
	extra?: { detail?: string },
) => SweepLine;

/** How long the sends of one batch should take at most (see `sendInBatches`). */
const BATCH_WINDOW_MS = 1_000;

/** Builds the sweep over the given repositories, data sources and notifiers. */
export function createSweeper(deps: SweepDeps): Sweeper {
	const outbox = createOutbox(deps.outboxRepository, deps.outbox);
	const byPlatform = new Map(deps.notifiers.map((n) => [n.platform, n]));
	const maxBatch = Math.max(1, deps.batchSize ?? 5_000);
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

	async function run(
		now: Date,
		dryRun: boolean,
		explain: boolean,
	): Promise<SweepReport> {
		// A line holds no reference to its occurrence: the report outlives the plan.
		const line = (
			o: Occurrence,
			outcome: SweepOutcome,
			extra: { detail?: string; reply?: Reply } = {},
		): SweepLine => ({
			key: o.key,
			chatKey: o.chatKey,
			outcome,
			...(explain || dryRun ? { why: describeOccurrence(o) } : {}),
			...extra,
		});
		const due = await plan(now);
		if (!dryRun) {
			// Shared by several instances: one that died mid-send is noticed by the others'
			// sweeps, not only at someone's restart (records older than the grace time only).
			if (deps.outboxRepository.shared) await outbox.recoverInterrupted(now);
			await outbox.prune(now);
		}
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
		const byNotifier = new Map<Notifier, Occurrence[]>();
		let missing = 0;
		for (const o of todo) {
			const n = byPlatform.get(userPlatform(o.chatKey));
			if (!n) {
				lines.push(line(o, "no-notifier"));
				missing++;
			} else if (byNotifier.has(n)) byNotifier.get(n)?.push(o);
			else byNotifier.set(n, [o]);
		}
		if (missing > 0)
			deps.logger.warn("reminders left for a platform not connected", {
				count: missing,
			});
		// Each platform at its own pace: a slow one does not hold back the others.
		await Promise.all(
			[...byNotifier.values()].map((list) =>
				sendInBatches(list, now, lines, line),
			),
		);
		return report();
	}

	/**
	 * A batch is claimed, sent, then settled. Its size starts at one and grows fourfold while its
	 * sends take under `BATCH_WINDOW_MS` (halving when they take much longer): a crash leaves
	 * about that much sending unsettled (each such claim becomes `uncertain`, never resent),
	 * while a fast notifier reaches `maxBatch` and one write per batch. The settle of a batch
	 * runs beside the claim of the next.
	 */
	async function sendInBatches(
		sendable: readonly Occurrence[],
		now: Date,
		lines: SweepLine[],
		line: LineOf,
	): Promise<void> {
		const render = (o: Occurrence) =>
			renderReminder(o, {
				now,
				zone: deps.zone,
				certificateName: deps.certificateName,
			});
		let size = 1;
		let settling: Promise<void> = Promise.resolve();
		for (let i = 0; i < sendable.length; ) {
			const batch = sendable.slice(i, i + size);
			i += batch.length;
			const [claims] = await Promise.all([outbox.claim(batch, now), settling]);
			const claimed = batch.filter((o) => claims.get(o.key) === "claimed");
			for (const o of batch)
				if (claims.get(o.key) === "paused") lines.push(line(o, "paused"));
			const started = performance.now();
			const results = await sendBatch(claimed, byPlatform, render);
			const took = performance.now() - started;
			if (took < BATCH_WINDOW_MS) size = Math.min(maxBatch, size * 4);
			else if (took > 2 * BATCH_WINDOW_MS) size = Math.max(1, size >> 1);
			settling = settle(claimed, results, now, lines, line);
		}
		await settling;
	}

	async function settle(
		claimed: readonly Occurrence[],
		results: ReadonlyMap<string, SendResult>,
		now: Date,
		lines: SweepLine[],
		line: LineOf,
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
			enqueue(() =>
				run(now, options.dryRun ?? false, options.explain ?? false),
			),
		// Queued like a sweep, so it can never mark a claim of this process as interrupted.
		recover: (now = new Date()) =>
			enqueue(() => outbox.recoverInterrupted(now)),
	};
}
