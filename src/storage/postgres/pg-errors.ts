import { NotSavedError } from "../../core/errors.js";
import { StorageError } from "../storage-error.js";

/**
 * `postgres://onex@db.example:5432/onex`: where a `DATABASE_URL` points, for logs and errors.
 * The password and every query parameter (which may carry `password=`) are left out.
 */
export function describeDatabase(url: string): string {
	if (!URL.canParse(url)) return "DATABASE_URL (not a URL)";
	const u = new URL(url);
	const user = u.username ? `${decodeURIComponent(u.username)}@` : "";
	const host = u.hostname || u.searchParams.get("host") || "localhost";
	return `${u.protocol}//${user}${host}:${u.port || "5432"}${u.pathname || "/"}`;
}

/** Network failures of the socket to the server, as Node names them. */
const socketCodes = new Set([
	"ECONNREFUSED",
	"ECONNRESET",
	"ETIMEDOUT",
	"EHOSTUNREACH",
	"ENETUNREACH",
	"ENOTFOUND",
	"EAI_AGAIN",
	"EPIPE",
]);
/** What `pg` says when the socket closes or the pool cannot connect in time. */
const clientMessages =
	/Connection terminated|timeout exceeded when trying to connect|connection error|Client was closed|Cannot use a pool after calling end/i;

/** The SQLSTATE (`57P01`) or system code (`ECONNREFUSED`) of a `pg` error, when it has one. */
export function pgCode(error: unknown): string | undefined {
	const code = (error as { code?: unknown } | null)?.code;
	return typeof code === "string" ? code : undefined;
}

/**
 * True when `error` means the server could not do the work at all — gone, restarting, out of
 * disk or connections, or the transaction was rolled back to resolve a conflict — so nothing of
 * it was stored and trying again later is safe. Constraint violations and bugs are not.
 */
export function isUnavailable(error: unknown): boolean {
	if (error instanceof DatabaseUnavailableError) return true;
	const code = pgCode(error);
	if (code !== undefined) {
		if (socketCodes.has(code)) return true;
		// 08 connection exception, 53 insufficient resources (disk full, too many connections),
		// 58 system error (I/O); 57P01–57P03 shutdown or start-up, 57014 statement timeout;
		// 40001/40P01 serialization failure and deadlock (rolled back); 25006 a read-only standby.
		if (/^(08|53|58)/.test(code)) return true;
		if (
			["57P01", "57P02", "57P03", "57014", "40001", "40P01", "25006"].includes(
				code,
			)
		)
			return true;
	}
	return error instanceof Error && clientMessages.test(error.message);
}

/**
 * PostgreSQL could not store (or read) something just now. The dispatcher tells the user that
 * nothing was saved; `cause` keeps the driver's error for the log. Never carries the password.
 */
export class DatabaseUnavailableError extends NotSavedError {
	readonly code: string | undefined;
	constructor(where: string, options: { cause?: unknown } = {}) {
		const code = pgCode(options.cause);
		const detail =
			options.cause instanceof Error
				? options.cause.message
				: String(options.cause);
		super(`PostgreSQL at ${where} is unavailable (${code ?? detail})`, {
			cause: options.cause,
		});
		this.name = "DatabaseUnavailableError";
		this.code = code;
	}
}

/** `error` as the dispatcher should see it: outages become `DatabaseUnavailableError`. */
export function translatePgError(error: unknown, where: string): unknown {
	return isUnavailable(error) && !(error instanceof DatabaseUnavailableError)
		? new DatabaseUnavailableError(where, { cause: error })
		: error;
}

/**
 * A start-up failure said as what to do: the server cannot be reached, refuses the password or
 * the user, or the database does not exist. `where` is `describeDatabase(url)`, never the URL.
 */
export function startupError(error: unknown, where: string): StorageError {
	const code = pgCode(error);
	const user = /^[^:]+:\/\/([^@]+)@/.exec(where)?.[1] ?? "the user";
	const database = /\/([^/]*)$/.exec(where)?.[1] || "postgres";
	const say = (message: string) =>
		new DatabaseStartError(where, message, error);
	const message = error instanceof Error ? error.message : String(error);
	if (code === "28P01")
		return say(
			`PostgreSQL at ${where} refused the password of ${user}. Put the right password in DATABASE_URL (postgres://user:password@host:port/database).`,
		);
	if (code === "28000")
		return say(
			`PostgreSQL at ${where} does not let ${user} connect to ${database} (${message}). Allow it in the server's pg_hba.conf or use another user in DATABASE_URL.`,
		);
	if (code === "3D000")
		return say(
			`The database ${database} does not exist on PostgreSQL at ${where}. Create it (createdb -O ${user} ${database}) or name an existing one in DATABASE_URL.`,
		);
	if (/password must be a string|SASL|no password/i.test(message))
		return say(
			`PostgreSQL at ${where} asks for a password and DATABASE_URL has none. Add it: postgres://user:password@host:port/database.`,
		);
	if (code === "57P03")
		return say(
			`PostgreSQL at ${where} is starting up or shutting down; start the bot again when it accepts connections.`,
		);
	if (isUnavailable(error))
		return say(
			`Cannot reach PostgreSQL at ${where} (${code ?? message}). Is the server running, and do the host and port in DATABASE_URL point at it?`,
		);
	return say(`PostgreSQL at ${where} failed at start-up: ${code ?? message}`);
}

/** A `StorageError` whose message is exactly what to do; the driver's error stays in `cause`. */
export class DatabaseStartError extends StorageError {
	constructor(where: string, message: string, cause: unknown) {
		super(where, message, { cause });
		this.message = message;
		this.name = "DatabaseStartError";
	}
}
