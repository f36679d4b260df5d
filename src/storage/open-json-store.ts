import { copyFile, mkdir, rm, truncate, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { type Logger, silentLogger } from "../core/ports.js";
import { checkShapeInChunks } from "./check-shape.js";
import { type DbData, emptyDb, SCHEMA_VERSION } from "./db.js";
import { DurableJsonFile } from "./durable-json-file.js";
import { acquireLock } from "./file-lock.js";
import { internStrings } from "./intern-strings.js";
import { JournalAppender } from "./journal-appender.js";
import { journalPath } from "./journal-files.js";
import { type CompactionStep, JournaledEngine } from "./journaled-store.js";
import {
	type LoadedDatabase,
	loadDatabase,
	UNTOUCHED,
} from "./load-database.js";
import { lacksDefaults, mergeDefaults } from "./merge-defaults.js";
import { migrate } from "./migrations.js";
import { registerOpenStore } from "./open-stores.js";
import { StorageError } from "./storage-error.js";
import { createMutex, type Store } from "./store.js";

export interface JsonStoreOptions {
	/** Told about repaired leftovers and migrations; silent by default. */
	logger?: Logger;
	/** Journal size in bytes that starts a background compaction; default max(4 MiB, half the snapshot). */
	compactAt?: number;
	/** Called at each point of a background compaction (tests stop the process there). */
	onCompaction?: (step: CompactionStep) => void;
}

/** The lowdb-backed store, with what start-up, benchmarks and shutdown need besides `Store`. */
export interface JsonStore extends Store<DbData> {
	readonly file: string;
	/** Full rewrites of the snapshot so far (updates, compactions); shows that updates coalesce. */
	readonly writes: number;
	/** Journal commits (one fsync each) so far; shows that concurrent applies share one. */
	readonly commits: number;
	/** The journal generation appended to now. */
	readonly generation: number;
	/** Waits for queued writes, writes a final snapshot, then releases the file. */
	close(): Promise<void>;
}

/** Refuses a document whose sections or records have the wrong shape, naming where. */
function checkShape(file: string, data: DbData): void {
	const problems = checkShapeInChunks(data);
	if (problems.length === 0) return;
	throw new StorageError(
		file,
		`${file} is valid JSON but its content is damaged:\n${problems.map((p) => `  ${p}`).join("\n")}\n${UNTOUCHED}`,
	);
}

/**
 * Opens (or creates) the database: the snapshot `db.json` (a lowdb JSON file) and its journal
 * `db.json.journal-<n>`, replayed in order. Refuses a corrupt snapshot or journal, one from a
 * newer schema, or a database another running bot holds, with a `StorageError` that says what
 * to do; such files are never overwritten. An older schema is migrated after the journal is
 * replayed onto it and a copy `<file>.schema-<n>.bak` of that state is made, and only once the
 * migrated document has the right shape; the result is written as a fresh snapshot.
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
		// Safe to drop: a snapshot counts only once renamed, so a temp file holds nothing new.
		if (await adapter.removeLeftoverTemp())
			logger.warn("removed the temp file of an interrupted write", {
				file: adapter.tempFile,
			});
		const loaded = loadDatabase(file);
		const { data, rewrite } = await prepare(file, loaded, logger);
		internStrings(data);
		for (const stale of loaded.stale) await rm(stale, { force: true });
		const last = loaded.journals.at(-1);
		let appender: JournalAppender;
		if (last && !rewrite) {
			if (last.tornBytes > 0) {
				// Never acknowledged (its fsync had not returned); cut off so appends follow good lines.
				await truncate(last.path, last.goodBytes);
				logger.warn("dropped an unfinished change at the end of the journal", {
					file: last.path,
					bytes: last.tornBytes,
				});
			}
			appender = new JournalAppender(
				last.path,
				last.generation,
				data.schemaVersion,
				{
					bytes: last.goodBytes,
					lastSeq: last.lastSeq,
				},
			);
		} else {
			// With `rewrite`, the snapshot below takes the next generation before any append.
			const generation = last?.generation ?? loaded.snapshotGeneration ?? 0;
			appender = new JournalAppender(
				journalPath(file, generation),
				generation,
				data.schemaVersion,
			);
		}
		const engine = new JournaledEngine({
			file,
			adapter,
			data,
			appender,
			snapshotBytes: loaded.snapshotBytes,
			compactAt: options.compactAt,
			logger,
			onCompaction: options.onCompaction,
		});
		if (rewrite) await engine.snapshot();
		return createStore(file, engine, release);
	} catch (error) {
		await release();
		throw error;
	}
}

/**
 * Migrates and completes the loaded document. `rewrite` when the snapshot must be written
 * before the first change is journaled: a new file, a migrated one, one lacking sections, or
 * one without a journal marker — so that a journal always applies to its snapshot as it is.
 */
async function prepare(
	file: string,
	loaded: LoadedDatabase,
	logger: Logger,
): Promise<{ data: DbData; rewrite: boolean }> {
	if (!loaded.doc) return { data: emptyDb(), rewrite: true };
	const { doc, from } = migrate(file, loaded.doc, SCHEMA_VERSION);
	const defaults = emptyDb();
	const data = mergeDefaults(doc, defaults);
	checkShape(file, data);
	if (from < SCHEMA_VERSION) {
		const backup = `${file}.schema-${from}.bak`;
		if (loaded.journals.some((j) => j.commits.length > 0))
			await writeFile(backup, JSON.stringify(loaded.doc));
		else await copyFile(file, backup);
		logger.info("migrated the database", { file, from, backup });
	}
	return {
		data,
		rewrite:
			from < SCHEMA_VERSION ||
			loaded.snapshotGeneration === undefined ||
			lacksDefaults(doc, defaults),
	};
}

function createStore(
	file: string,
	engine: JournaledEngine,
	release: () => Promise<void>,
): JsonStore {
	let closed = false;
	const refuseClosed = () => {
		if (closed) throw new StorageError(file, `${file} is closed`);
	};
	const unregister = registerOpenStore(file, {
		copyTo: async (target) => {
			refuseClosed();
			await engine.copyTo(target);
		},
	});
	return {
		file,
		get data() {
			return engine.data;
		},
		get writes() {
			return engine.snapshotWrites;
		},
		get commits() {
			return engine.commits;
		},
		get generation() {
			return engine.generation;
		},
		async apply(changes) {
			refuseClosed();
			await engine.apply(changes);
		},
		exclusive: createMutex(),
		async update(mutate) {
			refuseClosed();
			const result = mutate(engine.data);
			// The snapshot is taken when the writer runs; an async callback would let the write
			// start before its change is made.
			if (result instanceof Promise)
				throw new TypeError("Store.update needs a synchronous callback");
			await engine.snapshot();
			return result;
		},
		async close() {
			if (closed) return;
			closed = true;
			unregister();
			try {
				await engine.close();
			} finally {
				await release();
			}
		},
	};
}
