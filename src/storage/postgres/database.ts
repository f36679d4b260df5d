import pg from "pg";

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
	/**
	 * Runs `work` in one transaction (BEGIN … COMMIT, ROLLBACK when it throws). `lock` takes a
	 * transaction-scoped advisory lock on that key first, so read-check-write work on the same
	 * key (one teacher's records, one invite code) runs one at a time across every instance.
	 */
	transaction<R>(
		work: (sql: Sql) => Promise<R>,
		options?: { lock?: string },
	): Promise<R>;
	close(): Promise<void>;
}

export interface PgOptions {
	/** Connections in the pool; a bot needs few (each query is short). */
	max?: number;
}

export function openPgDatabase(
	url: string,
	options: PgOptions = {},
): PgDatabase {
	const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
	// An idle connection the server dropped must not crash the process; the pool replaces it.
	pool.on("error", () => {});
	return {
		pool,
		query: (text, values) => pool.query(text, values as unknown[] | undefined),
		async transaction(work, opts = {}) {
			const client = await pool.connect();
			// The server ending this session mid-transaction fails the query in flight; the
			// client's own error event must not end the process.
			const ignore = () => {};
			client.on("error", ignore);
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
				await client.query("ROLLBACK").catch(() => {});
				throw error;
			} finally {
				client.off("error", ignore);
				client.release();
			}
		},
		close: () => pool.end(),
	};
}
