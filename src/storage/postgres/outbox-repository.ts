import type { OutboxStatus } from "../../features/reminders/data.js";
import type {
	Claim,
	OutboxRepository,
	OutboxState,
} from "../../features/reminders/outbox-repository.js";
import { outboxError } from "../lowdb/outbox-repository.js";
import type { PgDatabase } from "./database.js";

/**
 * One statement claims a whole batch. A new key is claimed by `INSERT … ON CONFLICT DO NOTHING`
 * (a concurrent claim of the same key by another instance waits for it, then does nothing); a
 * `retry` record by an `UPDATE … WHERE status = 'retry'` that the second of two instances finds
 * no longer true. Keys are inserted in key order, so two instances take their locks in the same
 * order.
 */
const CLAIM = `
WITH input AS (
	SELECT * FROM unnest($1::text[], $2::text[], $3::timestamptz[], $4::boolean[], $5::text[], $6::timestamptz[])
		AS t(key, chat_key, slot, late, round, round_ends)
),
paused AS (
	SELECT i.key FROM input i
	WHERE EXISTS (SELECT 1 FROM reminder_paused_chats p WHERE p.chat_key = i.chat_key)
),
eligible AS (
	SELECT i.* FROM input i
	WHERE i.key NOT IN (SELECT key FROM paused)
		AND NOT EXISTS (SELECT 1 FROM reminder_closed_rounds c WHERE c.round = i.round)
),
fresh AS (
	INSERT INTO reminder_outbox (key, chat_key, slot, status, attempts, last_attempt_at, late, round)
	SELECT key, chat_key, slot, 'sending', 1, $7, late, round FROM eligible ORDER BY key
	ON CONFLICT (key) DO NOTHING
	RETURNING key
),
retried AS (
	UPDATE reminder_outbox o
	SET status = 'sending', attempts = o.attempts + 1, last_attempt_at = $7, chat_key = e.chat_key,
		slot = e.slot, late = e.late, round = e.round, error = NULL, sent_at = NULL
	FROM eligible e
	WHERE o.key = e.key AND o.status = 'retry' AND o.attempts < $8
	RETURNING o.key
),
exhausted AS (
	UPDATE reminder_outbox o SET status = 'failed'
	FROM eligible e
	WHERE o.key = e.key AND o.status = 'retry' AND o.attempts >= $8
	RETURNING o.key
),
claimed AS (SELECT key FROM fresh UNION ALL SELECT key FROM retried),
opened AS (
	INSERT INTO reminder_open_rounds (round, ends)
	SELECT DISTINCT ON (i.round) i.round, i.round_ends
	FROM input i JOIN claimed c ON c.key = i.key
	ORDER BY i.round
	ON CONFLICT (round) DO UPDATE SET ends = EXCLUDED.ends
		WHERE reminder_open_rounds.ends IS DISTINCT FROM EXCLUDED.ends
)
SELECT key, 'claimed' AS claim FROM claimed
UNION ALL SELECT key, 'exhausted' FROM exhausted
UNION ALL SELECT key, 'paused' FROM paused`;

const SETTLE = `
WITH input AS (
	SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
		AS t(key, chat_key, outcome, error, detail)
),
updated AS (
	UPDATE reminder_outbox o
	SET status = CASE
			WHEN i.outcome = 'ok' THEN 'sent'
			WHEN i.outcome = 'retry' AND o.attempts < $7 THEN 'retry'
			ELSE 'failed' END,
		sent_at = CASE WHEN i.outcome = 'ok' THEN $6 ELSE o.sent_at END,
		error = i.error
	FROM input i
	WHERE o.key = i.key
	RETURNING o.key, o.status
),
paused AS (
	INSERT INTO reminder_paused_chats (chat_key, reason, paused_at, detail)
	SELECT DISTINCT ON (i.chat_key) i.chat_key, i.outcome, $6, i.detail
	FROM input i JOIN updated u ON u.key = i.key
	WHERE i.outcome IN ('gone', 'blocked')
	ORDER BY i.chat_key
	ON CONFLICT (chat_key) DO UPDATE
		SET reason = EXCLUDED.reason, paused_at = EXCLUDED.paused_at, detail = EXCLUDED.detail
)
SELECT key, status FROM updated`;

const PRUNE = `
WITH expired AS (
	SELECT round, ends FROM reminder_open_rounds WHERE ends < $1
),
dropped AS (
	DELETE FROM reminder_outbox o
	WHERE o.round IN (SELECT round FROM expired)
		OR (o.slot < $1 AND (o.round IS NULL
			OR NOT EXISTS (SELECT 1 FROM reminder_open_rounds r WHERE r.round = o.round)))
	RETURNING o.round
),
closed AS (
	INSERT INTO reminder_closed_rounds (round, ends)
	SELECT e.round, e.ends FROM expired e
	WHERE e.round IN (SELECT round FROM dropped)
	ORDER BY e.ends, e.round
	ON CONFLICT (round) DO UPDATE SET ends = EXCLUDED.ends
	RETURNING round
),
unopened AS (
	DELETE FROM reminder_open_rounds
	WHERE round IN (SELECT round FROM closed)
)
SELECT (SELECT count(*)::int FROM dropped) AS dropped, (SELECT count(*)::int FROM closed) AS closed`;

