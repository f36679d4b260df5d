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

export type FeatureRepositories = Omit<Repositories, "store">;

/** One opened storage: its repositories, a second opening of the same data, and clean-up. */
export interface OpenedStorage {
	repositories: FeatureRepositories;
	/**
	 * Another process's view of the same data (PostgreSQL: a second pool, as another
	 * instance has); for lowdb, which allows one process, the same repositories.
	 */
	other(): FeatureRepositories;
	/** The PostgreSQL database, when that is the kind. */
	db?: PgDatabase;
	close(): Promise<void>;
}

export interface StorageKind {
	name: "lowdb" | "postgres";
	open(): Promise<OpenedStorage>;
}

/** The two implementations every contract test runs over: a real lowdb file, a real PostgreSQL database. */
export const storageKinds: StorageKind[] = [
	{
		name: "lowdb",
		async open() {
			const dir = await mkdtemp(join(tmpdir(), "onex-contract-"));
			const store = await openJsonStore(join(dir, "db.json"));
			const repositories = lowdbRepositories(store);
			return {
				repositories,
				other: () => repositories,
				async close() {
					await store.close();
					await rm(dir, { recursive: true, force: true });
				},
			};
		},
	},
	{
		name: "postgres",
		async open() {
			const fresh = await freshDatabase();
			const db = openPgDatabase(fresh.url, { max: 4 });
			await migrateSchema(db, postgresMigrations);
			const others: PgDatabase[] = [];
			return {
				repositories: postgresRepositories(db),
				db,
				other() {
					const second = openPgDatabase(fresh.url, { max: 4 });
					others.push(second);
					return postgresRepositories(second);
				},
				async close() {
					await Promise.all([db, ...others].map((d) => d.close()));
					await fresh.drop();
				},
			};
		},
	},
];
