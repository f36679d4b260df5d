import { copyFile, mkdir, readdir, rename, rm } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import { StorageError } from "./storage-error.js";

export interface BackupOptions {
	/** Local date of the backup (`YYYY-MM-DD`); one copy per date, a second call replaces it. */
	date: string;
	/** How many dated copies to keep; older ones are deleted. At least 1. */
	keep: number;
	/** Default: `backups/` next to the database file. */
	dir?: string;
}

/**
 * Copies the database to `backups/<name>-<date>.json` and keeps the newest `keep` copies.
 * The store writes by rename, so the copy is always one complete, acknowledged state; the
 * copy itself goes through a temp name so that a crash never leaves half a backup.
 */
export async function backupDatabase(
	file: string,
	options: BackupOptions,
): Promise<string> {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(options.date))
		throw new RangeError(`backup date must be YYYY-MM-DD: ${options.date}`);
	const dir = options.dir ?? join(dirname(file), "backups");
	const ext = extname(file) || ".json";
	const stem = basename(file, extname(file));
	const target = join(dir, `${stem}-${options.date}${ext}`);
	try {
		await mkdir(dir, { recursive: true });
		await copyFile(file, `${target}.tmp`);
		await rename(`${target}.tmp`, target);
		const pattern = new RegExp(
			`^${escapeRegExp(stem)}-\\d{4}-\\d{2}-\\d{2}${escapeRegExp(ext)}$`,
		);
		const copies = (await readdir(dir)).filter((n) => pattern.test(n)).sort();
		const keep = Math.max(1, Math.floor(options.keep));
		for (const old of copies.slice(0, Math.max(0, copies.length - keep)))
			await rm(join(dir, old));
	} catch (cause) {
		throw new StorageError(file, `could not back up ${file} to ${target}`, {
			cause,
		});
	}
	return target;
}

function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
