import pg from "pg";
import {
	describeDatabase,
	startupError,
	translatePgError,
} from "./pg-errors.js";

/** A query runner: the pool outside a transaction, one connection inside it. */
export interface Sql {
	query<R extends pg.QueryResultRow = pg.QueryResultRow>(
		text: string,
		values?: readonly unknown[],
	): Promise<pg.QueryResult<R>>;
}

/** The PostgreSQL database the repositories share. */
export interface PgDatabase extends Sql {
	readonly pool: pg.Pool;
	/** `postgres://user@host:port/db`, for logs and errors: never the password. */
	readonly where: string;
	/**
	 * Runs `work` in one transaction (BEGIN … COMMIT, ROLLBACK when it throws). `lock` takes a
	 * transaction-scoped advisory lock on that key first, so read-check-write work on the same
	 * key (one teacher's records, one invite code) runs one at a time across every instance.
	 * A lost connection, a server restart or a full disk rejects with `DatabaseUnavailableError`
	 * (a `NotSavedError`): nothing of `work` was committed.
	 */
	transaction<R>(
		work: (sql: Sql) => Promise<R>,
		options?: { lock?: string },
	): Promise<R>;
	close(): Promise<void>;
}

export interface PgOptions {
	/** Connections in the pool (`DATABASE_POOL_SIZE`); a bot needs few (each query is short). */
	max?: number;
	/** How long a query waits for a connection before the user is told nothing was saved. */
	connectTimeoutMs?: number;
	/** Longest a single statement may run on the server. */
	statementTimeoutMs?: number;
}

/** Default pool size: a reply runs a few short queries, so ten connections serve many chats. */
export const DEFAULT_POOL_SIZE = 10;

/**
 * A pool over `url`. No connection is made yet (see `connectPgDatabase`). Connections the server
 * drops (restart, `pg_terminate_backend`) are discarded and replaced on the next query, so the
 * bot carries on once the server is back.
 */
export function openPgDatabase(
	url: string,
	options: PgOptions = {},
): PgDatabase {
	const where = describeDatabase(url);
	const pool = new pg.Pool({
		connectionString: url,
		max: options.max ?? DEFAULT_POOL_SIZE,
		connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
		idleTimeoutMillis: 30_000,
		statement_timeout: options.statementTimeoutMs ?? 30_000,
		keepAlive: true,
		application_name: "onex-bot",
	});
	// An idle connection the server dropped must not crash the process; the pool replaces it.
	pool.on("error", () => {});
	// PostgreSQL 14+ then notices within 2 s that a bot died (kill -9, lost host) in the middle
	// of a long statement, and rolls it back, releasing its locks and claims. Older servers do
	// not know the setting and refuse it; the connection is fine either way.
	pool.on("connect", (client) => {
		client.query("SET client_connection_check_interval = 2000").catch(() => {});
	});
	const translate = (error: unknown) => translatePgError(error, where);
	return {
		pool,
		where,
		query: (text, values) =>
			pool.query(text, values as unknown[] | undefined).catch((error) => {
				throw translate(error);
			}),
		async transaction(work, opts = {}) {
			const client = await pool.connect().catch((error) => {
				throw translate(error);
			});
			// Set when the connection is unusable: the pool then closes it instead of reusing it.
			let broken: Error | undefined;
			// The server may cut a checked-out connection between two queries (restart,
			// pg_terminate_backend): without a listener that error would end the process.
			const onError = (error: Error) => {
				broken = error;
			};
			client.on("error", onError);
			try {
				await client.query("BEGIN");
				if (opts.lock !== undefined)
					await client.query(
						"SELECT pg_advisory_xact_lock(hashtextextended($1, 0))",
						[opts.lock],
					);
				const sql: Sql = {
					query: (text, values) =>
						client.query(text, values as unknown[] | undefined),
				};
				const result = await work(sql);
				await client.query("COMMIT");
				return result;
			} catch (error) {
				await client.query("ROLLBACK").catch((rollback: unknown) => {
					broken = rollback instanceof Error ? rollback : new Error("ROLLBACK");
				});
				throw translate(error);
			} finally {
				client.off("error", onError);
				client.release(broken);
			}
		},
		close: () => pool.end(),
	};
}

/**
 * Opens the pool and checks that the server answers, so start-up fails at once with what to do
 * (unreachable, wrong password, no such database) instead of at the first user's message.
 */
export async function connectPgDatabase(
	url: string,
	options: PgOptions = {},
): Promise<PgDatabase> {
	const db = openPgDatabase(url, options);
	try {
		await db.pool.query("SELECT 1");
		return db;
	} catch (error) {
		await db.close().catch(() => {});
		throw startupError(error, db.where);
	}
}
