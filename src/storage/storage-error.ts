import { NotSavedError } from "../core/errors.js";

/** What the system's error codes mean to whoever runs the bot. */
const meanings: Readonly<Record<string, string>> = {
	ENOSPC: "the disk is full",
	EDQUOT: "the disk quota is used up",
	EACCES:
		"permission denied: the bot's user may not write here (check the owner and mode of the folder)",
	EPERM:
		"operation not permitted: the bot's user may not change this file (check the owner and mode)",
	EROFS: "the file system is read-only",
	EIO: "the disk reported an input/output error",
	EMFILE: "too many files are open in this process",
	ENFILE: "too many files are open on this machine",
	ENOTDIR: "a part of the path is a file, not a folder",
	EISDIR: "the path is a folder, not a file",
	EBUSY: "the file is busy (in use by another program)",
};

/** The system error code (`ENOSPC`) behind `error`, following `cause` links. */
export function errorCode(error: unknown): string | undefined {
	for (let e = error, depth = 0; e && depth < 5; depth++) {
		const code = (e as NodeJS.ErrnoException).code;
		if (typeof code === "string" && /^E[A-Z]+$/.test(code)) return code;
		e = (e as { cause?: unknown }).cause;
	}
	return undefined;
}

/** `ENOSPC — the disk is full`; the bare code when its meaning is not listed; `undefined` without one. */
export function describeCause(error: unknown): string | undefined {
	const code = errorCode(error);
	if (!code) return undefined;
	const meaning = Object.hasOwn(meanings, code) ? meanings[code] : undefined;
	return meaning ? `${code} — ${meaning}` : code;
}

/**
 * The database cannot be read or written. The message names the file, the system's reason
 * when there is one (`cannot create the lock file …: ENOSPC — the disk is full`) and what to
 * do; `cause` keeps the underlying error (SyntaxError, ENOSPC, …) for the log.
 */
export class StorageError extends NotSavedError {
	readonly file: string;
	/** The system error code behind it (`ENOSPC`, `EACCES`, `EROFS`, …), when there is one. */
	readonly code: string | undefined;

	constructor(
		file: string,
		message: string,
		options: { cause?: unknown } = {},
	) {
		const reason = describeCause(options.cause);
		super(reason ? `${message}: ${reason}` : message, { cause: options.cause });
		this.name = "StorageError";
		this.file = file;
		this.code = errorCode(options.cause);
	}
}
