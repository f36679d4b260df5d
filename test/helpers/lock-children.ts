/** Child processes for the lock tests (`lock-holder.ts`), and what the tests read of /proc. */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");
export const holderScript = join(root, "test/helpers/lock-holder.ts");

/** A child speaking the lock-holder protocol, with a way to wait for its next lines. */
export interface Holder {
	child: ChildProcess;
	/** The holder's PID when it runs under a shell (`command`). */
	pid?: number;
	next(): Promise<string>;
}
const children: ChildProcess[] = [];

/** Remembers `child` so that `killChildren` ends it. */
export function track(child: ChildProcess): ChildProcess {
	children.push(child);
	return child;
}

/** Kills every child still running (after the tests). */
export function killChildren(): void {
	for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
}

/** Starts `lock-holder.ts` on `file` (or `command` under sh), resolved once it is ready. */
export function startHolder(file: string, command?: string): Promise<Holder> {
	const child = command
		? spawn("sh", ["-c", command], {
				cwd: root,
				stdio: ["pipe", "pipe", "pipe"],
			})
		: spawn(process.execPath, ["--import", "tsx", holderScript, file], {
				cwd: root,
				stdio: ["pipe", "pipe", "pipe"],
			});
	children.push(child);
	const lines: string[] = [];
	const waiting: ((line: string) => void)[] = [];
	let buffer = "";
	child.stdout?.on("data", (chunk) => {
		buffer += chunk;
		const parts = buffer.split("\n");
		buffer = parts.pop() ?? "";
		for (const line of parts) {
			const w = waiting.shift();
			if (w) w(line);
			else lines.push(line);
		}
	});
	const holder: Holder = {
		child,
		next: () =>
			new Promise((resolveLine, fail) => {
				const timer = setTimeout(
					() => fail(new Error("no answer from the child")),
					30_000,
				);
				const take = (line: string) => {
					clearTimeout(timer);
					resolveLine(line);
				};
				const ready = lines.shift();
				if (ready !== undefined) take(ready);
				else waiting.push(take);
			}),
	};
	return holder.next().then(async (first) => {
		// The shell variant prints the holder's PID first.
		if (first !== "ready") {
			holder.pid = Number(first);
			const ready = await holder.next();
			if (ready !== "ready") throw new Error(`the child said ${ready}`);
		}
		return holder;
	});
}

/** A PID that no process has now: a child that has exited and been reaped. */
export function deadPid(): number {
	return spawnSync(process.execPath, ["-e", "0"]).pid;
}

/** The state letter of `pid` in /proc (`Z` for a zombie). */
export function stateOf(pid: number): string | undefined {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
		return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[0];
	} catch {
		return undefined;
	}
}
