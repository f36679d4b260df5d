/**
 * Cold start: milliseconds from spawning the process to the first byte of the first console
 * answer (`/help` on a pipe), for the compiled build beside the ways a developer would start it.
 * Builds `dist/` first. `npm run bench:start`, or part of `npm run bench`.
 */

import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const RUNS = 7;

interface Variant {
	label: string;
	command: string;
	args: string[];
}

const VARIANTS: Variant[] = [
	{
		label: "node dist/src/main.js",
		command: "node",
		args: ["dist/src/main.js"],
	},
	{
		label: "node bin/start.js (dist)",
		command: "node",
		args: ["bin/start.js"],
	},
	{ label: "npm start (dist)", command: "npm", args: ["start", "--silent"] },
	{
		label: "tsx src/main.ts",
		command: join(root, "node_modules", ".bin", "tsx"),
		args: ["src/main.ts"],
	},
];

/** One run: ms to the first stdout byte; resolves once the child has exited, so runs never overlap. */
function firstAnswerMs(variant: Variant, dataDir: string): Promise<number> {
	return new Promise((resolve, reject) => {
		const started = process.hrtime.bigint();
		const child = spawn(variant.command, variant.args, {
			cwd: root,
			env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: "silent" },
			stdio: ["pipe", "pipe", "inherit"],
		});
		const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
		let answeredMs: number | undefined;
		child.stdout.once("data", () => {
			answeredMs = Number(process.hrtime.bigint() - started) / 1e6;
		});
		child.stdout.resume();
		child.on("error", reject);
		child.on("exit", () => {
			clearTimeout(timer);
			if (answeredMs === undefined)
				reject(new Error(`${variant.label} exited without answering`));
			else resolve(answeredMs);
		});
		child.stdin.end("/help\n");
	});
}

const median = (xs: number[]) =>
	[...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Prints min and median cold start per variant. */
export async function benchColdStart(): Promise<void> {
	execFileSync("npm", ["run", "build", "--silent"], {
		cwd: root,
		stdio: "inherit",
	});
	const dataDir = mkdtempSync(join(tmpdir(), "onex-cold-"));
	try {
		console.log(
			`cold start to the first console answer (/help on a pipe), ${RUNS} runs each:`,
		);
		for (const variant of VARIANTS) {
			const times: number[] = [];
			for (let i = 0; i < RUNS; i++) {
				times.push(await firstAnswerMs(variant, dataDir));
			}
			console.log(
				`  ${variant.label.padEnd(28)} min ${Math.min(...times)
					.toFixed(0)
					.padStart(5)} ms   median ${median(times).toFixed(0).padStart(5)} ms`,
			);
		}
	} finally {
		rmSync(dataDir, { recursive: true, force: true });
	}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchColdStart();
