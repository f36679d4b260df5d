/**
 * `npm run bench`: the storage figures of issue 13 side by side in one run. `/log` through the
 * bot on our lowdb default and on PostgreSQL at 10k and 100k entries (with the audit trail), each
 * store in a child process of its own (RSS not mixed), the sweep of as many due reminders, and
 * beside them a durable SQLite insert and the fsync'd-append floor measured on the same disk.
 * PostgreSQL needs `DATABASE_URL` or `TEST_DATABASE_URL`: the bench creates a scratch database
 * on that server and drops it afterwards.
 */
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fsyncAppendFloor, sqliteDurableInsert } from "./baselines.js";
import type { Latency } from "./latency.js";
import {
	benchServerUrl,
	copiedFeatures,
	pgFixture,
	pgServerSettings,
} from "./pg-fixture.js";
import { type FixtureSize, trainingFixture } from "./storage-fixture.js";
import {
	formatTable,
	type Measured,
	type SizeFigures,
	type StoreFigures,
	storageRows,
	verdicts,
} from "./storage-table.js";
import { type SweepResults, sweepFigures } from "./sweep-figures.js";
import { benchSweepStores } from "./sweep-stores.js";

const TEACHERS = 1000;
/** Entries in the fixture → `/log` commands timed, one after another, after 5 warm-up ones. */
const SIZES = [
	{ entries: 10_000, samples: 200 },
	{ entries: 100_000, samples: 200 },
];
const APPEND_SAMPLES = 500;
const SQLITE_SAMPLES = 300;

const why = (error: unknown) =>
	(error instanceof Error ? error.message : String(error)).split("\n")[0] ??
	"failed";

async function measure<T>(work: () => Promise<T>): Promise<Measured<T>> {
	try {
		return { ok: true, value: await work() };
	} catch (error) {
		return { ok: false, why: why(error) };
	}
}

/** One store in a fresh process: see `storage-compare-child.ts`. */
function child(
	kind: "lowdb" | "postgres",
	dataDir: string,
	url: string | undefined,
	samples: number,
): StoreFigures {
	const run = spawnSync(
		process.execPath,
		[
			"--expose-gc",
			"--import",
			"tsx",
			resolve(import.meta.dirname, "storage-compare-child.ts"),
			dataDir,
			url ?? "-",
			String(TEACHERS),
			String(samples),
		],
		{
			cwd: resolve(import.meta.dirname, ".."),
			encoding: "utf8",
			maxBuffer: 1 << 20,
			timeout: 300_000,
		},
	);
	const last = run.stdout?.trim().split("\n").at(-1);
	if (run.status !== 0 || !last)
		throw new Error(
			`${kind} child ${run.signal ?? `exit ${run.status}`}: ${run.stderr?.trim().split("\n").at(-1) ?? ""}`,
		);
	const result = JSON.parse(last);
	if (result.error) throw new Error(result.error);
	return result as StoreFigures;
}

interface Fixture {
	auditEntries: number;
	fileBytes: number;
	pgCopyMs?: number;
}

async function oneSize(
	dir: string,
	size: FixtureSize & { samples: number },
	server: string | undefined,
	sweep: SweepResults,
): Promise<SizeFigures & { fixture: Fixture }> {
	const doc = trainingFixture(size);
	const dataDir = join(dir, `lowdb-${size.entries}`);
	const file = join(dataDir, "db.json");
	await mkdir(dataDir);
	await writeFile(file, JSON.stringify(doc));
	const fixture: Fixture = {
		auditEntries: doc.training.audit.length,
		fileBytes: (await stat(file)).size,
	};
	const lowdb = await measure(async () =>
		child("lowdb", dataDir, undefined, size.samples),
	);
	await rm(dataDir, { recursive: true, force: true });
	const postgres = await measure(async () => {
		if (!server) throw new Error("set DATABASE_URL or TEST_DATABASE_URL");
		if (!copiedFeatures().includes("training"))
			throw new Error("training is not stored in PostgreSQL in this build");
		const pg = await pgFixture(server, doc);
		fixture.pgCopyMs = pg.copyMs;
		try {
			return child("postgres", dir, pg.url, size.samples);
		} finally {
			await pg.drop();
		}
	});
	const sqlite = await measure(() =>
		sqliteDurableInsert(dir, size.entries, SQLITE_SAMPLES),
	);
	return {
		entries: size.entries,
		lowdb,
		postgres,
		sqlite,
		sweepLowdb: sweep("lowdb", size.entries),
		sweepPostgres: sweep("postgres", size.entries),
		fixture,
	};
}

const mb = (n: number) => `${(n / 1_048_576).toFixed(1)} MB`;

/**
 * Prints the table. `sweepBench` is the reminder sweep bench (10k and 100k due on both stores):
 * its own lines are printed first and its times read back into the table.
 */
export async function benchStorageCompare(
	sweepBench: () => Promise<void> = benchSweepStores,
): Promise<void> {
	const started = performance.now();
	const loadBefore = loadavg()[0] ?? 0;
	const dir = await mkdtemp(join(tmpdir(), "onex-storage-compare-"));
	const server = benchServerUrl();
	try {
		const append: Measured<Latency> = await measure(() =>
			fsyncAppendFloor(dir, APPEND_SAMPLES),
		);
		const sweep = await sweepFigures(sweepBench);
		const sizes: (SizeFigures & { fixture: Fixture })[] = [];
		for (const size of SIZES)
			sizes.push(
				await oneSize(dir, { ...size, teachers: TEACHERS }, server, sweep),
			);
		console.log(
			`\n== storage side by side (${TEACHERS} teachers; every write acknowledged after fsync; disk of ${tmpdir()}) ==`,
		);
		const { rows, notes } = storageRows(sizes, append);
		console.log(formatTable(rows));
		if (notes.length > 0) console.log(notes.join("\n"));
		const largest = sizes.at(-1);
		if (largest) console.log(verdicts(largest).join("\n"));
		for (const s of sizes)
			console.log(
				`  fixture ${s.entries} entries: ${s.fixture.auditEntries} audit entries, lowdb file ${mb(s.fixture.fileBytes)}` +
					(s.fixture.pgCopyMs !== undefined
						? `, copied into PostgreSQL in ${(s.fixture.pgCopyMs / 1000).toFixed(1)} s`
						: "") +
					(s.lowdb.ok
						? `; the bot before opening the store (knowledge base loaded, run through tsx) ${mb(s.lowdb.value.rssBeforeStore)} RSS`
						: ""),
			);
		if (server)
			console.log(
				`  PostgreSQL: ${await measure(() => pgServerSettings(server)).then((m) => (m.ok ? m.value : m.why))}`,
			);
		console.log(
			`  SQLite: WAL, synchronous=FULL, one record + one audit row per transaction, ${SQLITE_SAMPLES} samples; append: ~300-byte line + fdatasync, ${APPEND_SAMPLES} samples`,
		);
		console.log(
			`  host load ${loadBefore.toFixed(1)} → ${(loadavg()[0] ?? 0).toFixed(1)} on ${availableParallelism()} cores; ${((performance.now() - started) / 1000).toFixed(0)} s`,
		);
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}

if (import.meta.url === `file://${process.argv[1]}`)
	await benchStorageCompare();
