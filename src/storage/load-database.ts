import { readFileSync } from "node:fs";
import { SCHEMA_VERSION } from "./db.js";
import { applyChanges, type DocChange } from "./document-change.js";
import { listJournals } from "./journal-files.js";
import { parseJournal, type ReadJournal } from "./journal-read.js";
import { StorageError } from "./storage-error.js";

/** The key of the snapshot naming the first journal generation it does not include. */
export const JOURNAL_KEY = "$journal";

export const UNTOUCHED =
	"It was left untouched. Restore the newest copy from the backups folder next to it (or fix the file by hand), then start again.";

/** The database as it is on disk: the snapshot with its journals replayed, not yet migrated. */
export interface LoadedDatabase {
	/** `null` when there is no snapshot file (a new database). */
	doc: Record<string, unknown> | null;
	/** Generation named by the snapshot; `undefined` for a file without journal (older builds, backups). */
	snapshotGeneration: number | undefined;
	snapshotBytes: number;
	/** Journals replayed, oldest first (generation ≥ the snapshot's, consecutive). */
	journals: ReadJournal[];
	/** Journals older than the snapshot: already in it, left by an interrupted compaction. */
	stale: string[];
}

function readText(file: string): string | null {
	try {
		return readFileSync(file, "utf8");
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
		throw new StorageError(file, `cannot read ${file}`, { cause: error });
	}
}

export function parseDocument(
	file: string,
	text: string,
): Record<string, unknown> {
	let doc: unknown;
	try {
		doc = JSON.parse(text);
	} catch (cause) {
		const detail = cause instanceof Error ? cause.message : String(cause);
		throw new StorageError(
			file,
			`${file} is not valid JSON (${text.trim() === "" ? "the file is empty" : detail}). ${UNTOUCHED}`,
			{ cause },
		);
	}
	if (typeof doc !== "object" || doc === null || Array.isArray(doc))
		throw new StorageError(
			file,
			`${file} does not hold a database object. ${UNTOUCHED}`,
		);
	return doc as Record<string, unknown>;
}

/** Removes and checks the journal marker of a parsed snapshot. */
function takeGeneration(
	file: string,
	doc: Record<string, unknown>,
): number | undefined {
	if (!Object.hasOwn(doc, JOURNAL_KEY)) return undefined;
	const meta = doc[JOURNAL_KEY] as { generation?: unknown } | null;
	delete doc[JOURNAL_KEY];
	const g = meta?.generation;
	if (typeof g !== "number" || !Number.isSafeInteger(g) || g < 1)
		throw new StorageError(
			file,
			`${file} has a damaged "${JOURNAL_KEY}" marker (${JSON.stringify(meta)}). ${UNTOUCHED}`,
		);
	return g;
}

/**
 * Reads the snapshot and replays its journals (synchronously: at start-up, or for a
 * consistent copy). A corrupt snapshot, a damaged or newer journal, a gap between journals,
 * or journals beside a snapshot that does not name one (a backup copied over the file) are
 * `StorageError`s; nothing is changed on disk here.
 */
export function loadDatabase(file: string): LoadedDatabase {
	const text = readText(file);
	const all = listJournals(file);
	if (text === null) {
		if (all.length > 0)
			throw new StorageError(
				file,
				`${file} is missing but its journal ${all[0]?.path} is there: the database file was moved or deleted. Nothing was changed: put the database file back (or move the journal files away to start empty), then start again.`,
			);
		return {
			doc: null,
			snapshotGeneration: undefined,
			snapshotBytes: 0,
			journals: [],
			stale: [],
		};
	}
	const doc = parseDocument(file, text);
	const generation = takeGeneration(file, doc);
	if (generation === undefined && all.length > 0)
		throw new StorageError(
			file,
			`${file} does not name a journal, but ${all.map((j) => j.path).join(", ")} ${all.length > 1 ? "are" : "is"} beside it: the file was replaced (by a backup?) while the journal of the previous one remained. Nothing was changed: if you restored a backup on purpose, move the journal files away; otherwise put the previous ${file} back. Then start again.`,
		);
	const first = generation ?? 1;
	const stale = all.filter((j) => j.generation < first).map((j) => j.path);
	const live = all.filter((j) => j.generation >= first);
	live.forEach((j, i) => {
		if (j.generation !== first + i)
			throw new StorageError(
				j.path,
				`${file} needs journal ${first + i} before ${j.path}, and it is missing: saved changes are lost. Nothing was changed. Restore the newest copy from the backups folder (and move the journal files away), then start again.`,
			);
	});
	const journals = live.map((j, i) => {
		let bytes: Buffer;
		try {
			bytes = readFileSync(j.path);
		} catch (cause) {
			throw new StorageError(j.path, `cannot read ${j.path}`, { cause });
		}
		return parseJournal(j.path, j.generation, bytes, i === live.length - 1);
	});
	replay(file, doc, journals);
	return {
		doc,
		snapshotGeneration: generation,
		snapshotBytes: Buffer.byteLength(text),
		journals,
		stale,
	};
}

function replay(
	file: string,
	doc: Record<string, unknown>,
	journals: readonly ReadJournal[],
): void {
	const schema = doc.schemaVersion;
	for (const journal of journals) {
		if (journal.schemaVersion === undefined) continue;
		if (journal.schemaVersion > SCHEMA_VERSION)
			throw new StorageError(
				journal.path,
				`${journal.path} was written by a newer version of the bot (schema ${journal.schemaVersion}; this version reads up to ${SCHEMA_VERSION}). It was left untouched: upgrade the bot, then start again.`,
			);
		if (journal.schemaVersion !== schema)
			throw new StorageError(
				journal.path,
				`${journal.path} holds changes to a schema-${journal.schemaVersion} database, but ${file} has schema ${JSON.stringify(schema)}: they do not belong together. ${UNTOUCHED}`,
			);
		journal.commits.forEach((changes, i) => {
			try {
				applyChanges(doc, changes as DocChange[]);
			} catch (cause) {
				throw new StorageError(
					journal.path,
					`${journal.path} change ${i + 1} does not fit ${file} (${cause instanceof Error ? cause.message : String(cause)}): the two do not belong together. ${UNTOUCHED}`,
					{ cause },
				);
			}
		});
	}
}
