import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Config } from "../config.js";
import type { Logger } from "../core/ports.js";
import type { Repositories } from "../features/repositories.js";
import { lowdbRepositories } from "./lowdb/repositories.js";
import { type JsonStore, openJsonStore } from "./open-json-store.js";
import { documentCopiers } from "./postgres/copy-document.js";
import { connectPgDatabase, type PgDatabase } from "./postgres/database.js";
import { migrateSchema } from "./postgres/migrate.js";
import { startupError } from "./postgres/pg-errors.js";
import {
	postgresMigrations,
	postgresRepositories,
} from "./postgres/repositories.js";
import { StorageError } from "./storage-error.js";

/** The features' storage, opened: the embedded lowdb file or a PostgreSQL database. */
export interface Storage {
	kind: "lowdb" | "postgres";
	repositories: Repositories;
	/** lowdb only: the opened file (its lock held), which daily backups copy. */
	store: JsonStore | undefined;
	/** PostgreSQL only: the pool the repositories share. */
	db: PgDatabase | undefined;
	/** Where the data lives, for the log: a file path or `postgres://user@host:port/db`. */
	where: string;
	/** Waits for pending writes and releases the file lock or the pool. */
	close(): Promise<void>;
}

/** `DATA_DIR/db.json`: the embedded database. */
export function databaseFile(config: Pick<Config, "dataDir">): string {
	return join(config.dataDir, "db.json");
}

/**
 * A deployment switched to PostgreSQL without copying its file would start empty beside its
 * data (an upgraded compose file, a forgotten step): refuse while `file` exists and no table of
 * any copier holds a row.
 */
async function refuseBesideUncopiedFile(
	file: string,
	db: PgDatabase,
): Promise<void> {
	if (!existsSync(file)) return;
	for (const copier of documentCopiers)
		for (const n of Object.values(await copier.count(db))) if (n > 0) return;
	throw new StorageError(
		file,
		`DATABASE_URL points at PostgreSQL (${db.where}), which holds none of the data, while ${file} is still there. Copy it first (stop the bot, then: npm run storage -- migrate --to "$DATABASE_URL"), or move ${file} out of DATA_DIR to start with an empty database.`,
	);
}

/**
 * PostgreSQL when `config.database` is set (`DATABASE_URL`): connects, migrates the schema and
 * builds the repositories; the lowdb file in `DATA_DIR` otherwise (taking its lock). Rejects with
 * a `StorageError` saying what to do (unreachable, wrong password, no such database, a schema
 * newer than this build, a damaged file); its message never holds the password.
 */
export async function openStorage(
	config: Pick<Config, "dataDir" | "database">,
	logger: Logger,
): Promise<Storage> {
	if (!config.database) {
		const store = await openJsonStore(databaseFile(config), { logger });
		return {
			kind: "lowdb",
			repositories: lowdbRepositories(store),
			store,
			db: undefined,
			where: store.file,
			close: () => store.close(),
		};
	}
	const db = await connectPgDatabase(config.database.url, {
		max: config.database.poolSize,
	});
	try {
		await migrateSchema(db, postgresMigrations, { logger });
		await refuseBesideUncopiedFile(databaseFile(config), db);
	} catch (error) {
		await db.close().catch(() => {});
		// The server went away during the migration: said like any other start-up failure.
		throw error instanceof StorageError ? error : startupError(error, db.where);
	}
	logger.info("storage: PostgreSQL", {
		database: db.where,
		pool: config.database.poolSize,
	});
	return {
		kind: "postgres",
		repositories: postgresRepositories(db),
		store: undefined,
		db,
		where: db.where,
		close: () => db.close(),
	};
}
