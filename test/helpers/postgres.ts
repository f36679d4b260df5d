import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";

/**
 * The PostgreSQL server the tests run against: `TEST_DATABASE_URL` (set by `.ci/run`), or the
 * throw-away cluster the global set-up (`global-postgres.ts`) started. Throws what to do when
 * there is neither, so the test fails instead of being skipped.
 */
export function testServer(): string {
	const url = process.env.TEST_DATABASE_URL || inject("testDatabaseUrl");
	if (!url)
		throw new Error(
			`this test needs PostgreSQL: ${inject("testDatabaseProblem") || "set TEST_DATABASE_URL"}`,
		);
	return url;
}

/**
 * Each call creates an empty database of its own on `testServer()`, so test files never see each
 * other's rows; `drop` removes it.
 */
export async function freshDatabase(): Promise<{
	url: string;
	drop(): Promise<void>;
}> {
	const server = testServer();
	const name = `t_${randomBytes(6).toString("hex")}`;
	const admin = new pg.Client({ connectionString: server });
	await admin.connect();
	try {
		await admin.query(`CREATE DATABASE ${name}`);
	} finally {
		await admin.end();
	}
	const url = new URL(server);
	url.pathname = `/${name}`;
	return {
		url: url.toString(),
		async drop() {
			const c = new pg.Client({ connectionString: server });
			await c.connect();
			try {
				await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
			} finally {
				await c.end();
			}
		},
	};
}

/**
 * Waits (bounded, about 15 s) until another session on `url`'s database is inside `pg_sleep`,
 * as a test child does to hold a transaction open; `false` when `alive()` turns false first or
 * the time runs out.
 */
export async function waitForSleepingSession(
	db: { query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> },
	url: string,
	alive: () => boolean,
): Promise<boolean> {
	const database = new URL(url).pathname.slice(1);
	for (let i = 0; i < 300 && alive(); i++) {
		const { rows } = await db.query(
			"SELECT 1 FROM pg_stat_activity WHERE datname = $1 AND query LIKE '%pg_sleep%' AND state = 'active' AND pid <> pg_backend_pid()",
			[database],
		);
		if (rows.length > 0) return true;
		await new Promise((r) => setTimeout(r, 50));
	}
	return false;
}
