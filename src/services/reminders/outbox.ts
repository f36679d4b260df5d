import type { SendResult } from "../../core/ports.js";
import type { Store } from "../storage/store.js";
import type { OutboxRecord, OutboxStatus, ReminderData } from "./data.js";
import type { Occurrence } from "./planner.js";

export interface OutboxOptions {
	/** Sends tried per occurrence before it is given up (`failed`); default 3. */
	maxAttempts?: number;
	/** Records whose slot is older than this are pruned; default 120 (the planner never looks back that far). */
	keepDays?: number;
}

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
	const keepMs = (options.keepDays ?? 120) * 86_400_000;

	const sendable = (r: OutboxRecord | undefined) =>
		r === undefined || (r.status === "retry" && r.attempts < maxAttempts);

	return {
		/** Occurrences not yet sent nor given up (read only; used by dry runs and to skip work). */
		unsent(occurrences: readonly Occurrence[]): Occurrence[] {
			const outbox = store.data.reminders.outbox;
			return occurrences.filter((o) => sendable(outbox[o.key]));
		},

		/** Records the attempt; only a `claimed` occurrence may be handed to a notifier. */
		claim(o: Occurrence, now: Date): Promise<Claim> {
			return store.update((d) => {
				const r = d.reminders.outbox[o.key];
				if (d.reminders.pausedChats[o.chatKey]) return "paused";
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
				};
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

		/** Drops records whose slot is older than `keepDays`; returns how many. */
		prune(now: Date): Promise<number> {
			const cutoff = new Date(now.getTime() - keepMs).toISOString();
			const outbox = store.data.reminders.outbox;
			const old = Object.keys(outbox).filter(
				(k) => (outbox[k]?.slot ?? "") < cutoff,
			);
			if (old.length === 0) return Promise.resolve(0);
			return store.update((d) => {
				for (const k of old) delete d.reminders.outbox[k];
				return old.length;
			});
		},
	};
}

export type Outbox = ReturnType<typeof createOutbox>;
