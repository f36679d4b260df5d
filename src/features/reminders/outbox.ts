import type { OutboxStatus } from "./data.js";
import type {
	Claim,
	OutboxRepository,
	SettleRequest,
} from "./outbox-repository.js";
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
	/**
	 * At start-up, `sending` records whose attempt began at least this long ago are marked
	 * `uncertain`. Default: all of them when one process owns the store (lowdb); 15 minutes on
	 * a shared outbox, where another instance may be sending right now (a send, with its
	 * retries, takes far less).
	 */
	interruptedAfterMs?: number;
}

const DAY_MS = 86_400_000;
/** Keys per read of the outbox when filtering what is still to send. */
const READ_CHUNK = 20_000;

export type { Claim };

/**
 * The outbox rules over its repository: an occurrence is recorded as `sending` (and the record
 * is durable) before the notifier is called, and marked after. The repository's claim is atomic
 * per key, so two overlapping sweeps, in one process or in two, cannot both claim a key.
 */
export function createOutbox(
	repo: OutboxRepository,
	options: OutboxOptions = {},
) {
	const maxAttempts = options.maxAttempts ?? 3;
	const keepMs = (options.keepDays ?? 120) * DAY_MS;
	const keepClosed = options.keepClosedRounds ?? 20_000;
	const interruptedAfterMs =
		options.interruptedAfterMs ?? (repo.shared ? 15 * 60_000 : undefined);

	return {
		/** Occurrences not yet sent nor given up (read only; used by dry runs and to skip work). */
		async unsent(occurrences: readonly Occurrence[]): Promise<Occurrence[]> {
			const closed = await repo.closedAmong([
				...new Set(occurrences.map((o) => o.round)),
			]);
			const out: Occurrence[] = [];
			for (let i = 0; i < occurrences.length; i += READ_CHUNK) {
				const chunk = occurrences.slice(i, i + READ_CHUNK);
				const states = await repo.states(chunk.map((o) => o.key));
				for (const o of chunk) {
					if (closed.has(o.round)) continue;
					const r = states.get(o.key);
					if (
						r === undefined ||
						(r.status === "retry" && r.attempts < maxAttempts)
					)
						out.push(o);
				}
			}
			return out;
		},

		/** Records the attempts of a batch; only a `claimed` occurrence may be handed to a notifier. */
		claim(
			batch: readonly Occurrence[],
			now: Date,
		): Promise<Map<string, Claim>> {
			return repo.claim(
				batch.map((o) => ({
					key: o.key,
					chatKey: o.chatKey,
					slot: o.slot,
					late: o.late,
					round: o.round,
					roundEnds: o.roundEnds,
				})),
				now,
				maxAttempts,
			);
		},

		/** Marks the outcomes of a batch; `gone`/`blocked` pauses every reminder to that chat. */
		settle(
			batch: readonly SettleRequest[],
			now: Date,
		): Promise<Map<string, OutboxStatus>> {
			return repo.settle(batch, now, maxAttempts);
		},

		/**
		 * At start-up: a record left `sending` by a crash may or may not have reached the chat.
		 * It becomes `uncertain` and is never sent again (at most once); admins can see it.
		 */
		recoverInterrupted(now: Date): Promise<number> {
			return repo.markInterrupted(
				interruptedAfterMs === undefined
					? undefined
					: new Date(now.getTime() - interruptedAfterMs),
			);
		},

		/**
		 * Drops the records of rounds over for `keepDays` (older records without a round: by
		 * slot) and remembers each such round as closed, so its reminders are never planned
		 * again. Pruning follows `now` forward by at most a day per call and back at once: a
		 * clock that jumps months ahead and back again drops nothing. Returns how many.
		 */
		async prune(now: Date): Promise<number> {
			const at = await repo.prunedThrough();
			const last = at ? Date.parse(at) : Number.NaN;
			const through = Number.isNaN(last)
				? now.getTime()
				: Math.min(now.getTime(), last + DAY_MS);
			return repo.prune({
				through: new Date(through),
				cutoff: new Date(through - keepMs),
				keepClosed,
			});
		},
	};
}

export type Outbox = ReturnType<typeof createOutbox>;