/** Deadlocks between two instances' batches are possible in theory; a claim is one statement. */
async function withDeadlockRetry<R>(work: () => Promise<R>): Promise<R> {
	for (let attempt = 1; ; attempt++) {
		try {
			return await work();
		} catch (error) {
			const code = (error as { code?: string }).code;
			if (attempt >= 5 || (code !== "40P01" && code !== "40001")) throw error;
		}
	}
}

/** The outbox in `reminder_outbox`, with `reminder_open_rounds`, `_closed_rounds`, `_prune_state`. */
export function postgresOutboxRepository(db: PgDatabase): OutboxRepository {
	return {
		shared: true,
		async states(keys) {
			const { rows } = await db.query<{
				key: string;
				status: OutboxStatus;
				attempts: number;
			}>(
				"SELECT key, status, attempts FROM reminder_outbox WHERE key = ANY($1::text[])",
				[keys],
			);
			return new Map<string, OutboxState>(
				rows.map((r) => [r.key, { status: r.status, attempts: r.attempts }]),
			);
		},

		async closedAmong(rounds) {
			const { rows } = await db.query<{ round: string }>(
				"SELECT round FROM reminder_closed_rounds WHERE round = ANY($1::text[])",
				[rounds],
			);
			return new Set(rows.map((r) => r.round));
		},

		async claim(batch, now, maxAttempts) {
			const out = new Map<string, Claim>();
			if (batch.length === 0) return out;
			const { rows } = await withDeadlockRetry(() =>
				db.query<{ key: string; claim: Claim }>(CLAIM, [
					batch.map((q) => q.key),
					batch.map((q) => q.chatKey),
					batch.map((q) => q.slot),
					batch.map((q) => q.late),
					batch.map((q) => q.round),
					batch.map((q) => q.roundEnds),
					now.toISOString(),
					maxAttempts,
				]),
			);
			for (const r of rows) out.set(r.key, r.claim);
			for (const q of batch) if (!out.has(q.key)) out.set(q.key, "done");
			return out;
		},

		async settle(batch, now, maxAttempts) {
			const out = new Map<string, OutboxStatus>();
			if (batch.length === 0) return out;
			const outcome = batch.map((b) => (b.result.ok ? "ok" : b.result.reason));
			const { rows } = await withDeadlockRetry(() =>
				db.query<{ key: string; status: OutboxStatus }>(SETTLE, [
					batch.map((b) => b.key),
					batch.map((b) => b.chatKey),
					outcome,
					batch.map((b) =>
						b.result.ok ? null : outboxError(b.result.reason, b.result.detail),
					),
					batch.map((b) =>
						!b.result.ok && b.result.detail
							? b.result.detail.slice(0, 200)
							: null,
					),
					now.toISOString(),
					maxAttempts,
				]),
			);
			for (const r of rows) out.set(r.key, r.status);
			return out;
		},

		async markInterrupted(before) {
			const { rowCount } = await db.query(
				`UPDATE reminder_outbox SET status = 'uncertain'
				 WHERE status = 'sending' AND ($1::timestamptz IS NULL OR last_attempt_at < $1)`,
				[before?.toISOString() ?? null],
			);
			return rowCount ?? 0;
		},

		async prunedThrough() {
			const { rows } = await db.query<{ pruned_through: Date }>(
				"SELECT pruned_through FROM reminder_prune_state",
			);
			return rows[0]?.pruned_through.toISOString();
		},

		prune({ through, cutoff, keepClosed }) {
			return db.transaction(
				async (sql) => {
					await sql.query(
						`INSERT INTO reminder_prune_state (pruned_through) VALUES ($1)
						 ON CONFLICT (only_row) DO UPDATE SET pruned_through = EXCLUDED.pruned_through`,
						[through.toISOString()],
					);
					const { rows } = await sql.query<{ dropped: number; closed: number }>(
						PRUNE,
						[cutoff.toISOString()],
					);
					const counts = rows[0] ?? { dropped: 0, closed: 0 };
					if (counts.closed > 0)
						await sql.query(
							`DELETE FROM reminder_closed_rounds WHERE seq <= (
								SELECT seq FROM reminder_closed_rounds ORDER BY seq DESC OFFSET $1 LIMIT 1)`,
							[keepClosed],
						);
					return counts.dropped;
				},
				{ lock: "reminders:prune" },
			);
		},

		async countByStatus(statuses) {
			const { rows } = await db.query<{ status: string; n: number }>(
				`SELECT status, count(*)::int AS n FROM reminder_outbox
				 WHERE status = ANY($1::text[]) GROUP BY status`,
				[statuses],
			);
			const out: Record<string, number> = {};
			for (const s of statuses) out[s] = 0;
			for (const r of rows) out[r.status] = r.n;
			return out;
		},
	};
}
