import type { DbData } from "../db.js";
import { StorageError } from "../storage-error.js";
import type { DocumentCopier } from "./copy-document.js";
import type { PgDatabase, Sql } from "./database.js";

/** Taken for the whole copy, so two copies into one database run one after the other. */
export const COPY_LOCK = "onex-bot storage migrate";

/** Every copier's tables, counted; a table two copiers claim is a mistake in the build. */
async function countAll(
	copiers: readonly DocumentCopier[],
	sql: Sql,
): Promise<Map<string, number>> {
	const counts = new Map<string, number>();
	for (const copier of copiers)
		for (const [table, n] of Object.entries(await copier.count(sql))) {
			if (counts.has(table))
				throw new Error(`table ${table} is counted by two copiers`);
			counts.set(table, n);
		}
	return counts;
}

/**
 * Copies an embedded document into PostgreSQL with every feature's copier, all in one
 * transaction: a copy killed half-way leaves nothing, and a second copy started meanwhile waits
 * and then finds the target full. Refuses a target that already holds rows in any copier's table,
 * and rolls everything back when the rows counted afterwards differ from what the document holds.
 * Returns the rows per table.
 */
export async function copyDocument(
	doc: DbData,
	db: PgDatabase,
	copiers: readonly DocumentCopier[],
): Promise<Record<string, number>> {
	return db.transaction(
		async (sql) => {
			const before = [...(await countAll(copiers, sql))].filter(
				([, n]) => n > 0,
			);
			if (before.length > 0)
				throw new StorageError(
					db.where,
					`PostgreSQL at ${db.where} already holds data (${before.map(([t, n]) => `${t}: ${n} rows`).join(", ")}). The copy goes only into an empty database; nothing was copied.`,
				);
			const expected = new Map<string, number>();
			for (const copier of copiers) {
				for (const [table, n] of Object.entries(copier.expected(doc)))
					expected.set(table, n);
				await copier.copy(doc, sql);
			}
			const after = await countAll(copiers, sql);
			const wrong = [...new Set([...expected.keys(), ...after.keys()])]
				.filter((t) => (expected.get(t) ?? 0) !== (after.get(t) ?? 0))
				.map(
					(t) =>
						`${t}: ${expected.get(t) ?? 0} in the file, ${after.get(t) ?? 0} copied`,
				);
			if (wrong.length > 0)
				throw new StorageError(
					db.where,
					`The copy does not match the file (${wrong.join("; ")}), so it was rolled back and nothing was copied.`,
				);
			return Object.fromEntries(after);
		},
		{ lock: COPY_LOCK },
	);
}
