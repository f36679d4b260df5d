import type { MessageKey, MessageParams } from "./i18n.js";

/**
 * A mistake the user can fix. The dispatcher renders `code` from the catalogue with `params`
 * and adds an example of the right form; nothing else about the error is shown.
 */
export class UserError extends Error {
	readonly code: MessageKey;
	readonly params: MessageParams;
	/** Example invocations to show instead of the command's own examples. */
	readonly examples: readonly string[] | undefined;

	constructor(
		code: MessageKey,
		params: MessageParams = {},
		options: { examples?: readonly string[]; cause?: unknown } = {},
	) {
		super(code, { cause: options.cause });
		this.name = "UserError";
		this.code = code;
		this.params = params;
		this.examples = options.examples;
	}
}

export function isUserError(error: unknown): error is UserError {
	return error instanceof UserError;
}

/**
 * A change could not be stored (disk full, file gone). Not the user's mistake, but unlike
 * other failures the user must know that nothing was saved and that trying again is safe.
 */
export class NotSavedError extends Error {
	constructor(message: string, options: { cause?: unknown } = {}) {
		super(message, { cause: options.cause });
		this.name = "NotSavedError";
	}
}
