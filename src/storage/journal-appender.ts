import { type FileHandle, open } from "node:fs/promises";
import { commitLine, headerLine } from "./journal-format.js";
import { syncDirectory } from "./sync-directory.js";

/**
 * Appends commits to one journal file: one `write` of one line, then `fdatasync`, and only
 * then is the commit acknowledged. A failed append is cut off again (`ftruncate` to the end of
 * the last good line), so the next commit never lands behind half a line; when even that fails
 * the appender is `broken` and refuses further commits (the torn tail is dropped on restart).
 */
export class JournalAppender {
	private handle: FileHandle | undefined;
	private size: number;
	private seq: number;
	broken: unknown;

	constructor(
		readonly path: string,
		readonly generation: number,
		readonly schemaVersion: number,
		start: { bytes: number; lastSeq: number } = { bytes: 0, lastSeq: 0 },
	) {
		this.size = start.bytes;
		this.seq = start.lastSeq;
	}

	/** Bytes in the file (the good part). */
	get bytes(): number {
		return this.size;
	}

	/** Appends one commit holding the change lists `changes` (JSON texts), durably. */
	async append(changes: readonly string[]): Promise<void> {
		if (this.broken) throw this.broken;
		const fresh = this.size === 0;
		const line = commitLine(this.seq + 1, changes);
		const bytes = fresh
			? Buffer.concat([
					headerLine({
						generation: this.generation,
						schemaVersion: this.schemaVersion,
					}),
					line,
				])
			: line;
		try {
			this.handle ??= await open(this.path, "a");
			let written = 0;
			while (written < bytes.length) {
				const { bytesWritten } = await this.handle.write(
					bytes,
					written,
					bytes.length - written,
				);
				written += bytesWritten;
			}
			await this.handle.datasync();
			// A new file is only durable once its directory entry is.
			if (fresh) await syncDirectory(this.path);
		} catch (error) {
			await this.cutBack();
			throw error;
		}
		this.size += bytes.length;
		this.seq++;
	}

	private async cutBack(): Promise<void> {
		try {
			if (!this.handle) return;
			await this.handle.truncate(this.size);
			await this.handle.datasync();
		} catch (error) {
			this.broken = error;
		}
	}

	async close(): Promise<void> {
		const handle = this.handle;
		this.handle = undefined;
		await handle?.close();
	}
}
