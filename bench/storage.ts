import { spawnSync } from "node:child_process";
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type {
	AuditEntry,
	TrainingRecord,
} from "../src/features/training/training-port.js";
import { emptyDb, SCHEMA_VERSION } from "../src/storage/db.js";
import { commitLine, headerLine } from "../src/storage/journal-format.js";
import { logChange } from "./log-change.js";

const TEACHERS = 1000;
const SIZES = [10_000, 100_000];

/**
 * A database as a college would grow it with `/log`: 1,000 teachers, `entries` records (1 in 5
 * practice), each with the audit entry `/log` writes beside it.
 */
export function generate(entries: number) {
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
	for (let i = 0; i < entries; i++) {
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
		const { id, owner: _, createdAt: __, ...fields } = record;
		const audit: AuditEntry = {
			at: record.createdAt,
			by: owner,
			action: "create",
			target: id,
			owner,
			changes: Object.fromEntries(
				Object.entries(fields).map(([k, v]) => [k, { from: null, to: v }]),
			),
		};
		db.training.audit.push(audit);
	}
	db.training.nextId = entries + 1;
	// Marked as a snapshot of journal generation 1, as the store writes it.
	return { $journal: { generation: 1 }, ...db };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (n: number) => `${n.toFixed(2)} ms`;

/**
 * A journal as `/log` grows it, as large as it gets before a compaction starts (half the
 * snapshot, at least 4 MiB): the slowest start-up there is.
 */
function journalAtThreshold(snapshotBytes: number, entries: number): Buffer {
	const limit = Math.max(4 << 20, Math.floor(snapshotBytes / 2));
	const lines: Buffer[] = [
		headerLine({ generation: 1, schemaVersion: SCHEMA_VERSION }),
	];
	let bytes = lines[0]?.length ?? 0;
	for (let n = 1; bytes < limit; n++) {
		const change = logChange(entries + n, n);
		const line = commitLine(n, [JSON.stringify(change)]);
		lines.push(line);
		bytes += line.length;
	}
	return Buffer.concat(lines);
}

function runChild(file: string, arg: string) {
	const child = spawnSync(
		process.execPath,
		[
			"--expose-gc",
			"--import",
			"tsx",
			resolve(import.meta.dirname, "storage-child.ts"),
			file,
			arg,
		],
		{
			cwd: resolve(import.meta.dirname, ".."),
			encoding: "utf8",
			maxBuffer: 1 << 20,
		},
	);
	if (child.status !== 0)
		throw new Error(`storage bench failed: ${child.stderr}`);
	return JSON.parse(child.stdout.trim().split("\n").at(-1) ?? "{}");
}

interface ChildResult {
	loadMs: number;
	rssBeforeOpen: number;
	journalMb: number;
	journalLoadMs: number;
	rssAfterLoad: number;
	floor: { p50: number; p99: number };
	apply: { p50: number; p99: number };
	burstMs: number;
	burstCommits: number;
	rssAfterApplies: number;
	update: { p50: number; p99: number };
	rssAfterRewrites: number;
	size: number;
}

function row(label: string, cells: string[]) {
	console.log(
		`  ${label.padEnd(44)}${cells.map((c) => c.padEnd(22)).join("")}`,
	);
}

/** Storage figures for `npm run bench`: the journal against whole rewrites, at 10k and 100k entries. */
export async function benchStorage(): Promise<void> {
	const dir = await mkdtemp(join(tmpdir(), "onex-bench-"));
	try {
		const results: ChildResult[] = [];
		for (const entries of SIZES) {
			const file = join(dir, `db-${entries}.json`);
			await writeFile(file, JSON.stringify(generate(entries)));
			const size = (await stat(file)).size;
			const writes = runChild(file, String(entries >= 100_000 ? 20 : 50));
			const text = JSON.stringify(generate(entries));
			await writeFile(file, text);
			const journal = journalAtThreshold(Buffer.byteLength(text), entries);
			await writeFile(`${file}.journal-1`, journal);
			const replay = runChild(file, "open");
			results.push({
				...writes,
				size,
				journalMb: journal.length,
				journalLoadMs: replay.loadMs,
			});
			await rm(`${file}.journal-1`, { force: true });
		}
		const each = (f: (r: ChildResult) => string) => results.map(f);
		console.log(
			`storage: lowdb snapshot + journal, ${TEACHERS} teachers, each entry a record and its audit entry; fsync before every acknowledgement`,
		);
		row(
			"",
			SIZES.map((n) => `${n / 1000}k entries`),
		);
		row(
			"snapshot file",
			each((r) => mb(r.size)),
		);
		row(
			"start-up (read, replay, check shape)",
			each((r) => ms(r.loadMs)),
		);
		row(
			"start-up, journal at compaction size",
			each((r) => `${ms(r.journalLoadMs)} (${mb(r.journalMb)})`),
		);
		row(
			"RSS before opening (node, tsx, modules)",
			each((r) => mb(r.rssBeforeOpen)),
		);
		row(
			"RSS after start-up",
			each((r) => mb(r.rssAfterLoad)),
		);
		row(
			"/log change, journal (apply) p50 / p99",
			each((r) => `${ms(r.apply.p50)} / ${ms(r.apply.p99)}`),
		);
		row(
			"1,000 concurrent applies",
			each((r) => `${ms(r.burstMs)}, ${r.burstCommits} fsyncs`),
		);
		row(
			"RSS after 1,200 journal writes",
			each((r) => mb(r.rssAfterApplies)),
		);
		row(
			"/log change, whole rewrite (update) p50/p99",
			each((r) => `${ms(r.update.p50)} / ${ms(r.update.p99)}`),
		);
		row(
			"RSS after whole rewrites",
			each((r) => mb(r.rssAfterRewrites)),
		);
		row(
			"fsync'd append floor, same disk, p50 / p99",
			each((r) => `${ms(r.floor.p50)} / ${ms(r.floor.p99)}`),
		);
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}

if (import.meta.url === `file://${process.argv[1]}`) await benchStorage();
