import type { GeneratedInvite } from "../../features/users/invite-data.js";
import type {
	InviteRepository,
	InviteState,
} from "../../features/users/invite-repository.js";
import type { InviteEvent } from "../../features/users/invites-port.js";
import type { PgDatabase, Sql } from "./database.js";

/** The advisory lock every change of the invites takes, across instances. */
const LOCK = "invite";

interface StateRow {
	code_hash: string | null;
	code_salt: string | null;
	code_by: string | null;
	code_created_at: Date | null;
	code_expires_at: Date | null;
	paused_since: Date | null;
}

async function readState(sql: Sql): Promise<InviteState> {
	const { rows } = await sql.query<StateRow>("SELECT * FROM invite_state");
	const r = rows[0];
	if (!r) return {};
	const generated: GeneratedInvite | undefined =
		r.code_hash &&
		r.code_salt &&
		r.code_by &&
		r.code_created_at &&
		r.code_expires_at
			? {
					hash: r.code_hash,
					salt: r.code_salt,
					by: r.code_by,
					createdAt: r.code_created_at.toISOString(),
					expiresAt: r.code_expires_at.toISOString(),
				}
			: undefined;
	return {
		...(generated ? { generated } : {}),
		...(r.paused_since ? { pausedSince: r.paused_since.toISOString() } : {}),
	};
}

/** Appends events to the trail (also used by the document copy). */
export async function insertInviteEvents(
	sql: Sql,
	events: readonly InviteEvent[],
): Promise<void> {
	if (events.length === 0) return;
	await sql.query(
		`INSERT INTO invite_events (at, by_key, action, failures, users)
		SELECT * FROM unnest($1::timestamptz[], $2::text[], $3::text[], $4::int[], $5::int[])`,
		[
			events.map((e) => e.at),
			events.map((e) => e.by),
			events.map((e) => e.action),
			events.map((e) => e.failures ?? null),
			events.map((e) => e.users ?? null),
		],
	);
}

/** Writes the generated code (or none) and the pause into the state row. */
export async function writeInviteState(
	sql: Sql,
	state: InviteState,
): Promise<void> {
	const g = state.generated;
	await sql.query(
		`UPDATE invite_state SET code_hash = $1, code_salt = $2, code_by = $3,
			code_created_at = $4, code_expires_at = $5, paused_since = $6`,
		[
			g?.hash ?? null,
			g?.salt ?? null,
			g?.by ?? null,
			g?.createdAt ?? null,
			g?.expiresAt ?? null,
			state.pausedSince ?? null,
		],
	);
}

interface EventRow {
	at: Date;
	by_key: string;
	action: InviteEvent["action"];
	failures: number | null;
	users: number | null;
}

const toEvent = (r: EventRow): InviteEvent => ({
	at: r.at.toISOString(),
	by: r.by_key,
	action: r.action,
	...(r.failures === null ? {} : { failures: r.failures }),
	...(r.users === null ? {} : { users: r.users }),
});

/**
 * Invites in `invite_state` (one row) and `invite_events`. Every change runs in one transaction
 * under one advisory lock, so an attempt on one instance sees the pause another has just made,
 * and a burst spread over several instances is counted once. The trail is kept whole.
 */
export function postgresInviteRepository(db: PgDatabase): InviteRepository {
	return {
		state: () => readState(db),
		attempt: (attempt) =>
			db.transaction(
				async (sql) => {
					const state = await readState(sql);
					const verdict = attempt.judge(state);
					if (verdict === "disabled") return { verdict };
					const { by, at } = attempt;
					const action =
						verdict === "ok"
							? "joined"
							: verdict === "paused"
								? "refused-paused"
								: verdict;
					await insertInviteEvents(sql, [{ at, by, action }]);
					if (verdict !== "wrong" && verdict !== "expired") return { verdict };
					const { rows } = await sql.query<{ failures: number; users: number }>(
						`SELECT count(*)::int AS failures, count(DISTINCT by_key)::int AS users
						FROM invite_events
						WHERE action IN ('wrong', 'expired') AND at > $1::timestamptz - $2 * interval '1 millisecond' AND at <= $1
							AND id > coalesce((SELECT max(id) FROM invite_events WHERE action = 'paused'), 0)`,
						[at, attempt.burst.windowMs],
					);
					const burst = rows[0];
					if (!burst || burst.failures < attempt.burst.failures)
						return { verdict };
					await sql.query(
						"UPDATE invite_state SET paused_since = coalesce(paused_since, $1)",
						[at],
					);
					await insertInviteEvents(sql, [
						{ at, by: "system", action: "paused", ...burst },
					]);
					return { verdict, burst };
				},
				{ lock: LOCK },
			),
		replaceCode: (generated, event) =>
			db.transaction(
				async (sql) => {
					await writeInviteState(sql, { generated });
					await insertInviteEvents(sql, [event]);
				},
				{ lock: LOCK },
			),
		resume: (event) =>
			db.transaction(
				async (sql) => {
					const r = await sql.query(
						"UPDATE invite_state SET paused_since = NULL WHERE paused_since IS NOT NULL",
					);
					if (!r.rowCount) return false;
					await insertInviteEvents(sql, [event]);
					return true;
				},
				{ lock: LOCK },
			),
		async failuresSince(since) {
			const { rows } = await db.query<{ n: number }>(
				"SELECT count(*)::int AS n FROM invite_events WHERE action IN ('wrong', 'expired') AND at >= $1",
				[since],
			);
			return rows[0]?.n ?? 0;
		},
		async recentEvents(limit) {
			if (limit <= 0) return [];
			const { rows } = await db.query<EventRow>(
				"SELECT at, by_key, action, failures, users FROM invite_events ORDER BY id DESC LIMIT $1",
				[limit],
			);
			return rows.map(toEvent);
		},
	};
}
