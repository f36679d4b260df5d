import { spawnSync } from "node:child_process";
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { TrainingRecord } from "../src/features/training/training-port.js";
import { emptyDb } from "../src/storage/db.js";

const TEACHERS = 1000;
const ENTRIES = 100_000;

/** A database as a college would grow it: 1,000 teachers, 100,000 records (1 in 5 practice). */
function generate() {
	const db = emptyDb();
	for (let t = 0; t < TEACHERS; t++) {
		const key = `telegram:${100000 + t}`;
		db.training.roles[key] = "teacher";
		db.training.profiles[key] = {
			name: `教师${t}`,
			department: `院系${t % 12}`,
			periodStart: "2024-09-01",
			professional: t % 4 !== 0,
		};
	}
	for (let i = 0; i < ENTRIES; i++) {
		const owner = `telegram:${100000 + (i % TEACHERS)}`;
		const day = String(1 + (i % 28)).padStart(2, "0");
		const month = String(1 + (i % 12)).padStart(2, "0");
		const base = {
			id: String(i + 1),
			owner,
			createdAt: "2026-01-01T00:00:00.000Z",
		};
		const record: TrainingRecord =
			i % 5 === 0
				? {
						...base,
						kind: "practice",
						start: `2025-${month}-01`,
						end: `2025-${month}-${day}`,
						enterprise: `某某制造有限公司${i % 300}`,
					}
				: {
						...base,
						kind: "training",
						date: `2025-${month}-${day}`,
						hours: 1 + (i % 8),
						title: `师资培训课程第${i % 500}期`,
					};
		db.training.records.push(record);
	}
	db.training.nextId = ENTRIES + 1;
	return db;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (n: number) => `${n.toFixed(1)} ms`;

/** Storage figures for `npm run bench`: size, RSS, load time, `/log` latency, burst coalescing. */
export async function benchStorage(): Promise<void> {
	const dir = await mkdtemp(join(tmpdir(), "onex-bench-"));
	try {
		const file = join(dir, "db.json");
		await writeFile(file, JSON.stringify(generate()));
		const size = (await stat(file)).size;
		const child = spawnSync(
			process.execPath,
			[
				"--expose-gc",
				"--import",
				"tsx",
				resolve(import.meta.dirname, "storage-child.ts"),
				file,
				String(TEACHERS),
			],
			{
				cwd: resolve(import.meta.dirname, ".."),
				encoding: "utf8",
				maxBuffer: 1 << 20,
			},
		);
		if (child.status !== 0)
			throw new Error(`storage bench failed: ${child.stderr}`);
		const r = JSON.parse(child.stdout.trim().split("\n").at(-1) ?? "{}");
		console.log(
			`storage (${TEACHERS} teachers, ${ENTRIES} entries, lowdb JSON, fsync on every write)`,
		);
		console.log(`  file size                          ${mb(size)}`);
		console.log(`  start-up load (open + parse)       ${ms(r.loadMs)}`);
		console.log(`  RSS after load                     ${mb(r.rssAfterLoad)}`);
		console.log(
			`  one /log, acknowledged (p50 / p99) ${ms(r.p50)} / ${ms(r.p99)}  (200 in a row)`,
		);
		console.log(
			`  1,000 concurrent /log acknowledged ${ms(r.burstMs)}, ${r.burstWrites} full file writes`,
		);
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}
