import { readFileSync } from "node:fs";

/** Who holds a lock: enough to tell a live holder from a dead one whose PID was reused. */
export interface ProcessIdentity {
	pid: number;
	/** Start time in clock ticks after boot (`/proc/<pid>/stat` field 22); Linux only. */
	start?: string;
	/** `/proc/sys/kernel/random/boot_id`: start times compare only within one boot. */
	boot?: string;
	/** Random, so that two lock files never have the same content. */
	nonce?: string;
}

function readProc(path: string): string | null | undefined {
	try {
		return readFileSync(path, "utf8");
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		return code === "ENOENT" || code === "ESRCH" ? null : undefined;
	}
}

/**
 * State and start time of `pid` from `/proc/<pid>/stat`: `null` when there is no such process,
 * `undefined` when `/proc` cannot tell (another system). The command name (field 2) may hold
 * spaces and parentheses, so fields are counted after its last `)`.
 */
export function procStat(
	pid: number,
): { state: string; start: string } | null | undefined {
	const text = readProc(`/proc/${pid}/stat`);
	if (text === null || text === undefined) return text;
	const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
	// fields[0] is field 3 (state); field 22 (starttime) is fields[19].
	const state = fields[0];
	const start = fields[19];
	return state && start ? { state, start } : undefined;
}

export function bootId(): string | undefined {
	return readProc("/proc/sys/kernel/random/boot_id")?.trim() || undefined;
}

export function currentProcess(nonce: string): ProcessIdentity {
	const stat = procStat(process.pid);
	const boot = bootId();
	return {
		pid: process.pid,
		...(stat ? { start: stat.start } : {}),
		...(boot ? { boot } : {}),
		nonce,
	};
}

/**
 * Whether the process named by `owner` still runs. Dead are: a PID with no process, a zombie
 * (killed, not yet reaped by its parent: it holds nothing and will never write again), a PID
 * now used by a process that started at another time, any process of an earlier boot, and
 * this very PID (the caller is not holding it, so it is a leftover, e.g. of PID 1 in a
 * container). Without `/proc`, only the existence of the PID is checked.
 */
export function isRunning(owner: ProcessIdentity): boolean {
	if (owner.pid === process.pid) return false;
	const boot = bootId();
	if (owner.boot && boot && owner.boot !== boot) return false;
	const stat = procStat(owner.pid);
	if (stat === null) return false;
	if (stat) {
		if (stat.state === "Z" || stat.state === "X" || stat.state === "x")
			return false;
		return !owner.start || owner.start === stat.start;
	}
	try {
		process.kill(owner.pid, 0);
		return true;
	} catch (error) {
		// EPERM: the process exists but belongs to someone else.
		return (error as NodeJS.ErrnoException).code === "EPERM";
	}
}

/** Parses a lock file: this format, or the bare PID older versions wrote. */
export function parseIdentity(text: string): ProcessIdentity | undefined {
	const bare = text.trim();
	if (/^[1-9]\d*$/.test(bare)) return { pid: Number(bare) };
	try {
		const value = JSON.parse(bare) as ProcessIdentity;
		return Number.isSafeInteger(value?.pid) && value.pid > 0
			? value
			: undefined;
	} catch {
		return undefined;
	}
}
