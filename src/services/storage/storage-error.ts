import { NotSavedError } from "../../core/errors.js";

/**
 * The database cannot be read or written. The message names the file and what to do;
 * `cause` keeps the underlying error (SyntaxError, ENOSPC, …) for the log.
 */
export class StorageError extends NotSavedError {
	readonly file: string;

	constructor(
		file: string,
		message: string,
		options: { cause?: unknown } = {},
	) {
		super(message, { cause: options.cause });
		this.name = "StorageError";
		this.file = file;
	}
}
