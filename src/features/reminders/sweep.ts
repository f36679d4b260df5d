import { localDate } from "../../core/dates.js";
import type { Logger, Notifier, SendResult } from "../../core/ports.js";
import type { Reply } from "../../core/reply.js";
import { userPlatform } from "../../core/request.js";
import type { Store } from "../../storage/store.js";
import { roundAddedAt } from "../exams/exam-service.js";
import type { ExamRound } from "../knowledge/knowledge-port.js";
import type { ReminderData } from "./data.js";
import { createOutbox, type OutboxOptions } from "./outbox.js";
import { type Occurrence, planReminders } from "./planner.js";
import type { PracticeStatus, ReminderPolicy } from "./policy.js";
import { describeOccurrence, renderReminder } from "./render.js";

export interface SweepDeps {
	store: Store<{ reminders: ReminderData }>;
	/** Every exam round, shipped and added (read at each sweep). */
	rounds: () => readonly ExamRound[];
	/** Teachers' enterprise-practice standing on `today` (local date). */
	teachers: (
		today: string,
	) => readonly PracticeStatus[] | Promise<readonly PracticeStatus[]>;
	certificateName: (id: string) => string | undefined;
	/** One per platform; chosen by the chat key's prefix (`telegram:…`). */
	notifiers: readonly Notifier[];
	zone: string;
	reminderTime: string;
	logger: Logger;
	policy?: ReminderPolicy;
	outbox?: OutboxOptions;
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
	/** Why it is due (milestone, date, slot, late). */
	why: string;
	reply: Reply;
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
	 * Plans at `now`, then sends each unsent occurrence: recorded before the send, marked after.
	 * A dry run plans and renders only, writing nothing. Sweeps in this process run one at a
	 * time; the outbox claim also keeps sweeps of two sweepers on one store apart.
	 */
	sweep(now: Date, options?: { dryRun?: boolean }): Promise<SweepReport>;
	/** At start-up: marks sends interrupted by a crash as `uncertain` (never resent). */
	recover(): Promise<number>;
}

/** Builds the sweep over the given store, data sources and notifiers. */
export function createSweeper(deps: SweepDeps): Sweeper {
	const outbox = createOutbox(deps.store, deps.outbox);
	const byPlatform = new Map(deps.notifiers.map((n) => [n.platform, n]));
	let queue: Promise<unknown> = Promise.resolve();

	async function plan(now: Date): Promise<Occurrence[]> {
		const today = localDate(now, deps.zone);
		const teachers = await deps.teachers(today);
		const data = deps.store.data.reminders;
		return planReminders({
			now,
			zone: deps.zone,
			reminderTime: deps.reminderTime,
			rounds: deps.rounds(),
			roundAddedAt: roundAddedAt(data),
			subscriptions: data.subscriptions,
			pausedChats: data.pausedChats,
			teachers,
			practiceOptOut: data.practiceOptOut,
			...(deps.policy ? { policy: deps.policy } : {}),
		});
	}

	async function send(o: Occurrence, reply: Reply, now: Date) {
		const notifier = byPlatform.get(userPlatform(o.chatKey));
		if (!notifier) return { outcome: "no-notifier" as const };
		const claim = await outbox.claim(o, now);
		if (claim === "paused") return { outcome: "paused" as const };
		if (claim !== "claimed") return undefined;
		let result: SendResult;
		try {
			result = await notifier.send(o.chatKey, reply);
		} catch (error) {
			result = {
				ok: false,
				reason: "retry",
				detail: error instanceof Error ? error.message : String(error),
			};
		}
		const status = await outbox.settle(o, result, now);
		if (result.ok) return { outcome: "sent" as const };
		deps.logger.warn("reminder not delivered", {
			key: o.key,
			chat: o.chatKey,
			reason: result.reason,
			detail: result.detail,
		});
		const outcome: SweepOutcome = status === "retry" ? "retry" : "failed";
		return result.detail === undefined
			? { outcome }
			: { outcome, detail: result.detail };
	}

	async function run(now: Date, dryRun: boolean): Promise<SweepReport> {
		const due = await plan(now);
		const todo = outbox.unsent(due);
		const lines: SweepLine[] = [];
		if (!dryRun) await outbox.prune(now);
		for (const o of todo) {
			const reply = renderReminder(o, {
				now,
				zone: deps.zone,
				certificateName: deps.certificateName,
			});
			const base = {
				key: o.key,
				chatKey: o.chatKey,
				why: describeOccurrence(o),
				reply,
			};
			if (dryRun) {
				lines.push({ ...base, outcome: "would-send" });
				continue;
			}
			const done = await send(o, reply, now);
			if (done) lines.push({ ...base, ...done });
		}
		const missing = lines.filter((l) => l.outcome === "no-notifier").length;
		if (missing > 0)
			deps.logger.warn("reminders left for a platform not connected", {
				count: missing,
			});
		return { at: now.toISOString(), due: due.length, lines };
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
		recover: () => enqueue(() => outbox.recoverInterrupted()),
	};
}
