import type { SendResult } from "../../core/ports.js";
import type { Store } from "../../storage/store.js";
import type { OutboxRecord, OutboxStatus, ReminderData } from "./data.js";
import type { Occurrence } from "./planner.js";

export interface OutboxOptions {
	/** Sends tried per occurrence before it is given up (`failed`); default 3. */
	maxAttempts?: number;
	/**
	 * Records are kept until their round has been over this long; default 120 (the planner
	 * never looks back that far). Records of older files, without a round, by their slot.
	 */
	keepDays?: number;
	/** Closed rounds remembered (newest kept); default 20,000. */
	keepClosedRounds?: number;
}

const DAY_MS = 86_400_000;

export type Claim = "claimed" | "done" | "paused" | "exhausted";

/**
 * The outbox: one record per idempotency key. An occurrence is recorded as `sending` (and the
 * record is on disk) before the notifier is called, and marked after. Because the check and the
 * claim happen inside one synchronous `update`, two overlapping sweeps cannot both claim a key.
 */
export function createOutbox(
	store: Store<{ reminders: ReminderData }>,
	options: OutboxOptions = {},
) {
	const maxAttempts = options.maxAttempts ?? 3;
	const keepMs = (options.keepDays ?? 120) * DAY_MS;
	const keepClosed = options.keepClosedRounds ?? 20_000;

	const sendable = (r: OutboxRecord | undefined) =>
		r === undefined || (r.status === "retry" && r.attempts < maxAttempts);
	const closed = (data: ReminderData, o: Occurrence) =>
		data.closedRounds !== undefined &&
		Object.hasOwn(data.closedRounds, o.round);

	return {
		/** Occurrences not yet sent nor given up (read only; used by dry runs and to skip work). */
		unsent(occurrences: readonly Occurrence[]): Occurrence[] {
			const data = store.data.reminders;
			return occurrences.filter(
				(o) => sendable(data.outbox[o.key]) && !closed(data, o),
			);
		},

		/** Records the attempt; only a `claimed` occurrence may be handed to a notifier. */
		claim(o: Occurrence, now: Date): Promise<Claim> {
			return store.update((d) => {
				const r = d.reminders.outbox[o.key];
				if (d.reminders.pausedChats[o.chatKey]) return "paused";
				if (closed(d.reminders, o)) return "done";
				if (r && r.status !== "retry") return "done";
				if (r && r.attempts >= maxAttempts) {
					r.status = "failed";
					return "exhausted";
				}
				d.reminders.outbox[o.key] = {
					chatKey: o.chatKey,
					slot: o.slot,
					status: "sending",
					attempts: (r?.attempts ?? 0) + 1,
					lastAttemptAt: now.toISOString(),
					...(o.late ? { late: true } : {}),
					round: o.round,
				};
				// Once per round, not per record: 100k records would carry 100k copies.
				d.reminders.openRounds ??= {};
				d.reminders.openRounds[o.round] = o.roundEnds;
				return "claimed";
			});
		},

		/** Marks the outcome; `gone`/`blocked` pauses every reminder to that chat. */
		settle(
			o: Occurrence,
			result: SendResult,
			now: Date,
		): Promise<OutboxStatus | undefined> {
			return store.update((d) => {
				const r = d.reminders.outbox[o.key];
				if (!r) return undefined;
				if (result.ok) {
					r.status = "sent";
					r.sentAt = now.toISOString();
					delete r.error;
					return r.status;
				}
				r.error = result.detail
					? `${result.reason}: ${result.detail}`.slice(0, 200)
					: result.reason;
				if (result.reason === "retry") {
					r.status = r.attempts >= maxAttempts ? "failed" : "retry";
					return r.status;
				}
				r.status = "failed";
				d.reminders.pausedChats[o.chatKey] = {
					reason: result.reason,
					at: now.toISOString(),
					...(result.detail ? { detail: result.detail.slice(0, 200) } : {}),
				};
				return r.status;
			});
		},

		/**
		 * At start-up: a record left `sending` by a crash may or may not have reached the chat.
		 * It becomes `uncertain` and is never sent again (at most once); admins can see it.
		 */
		recoverInterrupted(): Promise<number> {
			return store.update((d) => {
				let n = 0;
				for (const r of Object.values(d.reminders.outbox)) {
					if (r.status === "sending") {
						r.status = "uncertain";
						n++;
					}
				}
				return n;
			});
		},

		/**
		 * Drops the records of rounds over for `keepDays` (older records without a round: by
		 * slot) and remembers each such round as closed, so its reminders are never planned
		 * again. Pruning follows `now` forward by at most a day per call and back at once: a
		 * clock that jumps months ahead and back again drops nothing. Returns how many.
		 */
		prune(now: Date): Promise<number> {
			const data = store.data.reminders;
			const last = data.prunedThrough ? Date.parse(data.prunedThrough) : NaN;
			const through = Number.isNaN(last)
				? now.getTime()
				: Math.min(now.getTime(), last + DAY_MS);
			const cutoff = new Date(through - keepMs).toISOString();
			const ends = (round: string | undefined) =>
				round !== undefined &&
				data.openRounds &&
				Object.hasOwn(data.openRounds, round)
					? data.openRounds[round]
					: undefined;
			const old = Object.keys(data.outbox).filter((k) => {
				const r = data.outbox[k];
				return r !== undefined && (ends(r.round) ?? r.slot) < cutoff;
			});
			return store.update((d) => {
				const r = d.reminders;
				r.prunedThrough = new Date(through).toISOString();
				if (old.length === 0) return 0;
				r.closedRounds ??= {};
				const rounds = r.closedRounds;
				const closedNow = new Set<string>();
				for (const k of old) {
					const round = r.outbox[k]?.round;
					const end = ends(round);
					if (round !== undefined && end !== undefined) {
						rounds[round] = end;
						closedNow.add(round);
					}
					delete r.outbox[k];
				}
				// Every record of a round has the same end: a closed round has none left.
				for (const round of closedNow) delete r.openRounds?.[round];
				const names = Object.keys(rounds);
				for (const name of names.slice(
					0,
					Math.max(0, names.length - keepClosed),
				))
					delete rounds[name];
				return old.length;
			});
		},
	};
}

export type Outbox = ReturnType<typeof createOutbox>;
