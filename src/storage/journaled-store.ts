import type { Logger } from "../core/ports.js";
import type { DbData } from "./db.js";
import { applyUndoable, type DocChange } from "./document-change.js";
import type { DurableJsonFile } from "./durable-json-file.js";
import { JournalAppender } from "./journal-appender.js";
import { journalPath, listJournals } from "./journal-files.js";
import { JOURNAL_KEY, loadDatabase } from "./load-database.js";
import { serializeChunks } from "./snapshot-chunks.js";
import {
	type CompactionStep,
	type CopyJob,
	SnapshotWriter,
} from "./snapshot-writer.js";
import { StorageError } from "./storage-error.js";

export type { CompactionStep };

interface Waiter {
	resolve(): void;
	reject(error: unknown): void;
}
type Job =
	| ({ kind: "apply"; text: string; undo: () => void } & Waiter)
	| ({ kind: "snapshot" } & Waiter)
	| ({ kind: "copy"; target: string } & Waiter);

export interface EngineState {
	file: string;
	adapter: DurableJsonFile<DbData>;
	data: DbData;
	appender: JournalAppender;
	snapshotBytes: number;
	/** Journal bytes that start a compaction; default max(4 MiB, half the snapshot). */
	compactAt: number | undefined;
	logger: Logger;
	onCompaction: ((step: CompactionStep) => void) | undefined;
}

/**
 * The write path of the embedded database. `apply` changes memory at once and queues the
 * change's JSON; the queue is drained one commit at a time, every change waiting at that
 * moment sharing one journal line and one fsync (group commit). A commit that fails undoes
 * its changes and all queued behind it (newest first) before any caller hears of it. When the
 * journal is large it is compacted in the background: appends move to the next journal
 * generation at once, the snapshot of the state at that point is written beside them, and
 * then the old journal is deleted. `update` (whole rewrite) writes a snapshot directly.
 */
export class JournaledEngine {
	data: DbData;
	/** Journal commits, i.e. fsyncs of appended changes. */
	commits = 0;
	private appender: JournalAppender;
	private queue: Job[] = [];
	private running: Promise<void> | undefined;
	private readonly snapshots: SnapshotWriter;
	private broken: StorageError | undefined;

	constructor(private readonly s: EngineState) {
		this.data = s.data;
		this.appender = s.appender;
		this.snapshots = new SnapshotWriter(
			s.file,
			s.adapter,
			s.logger,
			s.onCompaction,
			s.snapshotBytes,
		);
	}

	/** Full snapshot writes (updates, compactions, close). */
	get snapshotWrites(): number {
		return this.snapshots.writes;
	}

	get generation(): number {
		return this.appender.generation;
	}

	private refuseIfBroken(): void {
		if (this.broken) throw this.broken;
	}

	apply(changes: readonly DocChange[]): Promise<void> {
		this.refuseIfBroken();
		// Serialized before it is applied: a value changed later in memory is journaled as given.
		const text = JSON.stringify(changes);
		const undo = applyUndoable(this.data, changes);
		return this.enqueue({ kind: "apply", text, undo });
	}

	/** Persists the whole document now (after whatever is queued). */
	snapshot(): Promise<void> {
		this.refuseIfBroken();
		return this.enqueue({ kind: "snapshot" });
	}

	/**
	 * Writes the acknowledged state, as one document without journal marker, to `target`
	 * (fsynced): a consistent backup from memory, without reading the files back.
	 */
	copyTo(target: string): Promise<void> {
		this.refuseIfBroken();
		return this.enqueue({ kind: "copy", target });
	}

	private enqueue(
		job:
			| { kind: "apply"; text: string; undo: () => void }
			| { kind: "snapshot" }
			| { kind: "copy"; target: string },
	): Promise<void> {
		return new Promise<void>((resolve, reject) => {
			this.queue.push({ ...job, resolve, reject } as Job);
			this.running ??= this.drain();
		});
	}

	/** Resolves once nothing is queued, in flight or compacting. */
	async idle(): Promise<void> {
		while (this.running) await this.running;
		await this.snapshots.idle();
		while (this.running) await this.running;
	}

	private async drain(): Promise<void> {
		try {
			while (this.queue.length > 0) {
				// Everything queued is in memory already, and nothing else is: memory = disk + batch.
				const taken = this.queue.splice(0);
				const copies = taken.filter((j) => j.kind === "copy");
				const batch = taken.filter((j) => j.kind !== "copy");
				if (batch.some((j) => j.kind === "snapshot")) {
					await this.writeSnapshot(batch);
					// Copied at the next commit, from the state then.
					this.queue.unshift(...copies);
				} else await this.commit(batch, copies);
			}
		} finally {
			this.running = undefined;
		}
	}

