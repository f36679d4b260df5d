import { open, readFile, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Adapter } from "lowdb";

/**
 * A lowdb adapter that writes like steno (temp file in the same directory, then rename)
 * and also fsyncs the temp file and the directory, so that "written" means on disk and not
 * only in the page cache. It does no coalescing of its own: the store's writer calls
 * `write` at most once at a time.
 */
export class DurableJsonFile<T> implements Adapter<T> {
	readonly file: string;
	readonly tempFile: string;
	/** The text of the last write that reached the disk: what a failed write falls back to. */
	lastWritten: string | undefined;

	constructor(file: string) {
		this.file = file;
		this.tempFile = join(dirname(file), `.${basename(file)}.tmp`);
	}

	/** The parsed file, or `null` when it does not exist. Invalid JSON throws `SyntaxError`. */
	async read(): Promise<T | null> {
		const text = await this.readText();
		return text === null ? null : (JSON.parse(text) as T);
	}

	async readText(): Promise<string | null> {
		try {
			return await readFile(this.file, "utf8");
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
			throw error;
		}
	}

	/** Snapshots `data` synchronously (before the first await), then writes it durably. */
	async write(data: T): Promise<void> {
		const text = JSON.stringify(data);
		const handle = await open(this.tempFile, "w");
		try {
			await handle.writeFile(text, "utf8");
			await handle.sync();
		} finally {
			await handle.close();
		}
		await rename(this.tempFile, this.file);
		await syncDirectory(dirname(this.file));
		this.lastWritten = text;
	}

	/** Removes a temp file left by a write that was interrupted before its rename. */
	async removeLeftoverTemp(): Promise<boolean> {
		try {
			await rm(this.tempFile);
			return true;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
			throw error;
		}
	}
}

/** Makes the rename itself durable. Windows cannot open a directory; there it is skipped. */
async function syncDirectory(dir: string): Promise<void> {
	if (process.platform === "win32") return;
	const handle = await open(dir, "r");
	try {
		await handle.sync();
	} finally {
		await handle.close();
	}
}
