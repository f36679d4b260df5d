/**
 * PostgreSQL operations, measured on a throw-away server of its own (needs the PostgreSQL binaries):
 *
 *   npx tsx bench/postgres-ops.ts
 *
 * Prints: the server's init and start (what `npm test` pays when it starts one), start-up of the
 * bot's storage (connect + migrate) on a new and on a migrated database, how fast a write fails
 * while the server is stopped, and how soon after the restart the same pool writes again.
 */
import { performance } from "node:perf_hooks";
import { silentLogger } from "../src/core/ports.js";
import { openStorage } from "../src/storage/open-storage.js";
import { connectPgDatabase } from "../src/storage/postgres/database.js";
import { findPgBin, startCluster } from "../test/helpers/pg-cluster.js";

const bin = findPgBin();
if (!bin) throw new Error("install PostgreSQL (apt-get install postgresql)");
const ms = (since: number) => `${(performance.now() - since).toFixed(0)} ms`;

let t = performance.now();
const cluster = await startCluster(bin);
console.log(`initdb + start of a throw-away server      ${ms(t)}`);
try {
	const config = {
		dataDir: "/nonexistent",
		database: { url: cluster.url, poolSize: 10 },
	};
	t = performance.now();
	const first = await openStorage(config, silentLogger);
	console.log(`openStorage on a new database              ${ms(t)}`);
	await first.close();
	t = performance.now();
	const storage = await openStorage(config, silentLogger);
	console.log(`openStorage on a migrated database         ${ms(t)}`);
	await storage.close();

	const db = await connectPgDatabase(cluster.url, { connectTimeoutMs: 5_000 });
	await db.query("CREATE TABLE notes (id serial PRIMARY KEY, body text)");
	const write = () =>
		db.transaction((sql) => sql.query("INSERT INTO notes (body) VALUES ('x')"));
	for (let i = 0; i < 20; i++) await write();
	const runs: number[] = [];
	for (let i = 0; i < 200; i++) {
		const s = performance.now();
		await write();
		runs.push(performance.now() - s);
	}
	runs.sort((a, b) => a - b);
	console.log(
		`one-row transaction p50 / p99 (fsync=off)  ${runs[100]?.toFixed(2)} / ${runs[198]?.toFixed(2)} ms`,
	);
	await cluster.stop();
	t = performance.now();
	const failed = await write().then(
		() => "saved?!",
		(e: Error) => e.name,
	);
	console.log(
		`write while the server is stopped          ${ms(t)} (${failed})`,
	);
	await cluster.start();
	t = performance.now();
	let attempts = 0;
	for (; attempts < 100; attempts++) {
		const ok = await write().then(
			() => true,
			() => false,
		);
		if (ok) break;
	}
	console.log(
		`first write after the restart              ${ms(t)} (${attempts} failed attempts before)`,
	);
	await db.close();
} finally {
	await cluster.remove();
}