	private serialize(generation: number): Buffer[] {
		return serializeChunks({ [JOURNAL_KEY]: { generation }, ...this.data });
	}

	private async commit(batch: Job[], copies: Job[]): Promise<void> {
		const limit =
			this.s.compactAt ??
			Math.max(4 << 20, Math.floor(this.snapshots.bytes / 2));
		const changes = batch.flatMap((j) =>
			j.kind === "apply" && j.text !== "[]" ? [j.text] : [],
		);
		// Taken now, while memory is exactly the disk plus this batch.
		const compact =
			changes.length > 0 &&
			!this.snapshots.compacting &&
			this.appender.bytes >= limit
				? this.serialize(this.generation + 1)
				: undefined;
		const copy = copies.length > 0 ? serializeChunks(this.data) : undefined;
		if (changes.length > 0) {
			try {
				await this.appender.append(changes);
			} catch (cause) {
				this.fail([...batch, ...copies], cause, this.appender.path);
				return;
			}
			this.commits++;
			if (compact !== undefined) {
				const old = this.rotate();
				this.snapshots.compactInBackground(compact, this.generation, old);
			}
		}
		for (const j of batch) j.resolve();
		if (copy) this.snapshots.copyInBackground(copy, copies as CopyJob[]);
	}

	private rotate(): JournalAppender {
		const old = this.appender;
		const next = old.generation + 1;
		this.appender = new JournalAppender(
			journalPath(this.s.file, next),
			next,
			this.data.schemaVersion,
		);
		return old;
	}

	private async writeSnapshot(batch: Job[]): Promise<void> {
		const generation = this.generation + 1;
		const chunks = this.serialize(generation);
		try {
			await this.snapshots.write(chunks);
		} catch (cause) {
			this.fail(batch, cause, this.s.file);
			return;
		}
		const old = this.rotate();
		await old.close().catch(() => {});
		await this.snapshots.deleteJournalsBelow(generation);
		for (const j of batch) j.resolve();
	}

	/** Undoes every change not on disk, then rejects all their callers. */
	private fail(batch: Job[], cause: unknown, target: string): void {
		const error = new StorageError(this.s.file, `could not write ${target}`, {
			cause,
		});
		// The reason in plain words and as a code, for alerts that match on either.
		this.s.logger.error("database write failed; the change was not saved", {
			file: this.s.file,
			cause: error.code ?? (cause instanceof Error ? cause.name : "unknown"),
			error: error.message,
		});
		// Changes queued meanwhile were made on top of the undone ones: undone as well.
		const all = [...batch, ...this.queue.splice(0)];
		if (all.some((j) => j.kind === "snapshot")) this.reload();
		else
			for (let i = all.length - 1; i >= 0; i--) {
				const job = all[i];
				if (job?.kind === "apply") job.undo();
			}
		if (this.appender.broken && !this.broken)
			this.broken = new StorageError(
				this.s.file,
				`writes to ${this.s.file} are stopped: a failed write could not be cut off from ${this.appender.path}. Restart the bot once the disk is fixed; nothing acknowledged is lost`,
				{ cause: this.appender.broken },
			);
		for (const j of all) j.reject(error);
	}

	/** Puts memory back to what is on disk, keeping the document object (repositories hold it). */
	private reload(): void {
		try {
			const { doc } = loadDatabase(this.s.file);
			if (!doc) throw new Error(`${this.s.file} is gone`);
			const target = this.data as unknown as Record<string, unknown>;
			for (const key of Object.keys(target))
				if (!(key in doc)) delete target[key];
			Object.assign(target, doc);
		} catch (cause) {
			this.broken = new StorageError(
				this.s.file,
				`writes to ${this.s.file} are stopped: after a failed write the file could not be read back. Restart the bot once the disk is fixed; nothing acknowledged is lost`,
				{ cause },
			);
		}
	}

	/** Waits for everything queued, writes a final snapshot when a journal holds changes. */
	async close(): Promise<void> {
		await this.idle();
		if (!this.broken && listJournals(this.s.file).length > 0)
			await this.snapshot().catch(() => {});
		await this.idle();
		await this.appender.close().catch(() => {});
	}
}
