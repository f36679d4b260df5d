import type { MessageKey, MessageParams, ParamsArg } from "./i18n.js";

type UserErrorOptions = { examples?: readonly string[]; cause?: unknown };

/** A code's params (typed as `t` types them), then the options. */
export type UserErrorArgs<K extends MessageKey> =
	ParamsArg<K> extends [params: infer P]
		? [params: P, options?: UserErrorOptions]
		: [params?: ParamsArg<K>[0], options?: UserErrorOptions];

/**
 * A mistake the user can fix. The dispatcher renders `code` from the catalogue with `params`
 * and adds an example of the right form; nothing else about the error is shown.
 */
export class UserError<K extends MessageKey = MessageKey> extends Error {
	readonly code: MessageKey;
	readonly params: MessageParams;
	/** Example invocations to show instead of the command's own examples. */
	readonly examples: readonly string[] | undefined;

	constructor(code: K, ...[params, options]: UserErrorArgs<K>) {
		super(code, { cause: options?.cause });
		this.name = "UserError";
		this.code = code;
		this.params = (params ?? {}) as MessageParams;
		this.examples = options?.examples;
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
