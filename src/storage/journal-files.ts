import { readdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * Where the journal of a database file lives: `db.json.journal-<generation>` beside it. The
 * snapshot names the first generation it does not include; older journals are leftovers of a
 * compaction and may be deleted, newer ones are replayed in order.
 */
export function journalPath(file: string, generation: number): string {
	return `${file}.journal-${generation}`;
}

/** The journals of `file` on disk, oldest generation first. */
export function listJournals(
	file: string,
): { generation: number; path: string }[] {
	const stem = basename(file);
	const found: { generation: number; path: string }[] = [];
	let names: string[];
	try {
		names = readdirSync(dirname(file));
	} catch (error) {
		// No folder yet: no database and no journal.
		if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
		throw error;
	}
	for (const name of names) {
		if (!name.startsWith(`${stem}.journal-`)) continue;
		const digits = name.slice(stem.length + ".journal-".length);
		if (!/^[1-9]\d{0,14}$/.test(digits)) continue;
		found.push({
			generation: Number(digits),
			path: join(dirname(file), name),
		});
	}
	return found.sort((a, b) => a.generation - b.generation);
}
