import { JOURNAL_FORMAT, openLine } from "./journal-format.js";
import { StorageError } from "./storage-error.js";

/** One journal file as read at start-up. */
export interface ReadJournal {
	generation: number;
	path: string;
	/** Schema of the document the changes were made to; absent for an empty journal. */
	schemaVersion: number | undefined;
	/** The commits in order, each a list of changes (still unchecked JSON). */
	commits: unknown[][];
	/** Bytes up to the end of the last good line: where the next append goes. */
	goodBytes: number;
	/** Bytes after it: an append cut short by a crash, never acknowledged. */
	tornBytes: number;
	/** Number of the last commit (0 when none). */
	lastSeq: number;
}

const RESTORE =
	"Nothing was changed or overwritten. Restore the newest copy from the backups folder (and move the journal files beside the database away), or move the damaged file away if you accept losing what it holds, then start again.";

/**
 * Splits a journal into its header and commits, checking each line's checksum and number.
 * Only the very last piece may be damaged — a commit cut short by kill -9 or power loss,
 * never acknowledged — and only in the newest journal (`isLast`); it is reported as
 * `tornBytes`. Damage anywhere else is a `StorageError`: an acknowledged commit is unreadable.
 */
export function parseJournal(
	path: string,
	generation: number,
	bytes: Buffer,
	isLast: boolean,
): ReadJournal {
	const result: ReadJournal = {
		generation,
		path,
		schemaVersion: undefined,
		commits: [],
		goodBytes: 0,
		tornBytes: 0,
		lastSeq: 0,
	};
	let offset = 0;
	let index = 0;
	while (offset < bytes.length) {
		const newline = bytes.indexOf(0x0a, offset);
		const end = newline === -1 ? bytes.length : newline;
		const line =
			newline === -1 ? undefined : openLine(bytes.subarray(offset, end));
		const lastPiece = newline === -1 || newline === bytes.length - 1;
		if (line === undefined) {
			if (lastPiece && isLast) {
				result.tornBytes = bytes.length - offset;
				return result;
			}
			throw new StorageError(
				path,
				`${path} is damaged at line ${index + 1} (a saved change cannot be read${lastPiece ? ", and a newer journal follows it" : ""}). ${RESTORE}`,
			);
		}
		if (index === 0) readHeader(path, generation, line, result);
		else {
			const n = line.n;
			if (n !== result.lastSeq + 1 || !Array.isArray(line.c))
				throw new StorageError(
					path,
					`${path} is damaged at line ${index + 1} (expected change ${result.lastSeq + 1}, found ${JSON.stringify(n)}). ${RESTORE}`,
				);
			result.commits.push(line.c as unknown[]);
			result.lastSeq = n;
		}
		offset = end + 1;
		result.goodBytes = offset;
		index++;
	}
	return result;
}

function readHeader(
	path: string,
	generation: number,
	line: Record<string, unknown>,
	result: ReadJournal,
): void {
	const { journal, schemaVersion } = line;
	if (typeof journal !== "number" || !Number.isInteger(journal))
		throw new StorageError(
			path,
			`${path} does not start with a journal header. ${RESTORE}`,
		);
	if (journal > JOURNAL_FORMAT)
		throw new StorageError(
			path,
			`${path} was written by a newer version of the bot (journal format ${journal}; this version reads up to ${JOURNAL_FORMAT}). It was left untouched: upgrade the bot, then start again.`,
		);
	if (line.generation !== generation)
		throw new StorageError(
			path,
			`${path} says it is journal ${JSON.stringify(line.generation)}, not ${generation}: it was renamed or copied from elsewhere. ${RESTORE}`,
		);
	if (typeof schemaVersion !== "number" || !Number.isInteger(schemaVersion))
		throw new StorageError(
			path,
			`${path} has no valid schema version. ${RESTORE}`,
		);
	result.schemaVersion = schemaVersion;
}
