import type { DocumentCopier } from "./copy-document.js";
import type { Sql } from "./database.js";

/** Rows per INSERT: an outbox of 100k records goes in a few dozen statements. */
const CHUNK = 5_000;

/** Inserts `rows` with one `unnest` per chunk, keeping their order (`seq` columns follow it). */
async function insertAll<T>(
	sql: Sql,
	rows: readonly T[],
	statement: string,
	columns: readonly ((row: T) => unknown)[],
): Promise<void> {
	for (let i = 0; i < rows.length; i += CHUNK) {
		const chunk = rows.slice(i, i + CHUNK);
		await sql.query(
			statement,
			columns.map((column) => chunk.map(column)),
		);
	}
}

const TABLES = [
	"reminder_subscriptions",
	"reminder_paused_chats",
	"reminder_practice_opt_outs",
	"reminder_outbox",
	"reminder_open_rounds",
	"reminder_closed_rounds",
	"reminder_prune_state",
] as const;

/** Subscriptions, pauses, opt-outs, the outbox and its round bookkeeping. */
export const reminderCopier: DocumentCopier = {
	feature: "reminders",
	expected(doc) {
		const r = doc.reminders;
		return {
			reminder_subscriptions: r.subscriptions.length,
			reminder_paused_chats: Object.keys(r.pausedChats).length,
			reminder_practice_opt_outs: new Set(r.practiceOptOut).size,
			reminder_outbox: Object.keys(r.outbox).length,
			reminder_open_rounds: Object.keys(r.openRounds ?? {}).length,
			reminder_closed_rounds: Object.keys(r.closedRounds ?? {}).length,
			reminder_prune_state: r.prunedThrough ? 1 : 0,
		};
	},
	async copy(doc, sql) {
		const r = doc.reminders;
		await insertAll(
			sql,
			r.subscriptions,
			`INSERT INTO reminder_subscriptions (chat_key, certificate_id, subscribed_by, subscribed_at, locale)
			 SELECT a, b, c, d, e FROM unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[], $5::text[])
			 WITH ORDINALITY AS t(a, b, c, d, e, n) ORDER BY n`,
			[
				(s) => s.chatKey,
				(s) => s.certificateId,
				(s) => s.by,
				(s) => s.at,
				(s) => s.locale,
			],
		);
		await insertAll(
			sql,
			Object.entries(r.pausedChats),
			`INSERT INTO reminder_paused_chats (chat_key, reason, paused_at, detail)
			 SELECT * FROM unnest($1::text[], $2::text[], $3::timestamptz[], $4::text[])`,
			[
				([k]) => k,
				([, p]) => p.reason,
				([, p]) => p.at,
				([, p]) => p.detail ?? null,
			],
		);
		await insertAll(
			sql,
			[...new Set(r.practiceOptOut)],
			`INSERT INTO reminder_practice_opt_outs (teacher_key)
			 SELECT a FROM unnest($1::text[]) WITH ORDINALITY AS t(a, n) ORDER BY n`,
			[(k) => k],
		);
		await insertAll(
			sql,
			Object.entries(r.outbox),
			`INSERT INTO reminder_outbox (key, chat_key, slot, status, attempts, last_attempt_at, sent_at, late, error, round)
			 SELECT * FROM unnest($1::text[], $2::text[], $3::timestamptz[], $4::text[], $5::int[],
				$6::timestamptz[], $7::timestamptz[], $8::boolean[], $9::text[], $10::text[])`,
			[
				([k]) => k,
				([, o]) => o.chatKey,
				([, o]) => o.slot,
				([, o]) => o.status,
				([, o]) => o.attempts,
				([, o]) => o.lastAttemptAt,
				([, o]) => o.sentAt ?? null,
				([, o]) => o.late ?? false,
				([, o]) => o.error ?? null,
				([, o]) => o.round ?? null,
			],
		);
		const rounds = `SELECT * FROM unnest($1::text[], $2::timestamptz[])`;
		await insertAll(
			sql,
			Object.entries(r.openRounds ?? {}),
			`INSERT INTO reminder_open_rounds (round, ends) ${rounds}`,
			[([k]) => k, ([, v]) => v],
		);
		await insertAll(
			sql,
			Object.entries(r.closedRounds ?? {}),
			`INSERT INTO reminder_closed_rounds (round, ends)
			 SELECT a, b FROM unnest($1::text[], $2::timestamptz[]) WITH ORDINALITY AS t(a, b, n) ORDER BY n`,
			[([k]) => k, ([, v]) => v],
		);
		if (r.prunedThrough)
			await sql.query(
				"INSERT INTO reminder_prune_state (pruned_through) VALUES ($1)",
				[r.prunedThrough],
			);
	},
	async count(sql) {
		const out: Record<string, number> = {};
		for (const table of TABLES) {
			const { rows } = await sql.query<{ n: number }>(
				`SELECT count(*)::int AS n FROM ${table}`,
			);
			out[table] = rows[0]?.n ?? 0;
		}
		return out;
	},
};
