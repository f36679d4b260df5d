import { copyFile, mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { Low } from "lowdb";
import { type Logger, silentLogger } from "../core/ports.js";
import { CoalescingWriter } from "./coalescing-writer.js";
import { type DbData, emptyDb, SCHEMA_VERSION } from "./db.js";
import { findDbProblems } from "./db-schema.js";
import { applyChanges } from "./document-change.js";
import { DurableJsonFile } from "./durable-json-file.js";
import { acquireLock } from "./file-lock.js";
import { mergeDefaults } from "./merge-defaults.js";
import { migrate } from "./migrations.js";
import { StorageError } from "./storage-error.js";
import { createMutex, type Store } from "./store.js";

export interface JsonStoreOptions {
	/** Told about repaired leftovers and migrations; silent by default. */
	logger?: Logger;
}

/** The lowdb-backed store, with what start-up, benchmarks and shutdown need besides `Store`. */
export interface JsonStore extends Store<DbData> {
	readonly file: string;
	/** Full rewrites of the file so far; shows that concurrent updates coalesce. */
	readonly writes: number;
	/** Waits for queued writes, then releases the file for another process. */
	close(): Promise<void>;
}

const UNTOUCHED =
	"It was left untouched. Restore the newest copy from the backups folder next to it (or fix the file by hand), then start again.";

function parseDocument(file: string, text: string): Record<string, unknown> {
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

/** Refuses a document whose sections or records have the wrong shape, naming where. */
function checkShape(file: string, data: DbData): void {
	const problems = findDbProblems(data);
	if (problems.length === 0) return;
	throw new StorageError(
		file,
		`${file} is valid JSON but its content is damaged:\n${problems.map((p) => `  ${p}`).join("\n")}\n${UNTOUCHED}`,
	);
}

/**
 * Opens (or creates) the database file: the only place that touches lowdb. Refuses a corrupt
 * file (bad JSON, or sections and records of the wrong shape), one from a newer schema, or
 * one another running bot holds, with a `StorageError` that says what to do; such a file is
 * never overwritten. Older schemas are migrated after a copy `<file>.schema-<n>.bak` is
 * made, and only once the migrated document has the right shape.
 */
export async function openJsonStore(
	file: string,
	options: JsonStoreOptions = {},
): Promise<JsonStore> {
	const logger = options.logger ?? silentLogger;
	try {
		await mkdir(dirname(file), { recursive: true });
	} catch (cause) {
		throw new StorageError(file, `cannot create the folder of ${file}`, {
			cause,
		});
	}
	const release = await acquireLock(file);
	try {
		const adapter = new DurableJsonFile<DbData>(file);
		// Safe to drop: a write is acknowledged only after its rename, so a temp file holds
		// nothing anyone was told is saved.
		if (await adapter.removeLeftoverTemp())
			logger.warn("removed the temp file of an interrupted write", {
				file: adapter.tempFile,
			});
		let text: string | null;
		try {
			text = await adapter.readText();
		} catch (cause) {
			throw new StorageError(file, `cannot read ${file}`, { cause });
		}
		let data = emptyDb();
		let mustWrite = text === null;
		if (text !== null) {
			const { doc, from } = migrate(
				file,
				parseDocument(file, text),
				SCHEMA_VERSION,
			);
			data = mergeDefaults(doc, emptyDb());
			checkShape(file, data);
			if (from < SCHEMA_VERSION) {
				const backup = `${file}.schema-${from}.bak`;
				await copyFile(file, backup);
				logger.info("migrated the database", { file, from, backup });
				mustWrite = true;
			}
		}
		adapter.lastWritten = JSON.stringify(data);
		return await createStore(
			file,
			adapter,
			new Low(adapter, data),
			release,
			mustWrite,
			logger,
		);
	} catch (error) {
		await release();
		throw error;
	}
}

async function createStore(
	file: string,
	adapter: DurableJsonFile<DbData>,
	db: Low<DbData>,
	release: () => Promise<void>,
	writeNow: boolean,
	logger: Logger,
): Promise<JsonStore> {
	const writer = new CoalescingWriter(
		async () => {
			try {
				await db.write();
			} catch (cause) {
				const error = new StorageError(file, `could not write ${file}`, {
					cause,
				});
				// The reason in plain words and as a code, for alerts that match on either.
				logger.error("database write failed; the change was not saved", {
					file,
					cause:
						error.code ?? (cause instanceof Error ? cause.name : "unknown"),
					error: error.message,
				});
				throw error;
			}
		},
		() => {
			// Nobody was told these changes are saved: drop them rather than save them later.
			if (adapter.lastWritten !== undefined)
				db.data = JSON.parse(adapter.lastWritten) as DbData;
		},
	);
	let closed = false;
	if (writeNow) await writer.request();
	return {
		file,
		get data() {
			return db.data;
		},
		get writes() {
			return writer.writes;
		},
		async apply(changes) {
			if (closed) throw new StorageError(file, `${file} is closed`);
			applyChanges(db.data, changes);
			await writer.request();
		},
		exclusive: createMutex(),
		async update(mutate) {
			if (closed) throw new StorageError(file, `${file} is closed`);
			const result = mutate(db.data);
			// The snapshot is taken when the writer runs; an async callback would let the write
			// start before its change is made.
			if (result instanceof Promise)
				throw new TypeError("Store.update needs a synchronous callback");
			await writer.request();
			return result;
		},
		async close() {
			if (closed) return;
			closed = true;
			await writer.idle();
			await release();
		},
	};
}
