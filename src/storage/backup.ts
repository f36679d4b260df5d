import { mkdir, readdir, rename, rm } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import { writeChunksDurably } from "./durable-json-file.js";
import { openStoreOf } from "./open-stores.js";
import { readConsistently } from "./read-snapshot.js";
import { serializeChunks } from "./snapshot-chunks.js";
import { StorageError } from "./storage-error.js";

export interface BackupOptions {
	/** Local date of the backup (`YYYY-MM-DD`), shown in the name; the order comes from a sequence. */
	date: string;
	/** How many copies to keep, newest by creation; older ones are deleted. At least 1. */
	keep: number;
	/** Default: `backups/` next to the database file. */
	dir?: string;
}

interface Copy {
	name: string;
	/** Creation order; copies named before sequences existed (`db-2026-11-28.json`) are 0. */
	seq: number;
	date: string;
}

/**
 * Copies the database to `backups/<name>-<seq>-<date>.json` and keeps the newest `keep`
 * copies by sequence, never by date: after the clock jumps back, a new copy dated earlier is
 * still the newest and is kept. A second copy on the date of the newest one replaces it.
 *
 * The copy is one self-contained file: the acknowledged state — from memory when the store is
 * open in this process (the running bot), else the snapshot with its journal replayed, read
 * without locking — written without a journal marker, so that
 * restoring it is copying it over the database file (the journal files beside it moved away;
 * the bot refuses to start while journals of another copy remain). It goes through a temp
 * name and fsync, so a crash never leaves half a backup.
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
	let target = join(dir, `${stem}-?-${options.date}${ext}`);
	try {
		await mkdir(dir, { recursive: true });
		const copies = listCopies(await readdir(dir), stem, ext);
		const newest = copies.at(-1);
		const seq =
			newest && newest.date === options.date && newest.seq > 0
				? newest.seq
				: (newest?.seq ?? 0) + 1;
		target = join(
			dir,
			`${stem}-${String(seq).padStart(6, "0")}-${options.date}${ext}`,
		);
		const store = openStoreOf(file);
		if (store) await store.copyTo(`${target}.tmp`);
		else {
			const doc = readConsistently(file);
			if (!doc)
				throw Object.assign(new Error(`${file} does not exist`), {
					code: "ENOENT",
				});
			await writeChunksDurably(`${target}.tmp`, serializeChunks(doc));
		}
		await rename(`${target}.tmp`, target);
		const kept = listCopies(await readdir(dir), stem, ext);
		const keep = Math.max(1, Math.floor(options.keep));
		for (const old of kept.slice(0, Math.max(0, kept.length - keep)))
			await rm(join(dir, old.name));
	} catch (cause) {
		throw new StorageError(file, `could not back up ${file} to ${target}`, {
			cause,
		});
	}
	return target;
}

/** The backups of `stem` in `names`, oldest first. */
function listCopies(
	names: readonly string[],
	stem: string,
	ext: string,
): Copy[] {
	const pattern = new RegExp(
		`^${escapeRegExp(stem)}-(?:(\\d{6,})-)?(\\d{4}-\\d{2}-\\d{2})${escapeRegExp(ext)}$`,
	);
	const copies: Copy[] = [];
	for (const name of names) {
		const m = pattern.exec(name);
		if (m) copies.push({ name, seq: Number(m[1] ?? 0), date: m[2] ?? "" });
	}
	return copies.sort((a, b) =>
		a.seq !== b.seq ? a.seq - b.seq : a.date < b.date ? -1 : 1,
	);
}

function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
