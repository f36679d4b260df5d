import type { Logger } from "./core/ports.js";

export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";

const rank: Record<LogLevel, number> = {
	debug: 0,
	info: 1,
	warn: 2,
	error: 3,
	silent: 4,
};
const secretKey = /token|secret|password|authorization/i;

function redact(data: Record<string, unknown>): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(data))
		out[key] = secretKey.test(key) ? "[redacted]" : value;
	return out;
}

/** JSON lines on stderr (stdout stays free for the console chat); secrets are never written. */
export function createLogger(
	level: LogLevel,
	write: (line: string) => void = (l) => process.stderr.write(l),
): Logger {
	const emit = (
		at: Exclude<LogLevel, "silent">,
		message: string,
		data?: Record<string, unknown>,
	) => {
		if (rank[at] < rank[level]) return;
		const entry = {
			time: new Date().toISOString(),
			level: at,
			message,
			...(data ? redact(data) : {}),
		};
		write(`${JSON.stringify(entry)}\n`);
	};
	return {
		info: (m, d) => emit("info", m, d),
		warn: (m, d) => emit("warn", m, d),
		error: (m, d) => emit("error", m, d),
	};
}
