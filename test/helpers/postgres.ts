import { randomBytes } from "node:crypto";
import pg from "pg";

/**
 * The PostgreSQL server tests run against: `TEST_DATABASE_URL` (set by `.ci/run` and by the test
 * set-up, which starts a throw-away cluster on loopback). Each call creates an empty database of
 * its own, so test files never see each other's rows; `drop` removes it.
 */
export async function freshDatabase(): Promise<{
	url: string;
	drop(): Promise<void>;
}> {
	const server = process.env.TEST_DATABASE_URL;
	if (!server)
		throw new Error(
			"TEST_DATABASE_URL is not set: run the tests through `npm test` (it starts PostgreSQL) or point it at a server",
		);
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
