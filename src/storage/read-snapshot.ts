import { type DbData, emptyDb, SCHEMA_VERSION } from "./db.js";
import { loadDatabase } from "./load-database.js";
import { mergeDefaults } from "./merge-defaults.js";
import { migrate } from "./migrations.js";
import { memoryStore, type Store } from "./store.js";

/**
 * The database as it is on disk (snapshot plus journal) without locking or writing it: the
 * bot may be running and compacting meanwhile. A read that meets a compaction half-way (a
 * journal deleted between listing and reading) is tried again; a commit being appended is
 * not yet there. A missing file reads as empty.
 */
export function readConsistently(file: string): Record<string, unknown> | null {
	for (let attempt = 1; ; attempt++) {
		try {
			return loadDatabase(file).doc;
		} catch (error) {
			if (attempt >= 5) throw error;
		}
	}
}

/**
 * A copy of the database in memory, for previews that must not lock or write the file (the
 * bot may be running). Changes made to it are never written back.
 */
export async function readSnapshot(file: string): Promise<Store<DbData>> {
	const doc = readConsistently(file);
	if (!doc) return memoryStore(emptyDb());
	return memoryStore(
		mergeDefaults(migrate(file, doc, SCHEMA_VERSION).doc, emptyDb()),
	);
}
