import { rm } from "node:fs/promises";
import type { Logger } from "../core/ports.js";
import type { DbData } from "./db.js";
import {
	type DurableJsonFile,
	type SnapshotStep,
	writeChunksDurably,
} from "./durable-json-file.js";
import type { JournalAppender } from "./journal-appender.js";
import { listJournals } from "./journal-files.js";

/** Points of a background compaction, for tests that kill the process there. */
export type CompactionStep =
	| "rotated"
	| `snapshot-${SnapshotStep}`
	| "old-journal-deleted";

export interface CopyJob {
	target: string;
	resolve(): void;
	reject(error: unknown): void;
}

function byteLength(chunks: readonly Buffer[]): number {
	let n = 0;
	for (const c of chunks) n += c.length;
	return n;
}

/**
 * Writes snapshots (one at a time: they share the temp file) and backup copies, in the
 * background or awaited. The chunks are always serialized by the caller at a commit point, so
 * each is exactly one acknowledged state.
 */
export class SnapshotWriter {
	/** Full snapshot writes so far. */
	writes = 0;
	private compaction: Promise<void> | undefined;
	private copying: Promise<void> | undefined;

	constructor(
		private readonly file: string,
		private readonly adapter: DurableJsonFile<DbData>,
		private readonly logger: Logger,
		private readonly onStep: ((step: CompactionStep) => void) | undefined,
		/** Size of the last snapshot, which sets the compaction threshold. */
		public bytes: number,
	) {}

	get compacting(): boolean {
		return this.compaction !== undefined;
	}

	/**
	 * Writes the snapshot naming `generation` after appends have moved there, then deletes the
	 * older journals. A failure is logged: the old snapshot and all journals still hold everything.
	 */
	compactInBackground(
		chunks: Buffer[],
		generation: number,
		old: JournalAppender,
	): void {
		const step = (s: CompactionStep) => this.onStep?.(s);
		step("rotated");
		this.compaction = (async () => {
			try {
				await old.close();
				await this.adapter.writeText(chunks, (s) => step(`snapshot-${s}`));
				this.writes++;
				this.bytes = byteLength(chunks);
				await this.deleteJournalsBelow(generation);
				step("old-journal-deleted");
			} catch (cause) {
				this.logger.error(
					"database compaction failed; the journal keeps every change",
					{
						file: this.file,
						error: cause instanceof Error ? cause.message : String(cause),
					},
				);
			} finally {
				this.compaction = undefined;
			}
		})();
	}

	/** Writes a snapshot now (after a running compaction); rejects when it fails. */
	async write(chunks: Buffer[]): Promise<void> {
		await this.compaction;
		await this.adapter.writeText(chunks);
		this.writes++;
		this.bytes = byteLength(chunks);
	}

	/** Deletes the journals a durable snapshot of `generation` includes; failures are only logged. */
	async deleteJournalsBelow(generation: number): Promise<void> {
		try {
			for (const j of listJournals(this.file))
				if (j.generation < generation) await rm(j.path, { force: true });
		} catch (cause) {
			this.logger.warn(
				"could not delete a compacted journal; it is removed at the next start",
				{
					file: this.file,
					error: cause instanceof Error ? cause.message : String(cause),
				},
			);
		}
	}

	/** Writes `chunks` to each job's target (fsynced), one after another, in the background. */
	copyInBackground(chunks: Buffer[], jobs: readonly CopyJob[]): void {
		const previous = this.copying;
		const run = (async () => {
			await previous;
			for (const job of jobs)
				await writeChunksDurably(job.target, chunks).then(
					job.resolve,
					job.reject,
				);
		})();
		this.copying = run;
		void run.finally(() => {
			if (this.copying === run) this.copying = undefined;
		});
	}

	async idle(): Promise<void> {
		while (this.compaction || this.copying) {
			await this.compaction;
			await this.copying;
		}
	}
}
