import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { type DbData, emptyDb, SCHEMA_VERSION } from "./db.js";
import { mergeDefaults } from "./merge-defaults.js";
import { migrate } from "./migrations.js";
import { memoryStore, type Store } from "./store.js";

/**
 * A copy of the database in memory, for previews that must not lock or write the file (the
 * bot may be running). Changes made to it are never written back. A missing file reads as empty.
 */
export async function readSnapshot(file: string): Promise<Store<DbData>> {
	if (!existsSync(file)) return memoryStore(emptyDb());
	const doc = JSON.parse(await readFile(file, "utf8")) as Record<
		string,
		unknown
	>;
	return memoryStore(
		mergeDefaults(migrate(file, doc, SCHEMA_VERSION).doc, emptyDb()),
	);
}
