import { type ChildProcess, spawn } from "node:child_process";
import { resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");

/**
 * Runs a test bot (`node --import tsx <args>`) that prints `ack <id>` for every acknowledged
 * write, and SIGKILLs it at a random moment once `killAfterAcks` acks arrived (without it, the
 * child is expected to kill itself). Resolves with the acks and every line printed; rejects when
 * the child ended any other way. `guardMs` bounds the run.
 */
export function runUntilKilled(
	args: readonly string[],
	options: { killAfterAcks?: number; guardMs: number },
): Promise<{ acked: string[]; lines: string[] }> {
	return new Promise((done, fail) => {
		const child: ChildProcess = spawn(
			process.execPath,
			["--import", "tsx", ...args],
			{ cwd: root, stdio: ["ignore", "pipe", "pipe"] },
		);
		const acked: string[] = [];
		const lines: string[] = [];
		let buffer = "";
		let stderr = "";
		let armed = false;
		const guard = setTimeout(() => child.kill("SIGKILL"), options.guardMs);
		child.stderr?.on("data", (chunk) => {
			stderr += chunk;
		});
		child.stdout?.on("data", (chunk) => {
			buffer += chunk;
			const complete = buffer.split("\n");
			buffer = complete.pop() ?? "";
			for (const line of complete) {
				lines.push(line);
				if (line.startsWith("ack ")) acked.push(line.slice(4));
			}
			const after = options.killAfterAcks;
			if (after !== undefined && !armed && acked.length >= after) {
				armed = true;
				// A random moment: mid-write, mid-commit or between writes.
				setTimeout(() => child.kill("SIGKILL"), Math.random() * 40);
			}
		});
		child.on("error", fail);
		child.on("exit", (code, signal) => {
			clearTimeout(guard);
			if (signal !== "SIGKILL")
				fail(new Error(`bot exited with ${code}: ${stderr.slice(0, 2000)}`));
			else done({ acked, lines });
		});
	});
}
