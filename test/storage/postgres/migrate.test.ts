import { spawn } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import {
	openPgDatabase,
	type PgDatabase,
} from "../../../src/storage/postgres/database.js";
import {
	type FeatureMigrations,
	migrateSchema,
} from "../../../src/storage/postgres/migrate.js";
import { StorageError } from "../../../src/storage/storage-error.js";
import { itemsFeature, slowFeature } from "../../helpers/pg-test-migrations.js";
import {
	freshDatabase,
	waitForSleepingSession,
} from "../../helpers/postgres.js";

const opened: Array<{ db: PgDatabase; drop(): Promise<void> }> = [];

async function emptyDatabase(): Promise<{ db: PgDatabase; url: string }> {
	const { url, drop } = await freshDatabase();
	const db = openPgDatabase(url);
	opened.push({ db, drop });
	return { db, url };
}

async function applied(db: PgDatabase): Promise<string[]> {
	const { rows } = await db.query<{ step: string }>(
		"SELECT feature || ' ' || version AS step FROM schema_migrations ORDER BY feature, version",
	);
	return rows.map((r) => r.step);
}

async function tables(db: PgDatabase): Promise<string[]> {
	const { rows } = await db.query<{ name: string }>(
		"SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1",
	);
	return rows.map((r) => r.name);
}

afterAll(async () => {
	for (const { db, drop } of opened) {
		await db.close();
		await drop();
	}
});

describe("migrateSchema", () => {
	it("applies every feature's steps in order once, and nothing on the next start", async () => {
		const { db } = await emptyDatabase();
		expect(await migrateSchema(db, [itemsFeature])).toEqual([
			"test_items 1: items",
			"test_items 2: items by title",
		]);
		expect(await migrateSchema(db, [itemsFeature])).toEqual([]);
		expect(await applied(db)).toEqual(["test_items 1", "test_items 2"]);
		const { rows } = await db.query(
			"SELECT indexname FROM pg_indexes WHERE tablename = 'test_items' AND indexname = 'test_items_title'",
		);
		expect(rows).toHaveLength(1);
	});

	it("rolls back a failing step alone, says which, and resumes after it is fixed", async () => {
		const { db } = await emptyDatabase();
		const broken: FeatureMigrations = {
			feature: "test_items",
			migrations: [
				...itemsFeature.migrations.slice(0, 1),
				{
					version: 2,
					name: "half broken",
					sql: "CREATE TABLE test_half (id integer); SELECT no_such_function()",
				},
			],
		};
		const error = await migrateSchema(db, [broken]).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(StorageError);
		expect((error as Error).message).toMatch(
			/Migration test_items 2 \(half broken\) failed and was rolled back \(.*no_such_function.*\); the database keeps version 1 of test_items/,
		);
		expect(await applied(db)).toEqual(["test_items 1"]);
		expect(await tables(db)).not.toContain("test_half");
		expect(await migrateSchema(db, [itemsFeature])).toEqual([
			"test_items 2: items by title",
		]);
	});

	it("resumes after a process killed with SIGKILL in the middle of a step", async () => {
		const { db, url } = await emptyDatabase();
		const child = spawn(
			process.execPath,
			["--import", "tsx", "test/helpers/pg-migrate-child.ts", url],
			{ stdio: ["ignore", "ignore", "pipe"] },
		);
		let stderr = "";
		child.stderr?.on("data", (chunk) => {
			stderr += String(chunk);
		});
		const exited = new Promise<NodeJS.Signals | null>((resolve) =>
			child.once("exit", (_code, signal) => resolve(signal)),
		);
		// Wait (bounded) until step 2 is sleeping inside its transaction.
		const sleeping = await waitForSleepingSession(
			db,
			url,
			() => child.exitCode === null,
		);
		expect(sleeping, stderr).toBe(true);
		child.kill("SIGKILL");
		expect(await exited).toBe("SIGKILL");

		expect(await applied(db)).toEqual(["slow 1"]);
		expect(await tables(db)).not.toContain("slow_two");
		// The pool's client_connection_check_interval lets the server notice the dead client within
		// seconds, in the middle of its 60 s statement, and roll the step back; resuming waits for that.
		const resumed = Date.now();
		expect(await migrateSchema(db, [slowFeature(0)])).toEqual(["slow 2: two"]);
		expect(Date.now() - resumed).toBeLessThan(15_000);
		expect(await tables(db)).toEqual(
			expect.arrayContaining(["slow_one", "slow_two"]),
		);
	});

	it("lets two instances starting at once migrate one after the other", async () => {
		const { db, url } = await emptyDatabase();
		const other = openPgDatabase(url);
		try {
			// Step 2 creates a table without IF NOT EXISTS: applied twice, it would fail.
			const [a, b] = await Promise.all([
				migrateSchema(db, [slowFeature(0.5)]),
				migrateSchema(other, [slowFeature(0.5)]),
			]);
			expect([...a, ...b].sort()).toEqual(["slow 1: one", "slow 2: two"]);
			expect([a.length, b.length].sort()).toEqual([0, 2]);
			expect(await applied(db)).toEqual(["slow 1", "slow 2"]);
		} finally {
			await other.close();
		}
	});

	it("refuses a database a newer build migrated, naming the feature, and changes nothing", async () => {
		const { db } = await emptyDatabase();
		await migrateSchema(db, [itemsFeature]);
		await db.query(
			"INSERT INTO schema_migrations (feature, version, name) VALUES ('test_items', 3, 'from the future'), ('future_feature', 1, 'new')",
		);
		const older: FeatureMigrations = {
			feature: "test_items",
			migrations: itemsFeature.migrations,
		};
		const error = await migrateSchema(db, [older, slowFeature(0)]).catch(
			(e: unknown) => e,
		);
		expect(error).toBeInstanceOf(StorageError);
		const message = (error as Error).message;
		expect(message).toContain("was migrated by a newer onex-bot");
		expect(message).toContain("test_items at version 3, this build knows 2");
		expect(message).toContain(
			"future_feature at version 1, this build knows 0",
		);
		expect(message).toContain("run that newer version");
		expect(await tables(db)).not.toContain("slow_one");
	});

	it("rejects steps not numbered 1, 2, 3 … as a mistake in the build", async () => {
		const { db } = await emptyDatabase();
		const gap: FeatureMigrations = {
			feature: "gap",
			migrations: [
				{ version: 1, name: "a", sql: "SELECT 1" },
				{ version: 3, name: "c", sql: "SELECT 1" },
			],
		};
		await expect(migrateSchema(db, [gap])).rejects.toThrow(
			"migrations of gap must be numbered 1, 2, 3 …; found 1, 3",
		);
	});
});
