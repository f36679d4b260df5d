import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Repositories } from "../../src/features/repositories.js";
import { lowdbRepositories } from "../../src/storage/lowdb/repositories.js";
import { openJsonStore } from "../../src/storage/open-json-store.js";
import {
	openPgDatabase,
	type PgDatabase,
} from "../../src/storage/postgres/database.js";
import { migrateSchema } from "../../src/storage/postgres/migrate.js";
import {
	postgresMigrations,
	postgresRepositories,
} from "../../src/storage/postgres/repositories.js";
import { freshDatabase } from "./postgres.js";

/** The exam and reminder repositories of one store, and how to open a second handle on it. */
export interface ReminderStoreUnderTest {
	repos: Pick<
		Repositories,
		"examRounds" | "reminderSubscriptions" | "reminderOutbox"
	>;
	/**
	 * Another handle on the same data: for PostgreSQL a second pool (as a second instance has);
	 * for lowdb the same repositories (one process owns the file).
	 */
	another(): Promise<ReminderStoreUnderTest["repos"]>;
	close(): Promise<void>;
}

/** lowdb over a real file in a temporary directory. */
async function lowdbStore(): Promise<ReminderStoreUnderTest> {
	const dir = await mkdtemp(join(tmpdir(), "onex-reminders-"));
	const store = await openJsonStore(join(dir, "db.json"));
	const repos = lowdbRepositories(store);
	return {
		repos,
		another: async () => repos,
		async close() {
			await store.close();
			await rm(dir, { recursive: true, force: true });
		},
	};
}

/** A migrated PostgreSQL database of its own. */
export async function migratedDatabase(): Promise<{
	url: string;
	db: PgDatabase;
	close(): Promise<void>;
}> {
	const fresh = await freshDatabase();
	const db = openPgDatabase(fresh.url, { max: 4 });
	await migrateSchema(db, postgresMigrations);
	return {
		url: fresh.url,
		db,
		async close() {
			await db.close();
			await fresh.drop();
		},
	};
}

/** A migrated PostgreSQL database with the repositories over it. */
export async function postgresStore(): Promise<ReminderStoreUnderTest> {
	const { url, db, close } = await migratedDatabase();
	const others: PgDatabase[] = [];
	return {
		repos: postgresRepositories(db),
		async another() {
			const other = openPgDatabase(url, { max: 4 });
			others.push(other);
			return postgresRepositories(other);
		},
		async close() {
			for (const o of others) await o.close();
			await close();
		},
	};
}

/** Both implementations, for `describe.each`. */
export const reminderStores: [string, () => Promise<ReminderStoreUnderTest>][] =
	[
		["lowdb", lowdbStore],
		["postgres", postgresStore],
	];
