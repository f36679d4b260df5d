import type {
	OutboxStatus,
	ReminderData,
} from "../../features/reminders/data.js";
import type {
	Claim,
	OutboxRepository,
} from "../../features/reminders/outbox-repository.js";
import type { DocChange } from "../document-change.js";
import type { Store } from "../store.js";

const R = "reminders";

/** Keeps `detail` short: a platform's error text can be long. */
export function outboxError(reason: string, detail?: string): string {
	return detail ? `${reason}: ${detail}`.slice(0, 200) : reason;
}

/**
 * The outbox in the `reminders` section of the embedded document (`outbox` by key, `openRounds`,
 * `closedRounds`, `prunedThrough`). Each batch is read, decided and applied in one tick and
 * written with one `store.apply`, so two sweeps over one store never claim a key twice.
 */
export function lowdbOutboxRepository(
	store: Store<{ reminders: ReminderData }>,
): OutboxRepository {
	const data = () => store.data.reminders;
	const has = (o: object, k: string) => Object.hasOwn(o, k);

	return {
		async states(keys) {
			const outbox = data().outbox;
			const out = new Map<string, { status: OutboxStatus; attempts: number }>();
			for (const k of keys) {
				const r = has(outbox, k) ? outbox[k] : undefined;
				if (r) out.set(k, { status: r.status, attempts: r.attempts });
			}
			return out;
		},

		async closedAmong(rounds) {
			const closed = data().closedRounds ?? {};
			return new Set(rounds.filter((r) => has(closed, r)));
		},

		async claim(batch, now, maxAttempts) {
			const d = data();
			const at = now.toISOString();
			const out = new Map<string, Claim>();
			const changes: DocChange[] = [];
			const opened = new Map<string, string>();
			for (const q of batch) {
				const r = has(d.outbox, q.key) ? d.outbox[q.key] : undefined;
				let claim: Claim;
				if (out.has(q.key)) claim = "done";
				else if (has(d.pausedChats, q.chatKey)) claim = "paused";
				else if (d.closedRounds && has(d.closedRounds, q.round)) claim = "done";
				else if (r && r.status !== "retry") claim = "done";
				else if (r && r.attempts >= maxAttempts) {
					changes.push({
						op: "set",
						path: [R, "outbox", q.key, "status"],
						value: "failed",
					});
					claim = "exhausted";
				} else {
					changes.push({
						op: "set",
						path: [R, "outbox", q.key],
						value: {
							chatKey: q.chatKey,
							slot: q.slot,
							status: "sending",
							attempts: (r?.attempts ?? 0) + 1,
							lastAttemptAt: at,
							...(q.late ? { late: true } : {}),
							round: q.round,
						},
					});
					// Once per round, not per record: 100k records would carry 100k copies.
					if (d.openRounds?.[q.round] !== q.roundEnds)
						opened.set(q.round, q.roundEnds);
					claim = "claimed";
				}
				out.set(q.key, claim);
			}
			if (opened.size > 0 && !d.openRounds)
				changes.push({ op: "set", path: [R, "openRounds"], value: {} });
			for (const [round, ends] of opened)
				changes.push({
					op: "set",
					path: [R, "openRounds", round],
					value: ends,
				});
			if (changes.length > 0) await store.apply(changes);
			return out;
		},

		async settle(batch, now, maxAttempts) {
			const d = data();
			const at = now.toISOString();
			const out = new Map<string, OutboxStatus>();
			const changes: DocChange[] = [];
			for (const { key, chatKey, result } of batch) {
				const r = has(d.outbox, key) ? d.outbox[key] : undefined;
				if (!r) continue;
				const path = [R, "outbox", key];
				let status: OutboxStatus;
				if (result.ok) {
					status = "sent";
					changes.push(
						{ op: "set", path: [...path, "sentAt"], value: at },
						{ op: "delete", path: [...path, "error"] },
					);
				} else {
					changes.push({
						op: "set",
						path: [...path, "error"],
						value: outboxError(result.reason, result.detail),
					});
					if (result.reason === "retry")
						status = r.attempts >= maxAttempts ? "failed" : "retry";
					else {
						status = "failed";
						changes.push({
							op: "set",
							path: [R, "pausedChats", chatKey],
							value: {
								reason: result.reason,
								at,
								...(result.detail
									? { detail: result.detail.slice(0, 200) }
									: {}),
							},
						});
					}
				}
				changes.push({ op: "set", path: [...path, "status"], value: status });
				out.set(key, status);
			}
			if (changes.length > 0) await store.apply(changes);
			return out;
		},

		async markInterrupted(before) {
			const limit = before?.toISOString();
			const changes: DocChange[] = [];
			for (const [key, r] of Object.entries(data().outbox))
				if (
					r.status === "sending" &&
					(limit === undefined || r.lastAttemptAt < limit)
				)
					changes.push({
						op: "set",
						path: [R, "outbox", key, "status"],
						value: "uncertain",
					});
			if (changes.length > 0) await store.apply(changes);
			return changes.length;
		},

		async prunedThrough() {
			return data().prunedThrough;
		},

		async prune({ through, cutoff, keepClosed }) {
			const d = data();
			const limit = cutoff.toISOString();
			const open = d.openRounds ?? {};
			const ends = (round: string | undefined) =>
				round !== undefined && has(open, round) ? open[round] : undefined;
			const changes: DocChange[] = [
				{ op: "set", path: [R, "prunedThrough"], value: through.toISOString() },
			];
			const closedNow = new Map<string, string>();
			let dropped = 0;
			for (const [key, r] of Object.entries(d.outbox)) {
				const end = ends(r.round);
				if ((end ?? r.slot) >= limit) continue;
				if (r.round !== undefined && end !== undefined)
					closedNow.set(r.round, end);
				changes.push({ op: "delete", path: [R, "outbox", key] });
				dropped++;
			}
			if (closedNow.size > 0) {
				const closed = d.closedRounds ?? {};
				if (!d.closedRounds)
					changes.push({ op: "set", path: [R, "closedRounds"], value: {} });
				const names = Object.keys(closed);
				for (const [round, end] of closedNow) {
					if (!has(closed, round)) names.push(round);
					changes.push({
						op: "set",
						path: [R, "closedRounds", round],
						value: end,
					});
					// Every record of a round has the same end: a closed round has none left.
					changes.push({ op: "delete", path: [R, "openRounds", round] });
				}
				for (const name of names.slice(
					0,
					Math.max(0, names.length - keepClosed),
				))
					changes.push({ op: "delete", path: [R, "closedRounds", name] });
			}
			if (dropped === 0 && d.prunedThrough === through.toISOString()) return 0;
			await store.apply(changes);
			return dropped;
		},

		async countByStatus(statuses) {
			const wanted = new Set<string>(statuses);
			const out: Record<string, number> = {};
			for (const s of statuses) out[s] = 0;
			for (const r of Object.values(data().outbox))
				if (wanted.has(r.status)) out[r.status] = (out[r.status] ?? 0) + 1;
			return out;
		},
	};
}
