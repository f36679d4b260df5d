import { readFile, rm, writeFile } from "node:fs/promises";
import { StorageError } from "./storage-error.js";

const heldHere = new Set<string>();

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: the process exists but belongs to someone else.
		return (error as NodeJS.ErrnoException).code === "EPERM";
	}
}

/**
 * Claims `<file>.lock` for this process. Two writers on one file lose each other's changes
 * (they share the temp file), so a second bot on the same data directory must not start.
 * A lock left by a process that no longer runs (kill -9, power loss) is taken over.
 */
export async function acquireLock(file: string): Promise<() => Promise<void>> {
	const lock = `${file}.lock`;
	if (heldHere.has(file))
		throw new StorageError(
			file,
			`${file} is already open in this process; open it once and share the store.`,
		);
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			await writeFile(lock, String(process.pid), { flag: "wx" });
			heldHere.add(file);
			return async () => {
				heldHere.delete(file);
				await rm(lock, { force: true });
			};
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== "EEXIST")
				throw new StorageError(file, `cannot create the lock file ${lock}`, {
					cause: error,
				});
		}
		const owner = Number((await readFile(lock, "utf8").catch(() => "")).trim());
		if (
			Number.isInteger(owner) &&
			owner > 0 &&
			owner !== process.pid &&
			isAlive(owner)
		)
			throw new StorageError(
				file,
				`${file} is in use by another running bot (process ${owner}, see ${lock}). Stop that process first; if none is running, delete ${lock}.`,
			);
		await rm(lock, { force: true });
	}
	throw new StorageError(file, `cannot take the lock file ${lock}`);
}
