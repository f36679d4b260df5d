/**
 * Opens the store a bench child measures, the way the bot opens it at start-up: the lowdb file,
 * or a PostgreSQL database (connected, migrated, with the features' repositories).
 */
import { NotSavedError } from "../src/core/errors.js";
import type { Repositories } from "../src/features/repositories.js";
import { emptyDb } from "../src/storage/db.js";
import { lowdbRepositories } from "../src/storage/lowdb/repositories.js";
import { openJsonStore } from "../src/storage/open-json-store.js";
import { openPgDatabase } from "../src/storage/postgres/database.js";
import { migrateSchema } from "../src/storage/postgres/migrate.js";
import {
	postgresMigrations,
	postgresRepositories,
} from "../src/storage/postgres/repositories.js";
import { createMutex } from "../src/storage/store.js";

export type BenchTarget =
	| { kind: "lowdb"; file: string }
	| { kind: "postgres"; url: string };

export interface BenchStorage {
	repositories: Repositories;
	close(): Promise<void>;
}

/** A service still on the whole document gets empty data and every write refused. */
function refusingStore() {
	const refuse = async (): Promise<never> => {
		throw new NotSavedError("not stored in PostgreSQL");
	};
	return {
		data: emptyDb(),
		apply: refuse,
		update: refuse,
		exclusive: createMutex(),
	};
}

export async function openBenchStorage(
	target: BenchTarget,
): Promise<BenchStorage> {
	if (target.kind === "lowdb") {
		const store = await openJsonStore(target.file);
		return {
			repositories: lowdbRepositories(store),
			close: () => store.close(),
		};
	}
	const db = openPgDatabase(target.url);
	await migrateSchema(db, postgresMigrations);
	return {
		repositories: { store: refusingStore(), ...postgresRepositories(db) },
		close: () => db.close(),
	};
}
