import { open, readFile, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Adapter } from "lowdb";
import { syncDirectory } from "./sync-directory.js";

/** Points of a snapshot write, for tests that stop the process there. */
export type SnapshotStep = "temp-synced" | "renamed";

/**
 * The snapshot file as a lowdb adapter: written like steno (temp file in the same directory,
 * then rename), and also fsyncing the temp file and the directory, so that "written" means on
 * disk and not only in the page cache. The store calls it at most once at a time.
 */
export class DurableJsonFile<T> implements Adapter<T> {
	readonly file: string;
	readonly tempFile: string;

	constructor(file: string) {
		this.file = file;
		this.tempFile = join(dirname(file), `.${basename(file)}.tmp`);
	}

	/** The parsed file, or `null` when it does not exist. Invalid JSON throws `SyntaxError`. */
	async read(): Promise<T | null> {
		try {
			return JSON.parse(await readFile(this.file, "utf8")) as T;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
			throw error;
		}
	}

	/** Snapshots `data` synchronously (before the first await), then writes it durably. */
	async write(data: T): Promise<void> {
		await this.writeText(JSON.stringify(data));
	}

	/** Replaces the file by `text`: temp file, fsync, rename, fsync of the directory. */
	async writeText(
		text: string | readonly Buffer[],
		step: (step: SnapshotStep) => void = () => {},
	): Promise<void> {
		const handle = await open(this.tempFile, "w");
		try {
			if (typeof text === "string") await handle.writeFile(text, "utf8");
			else for (const chunk of text) await handle.write(chunk);
			await handle.sync();
		} finally {
			await handle.close();
		}
		step("temp-synced");
		await rename(this.tempFile, this.file);
		await syncDirectory(this.file);
		step("renamed");
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

/** Writes `chunks` to `path` and fsyncs it (no rename: the caller renames when it must). */
export async function writeChunksDurably(
	path: string,
	chunks: readonly Buffer[],
): Promise<void> {
	const handle = await open(path, "w");
	try {
		for (const chunk of chunks) await handle.write(chunk);
		await handle.sync();
	} finally {
		await handle.close();
	}
}
