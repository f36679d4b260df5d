import { randomBytes } from "node:crypto";
import { link, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import {
	currentProcess,
	isRunning,
	type ProcessIdentity,
	parseIdentity,
} from "./process-identity.js";
import { StorageError } from "./storage-error.js";

const heldHere = new Set<string>();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Codes of file systems without hard links: there the lock is created with O_EXCL instead. */
const NO_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EXDEV"]);

/**
 * Creates `target` holding `content` only if it does not exist, atomically and complete:
 * `link` of a temp file already holding the content (or O_EXCL where links are not
 * supported). `false` when it exists.
 */
async function createExclusive(
	temp: string,
	target: string,
	content: string,
): Promise<boolean> {
	try {
		await link(temp, target);
		return true;
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? "";
		if (code === "EEXIST") return false;
		if (!NO_LINKS.has(code)) throw error;
	}
	try {
		await writeFile(target, content, { flag: "wx" });
		return true;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
		throw error;
	}
}

async function readOrNull(path: string): Promise<string | null> {
	try {
		return await readFile(path, "utf8");
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
		throw error;
	}
}

/**
 * The holder named by a lock or claim file. Unreadable content may be a file being written
 * (O_EXCL fallback), so it is read again for a moment before it counts as abandoned.
 */
async function holderOf(
	path: string,
): Promise<{ text: string; owner: ProcessIdentity | undefined } | null> {
	for (let i = 0; ; i++) {
		const text = await readOrNull(path);
		if (text === null) return null;
		const owner = parseIdentity(text);
		if (owner || i >= 10) return { text, owner };
		await sleep(20);
	}
}

/** A short name for one holder's lock file, unique per process (its nonce, else its text). */
function tag(text: string, owner: ProcessIdentity | undefined): string {
	const nonce = owner?.nonce;
	if (nonce && /^[0-9a-f]{8,32}$/.test(nonce)) return nonce;
	let h = 0;
	for (const c of text) h = (Math.imul(h, 31) + (c.codePointAt(0) ?? 0)) >>> 0;
	return `${owner?.pid ?? "x"}-${h.toString(16)}`;
}

/**
 * Removes `lock` if it still is `stale` (the text read from it), so that the caller can create
 * it anew. Only the process that created the claim file `<lock>.takeover-<tag>` may compare
 * and remove, so two processes never both remove: one would delete the other's fresh lock. A
 * claim left by a process that died while holding it is passed on by claiming the next name
 * in its chain.
 */
async function removeIfStill(
	lock: string,
	stale: string,
	temp: string,
	content: string,
): Promise<void> {
	let claim = `${lock}.takeover-${tag(stale, parseIdentity(stale))}`;
	const made: string[] = [];
	try {
		for (let depth = 0; depth < 8; depth++) {
			if (await createExclusive(temp, claim, content)) {
				made.push(claim);
				if ((await readOrNull(lock)) === stale) await rm(lock, { force: true });
				return;
			}
			const holder = await holderOf(claim);
			if (holder === null) continue;
			if (holder.owner && isRunning(holder.owner)) {
				// Another process is taking over right now; look again afterwards.
				await sleep(10 + Math.random() * 20);
				return;
			}
			made.push(claim);
			claim = `${claim}-${tag(holder.text, holder.owner)}`;
		}
	} finally {
		// Safe to remove: whoever claims the same name again compares the lock again first.
		for (const path of made) await rm(path, { force: true }).catch(() => {});
	}
}

/**
 * Claims `<file>.lock` for this process. Two writers on one file lose each other's changes,
 * so a second bot on the same data directory must not start. The lock names its holder by
 * PID, start time and boot id; a lock whose holder is dead, a zombie, or whose PID now belongs
 * to another process is taken over. Creating and taking over are atomic (hard link of a
 * complete file; compare-and-remove under a claim file), so of two processes starting at
 * once exactly one gets the lock.
 */
export async function acquireLock(file: string): Promise<() => Promise<void>> {
	const lock = `${file}.lock`;
	if (heldHere.has(file))
		throw new StorageError(
			file,
			`${file} is already open in this process; open it once and share the store.`,
		);
	heldHere.add(file);
	const nonce = randomBytes(8).toString("hex");
	const content = JSON.stringify(currentProcess(nonce));
	const temp = `${lock}.${nonce}.tmp`;
	try {
		try {
			await writeFile(temp, content, { flag: "wx" });
		} catch (cause) {
			throw new StorageError(file, `cannot create the lock file ${lock}`, {
				cause,
			});
		}
		for (let attempt = 0; attempt < 50; attempt++) {
			try {
				if (await createExclusive(temp, lock, content)) {
					await removeLeftoverClaims(lock);
					return async () => {
						heldHere.delete(file);
						if ((await readOrNull(lock)) === content)
							await rm(lock, { force: true });
					};
				}
			} catch (cause) {
				throw new StorageError(file, `cannot create the lock file ${lock}`, {
					cause,
				});
			}
			const holder = await holderOf(lock);
			if (holder === null) continue;
			if (holder.owner && isRunning(holder.owner))
				throw new StorageError(
					file,
					`${file} is in use by another running bot (process ${holder.owner.pid}, see ${lock}). Stop that process first; if none is running, delete ${lock}.`,
				);
			await removeIfStill(lock, holder.text, temp, content);
		}
		throw new StorageError(file, `cannot take the lock file ${lock}`);
	} catch (error) {
		heldHere.delete(file);
		throw error;
	} finally {
		await rm(temp, { force: true }).catch(() => {});
	}
}

async function removeLeftoverClaims(lock: string): Promise<void> {
	const prefix = `${basename(lock)}.takeover-`;
	const names = await readdir(dirname(lock)).catch(() => [] as string[]);
	for (const name of names)
		if (name.startsWith(prefix))
			await rm(join(dirname(lock), name), { force: true }).catch(() => {});
}
