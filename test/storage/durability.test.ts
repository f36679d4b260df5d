import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openJsonStore } from "../../src/storage/open-json-store.js";

const root = resolve(import.meta.dirname, "../..");
const script = join(root, "test/helpers/durability-bot.ts");

/** Runs the bot until `killAfterAcks` acks arrived plus a random moment, then SIGKILLs it. */
function runAndKill(file: string, prefix: string, killAfterAcks: number) {
	return new Promise<{ acked: string[]; signal: string | null }>(
		(done, fail) => {
			const child: ChildProcess = spawn(
				process.execPath,
				["--import", "tsx", script, file, prefix],
				{ cwd: root, stdio: ["ignore", "pipe", "pipe"] },
			);
			const acked: string[] = [];
			let buffer = "";
			let stderr = "";
			let armed = false;
			const guard = setTimeout(() => child.kill("SIGKILL"), 20_000);
			child.stderr?.on("data", (chunk) => {
				stderr += chunk;
			});
			child.stdout?.on("data", (chunk) => {
				buffer += chunk;
				const lines = buffer.split("\n");
				buffer = lines.pop() ?? "";
				for (const line of lines)
					if (line.startsWith("ack ")) acked.push(line.slice(4));
				if (!armed && acked.length >= killAfterAcks) {
					armed = true;
					// A random moment: mid-write, mid-stringify or between writes.
					setTimeout(() => child.kill("SIGKILL"), Math.random() * 40);
				}
			});
			child.on("error", fail);
			child.on("exit", (code, signal) => {
				clearTimeout(guard);
				if (signal !== "SIGKILL")
					fail(new Error(`bot exited with ${code}: ${stderr.slice(0, 2000)}`));
				else done({ acked, signal });
			});
		},
	);
}

const dirs: string[] = [];
afterAll(async () => {
	for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe("durability", () => {
	it("keeps every acknowledged entry through repeated kill -9 and restarts", async () => {
		const dir = await mkdtemp(join(tmpdir(), "onex-durable-"));
		dirs.push(dir);
		const file = join(dir, "db.json");
		const acked: string[] = [];
		for (let round = 0; round < 6; round++) {
			const result = await runAndKill(
				file,
				`r${round}`,
				5 + Math.floor(Math.random() * 200),
			);
			expect(result.acked.length).toBeGreaterThan(0);
			acked.push(...result.acked);
			// The file parses after every kill, before anything repairs it.
			const onDisk = JSON.parse(await readFile(file, "utf8"));
			const titles = new Set(
				onDisk.training.records.map((r: { title: string }) => r.title),
			);
			const lost = acked.filter((t) => !titles.has(t));
			expect(lost, `round ${round}`).toEqual([]);
		}
		const store = await openJsonStore(file);
		const ids = store.data.training.records.map((r) => r.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(store.data.training.records.length).toBeGreaterThanOrEqual(
			acked.length,
		);
		await store.close();
	}, 120_000);
});
