/**
 * A scratch PostgreSQL database holding a fixture document, for the storage bench: created on
 * the server of `DATABASE_URL` (else `TEST_DATABASE_URL`), migrated, filled through the
 * features' document copiers (the same code as `npm run storage -- migrate --to`), counted, and
 * dropped afterwards.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { DbData } from "../src/storage/db.js";
import { documentCopiers } from "../src/storage/postgres/copy-document.js";
import { openPgDatabase } from "../src/storage/postgres/database.js";
import { migrateSchema } from "../src/storage/postgres/migrate.js";
import { postgresMigrations } from "../src/storage/postgres/repositories.js";

/** The server the bench may create databases on, or undefined. */
export function benchServerUrl(): string | undefined {
	return process.env.DATABASE_URL || process.env.TEST_DATABASE_URL || undefined;
}

async function admin<R>(server: string, work: (c: pg.Client) => Promise<R>) {
	const client = new pg.Client({ connectionString: server });
	await client.connect();
	try {
		return await work(client);
	} finally {
		await client.end();
	}
}

/** The server's version and durability settings, for the table's footnote. */
export async function pgServerSettings(server: string): Promise<string> {
	return admin(server, async (c) => {
		const show = async (name: string) =>
			(await c.query(`SHOW ${name}`)).rows[0]?.[name] as string;
		const version = (await show("server_version")).split(" ")[0];
		return `server ${version} on ${new URL(server).host}, fsync=${await show("fsync")}, synchronous_commit=${await show("synchronous_commit")}`;
	});
}

export interface PgFixture {
	url: string;
	/** Rows per table after the copy. */
	rows: Record<string, number>;
	copyMs: number;
	drop(): Promise<void>;
}

/** Features whose part of the document can be copied into PostgreSQL in this build. */
export const copiedFeatures = () => documentCopiers.map((c) => c.feature);

export async function pgFixture(
	server: string,
	doc: DbData,
): Promise<PgFixture> {
	const name = `onex_bench_${randomBytes(5).toString("hex")}`;
	await admin(server, (c) => c.query(`CREATE DATABASE ${name}`));
	const url = new URL(server);
	url.pathname = `/${name}`;
	const drop = () =>
		admin(server, (c) =>
			c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
		).then(() => {});
	const db = openPgDatabase(url.toString());
	try {
		await migrateSchema(db, postgresMigrations);
		const started = performance.now();
		await db.transaction(async (sql) => {
			for (const copier of documentCopiers) await copier.copy(doc, sql);
		});
		const copyMs = performance.now() - started;
		await db.query("ANALYZE");
		const rows: Record<string, number> = {};
		for (const copier of documentCopiers) {
			const want = copier.expected(doc);
			const have = await copier.count(db);
			for (const [table, n] of Object.entries(want)) {
				if (have[table] !== n)
					throw new Error(`${table}: copied ${have[table]} rows of ${n}`);
				rows[table] = n;
			}
		}
		await db.close();
		return { url: url.toString(), rows, copyMs, drop };
	} catch (error) {
		await db.close().catch(() => {});
		await drop().catch(() => {});
		throw error;
	}
}
