import type { SendResult } from "../../core/ports.js";
import type { OutboxStatus } from "./data.js";

/** What the outbox needs of an occurrence to record it. */
export interface ClaimRequest {
	key: string;
	chatKey: string;
	/** Scheduled instant, UTC ISO. */
	slot: string;
	late: boolean;
	round: string;
	/** When the round is over, UTC ISO (kept once per round, for pruning). */
	roundEnds: string;
}

/**
 * `claimed`: recorded as `sending`, hand it to the notifier. `done`: sent or given up before
 * (or its round is closed). `paused`: the chat is paused. `exhausted`: retried too often, now
 * `failed`.
 */
export type Claim = "claimed" | "done" | "paused" | "exhausted";

export interface SettleRequest {
	key: string;
	chatKey: string;
	result: SendResult;
}

/** The part of a record that decides whether an occurrence may still be sent. */
export interface OutboxState {
	status: OutboxStatus;
	attempts: number;
}

/**
 * The reminder outbox: one record per occurrence key, claimed before the send and settled after.
 * Claims and settles take a batch and write it at once (one document change, one statement);
 * a key is claimed by one caller only, whichever process asks.
 */
export interface OutboxRepository {
	/**
	 * Several processes may use this outbox at once (PostgreSQL). Then a `sending` record at
	 * start-up may be another instance's send in progress, not a crash (see `OutboxOptions`).
	 */
	readonly shared?: boolean;
	/** The records among `keys` (absent keys have none). Read only. */
	states(keys: readonly string[]): Promise<Map<string, OutboxState>>;
	/** The rounds among `rounds` that were pruned and closed for good. */
	closedAmong(rounds: readonly string[]): Promise<Set<string>>;
	/**
	 * Records each request as `sending` (attempt + 1) unless its chat is paused, its round is
	 * closed, or its record is not `retry`; a `retry` record with `maxAttempts` attempts becomes
	 * `failed` (`exhausted`). Every request gets an answer.
	 */
	claim(
		batch: readonly ClaimRequest[],
		now: Date,
		maxAttempts: number,
	): Promise<Map<string, Claim>>;
	/**
	 * Marks outcomes: `sent`; `retry` (or `failed` once `maxAttempts` is reached); `failed` and the
	 * chat paused for `gone` / `blocked`. Keys without a record are left out of the answer.
	 */
	settle(
		batch: readonly SettleRequest[],
		now: Date,
		maxAttempts: number,
	): Promise<Map<string, OutboxStatus>>;
	/**
	 * Records still `sending` (the process died mid-send) become `uncertain`: those whose attempt
	 * began before `before`, or all of them without it. Returns how many.
	 */
	markInterrupted(before?: Date): Promise<number>;
	/** The instant pruning has reached, UTC ISO; absent before the first prune. */
	prunedThrough(): Promise<string | undefined>;
	/**
	 * Drops the records of rounds that ended before `cutoff` (records without a known round: by
	 * slot), remembers those rounds as closed (the newest `keepClosed` kept) and stores `through`.
	 * One atomic change. Returns how many records were dropped.
	 */
	prune(input: {
		through: Date;
		cutoff: Date;
		keepClosed: number;
	}): Promise<number>;
	/** How many records have each of `statuses` (for admins). */
	countByStatus(
		statuses: readonly OutboxStatus[],
	): Promise<Record<string, number>>;
}
