import type { Logger } from "../../src/core/ports.js";

/** Records log lines so tests can assert that a bug was logged with its request. */
export class MemoryLogger implements Logger {
	readonly lines: {
		level: string;
		message: string;
		data?: Record<string, unknown>;
	}[] = [];

	info(message: string, data?: Record<string, unknown>) {
		this.lines.push({ level: "info", message, ...(data ? { data } : {}) });
	}
	warn(message: string, data?: Record<string, unknown>) {
		this.lines.push({ level: "warn", message, ...(data ? { data } : {}) });
	}
	error(message: string, data?: Record<string, unknown>) {
		this.lines.push({ level: "error", message, ...(data ? { data } : {}) });
	}
}
