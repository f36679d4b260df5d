/**
 * The reminder sweep on both stores: 10,000 and 100,000 reminders due at one instant, sent to a
 * recording notifier, on lowdb (a real file that also holds 100,000 training entries) and on
 * PostgreSQL (`DATABASE_URL`, else `TEST_DATABASE_URL`; skipped without either). Each case runs
 * in a process of its own so that its RSS is its own.
 *
 *   npx tsx bench/sweep-stores.ts
 */
import "../src/messages.js";
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import pg from "pg";
import { type Notifier, silentLogger } from "../src/core/ports.js";
import type { ExamRound } from "../src/features/knowledge/knowledge-port.js";
import type { Subscription } from "../src/features/reminders/data.js";
import { createSweeper } from "../src/features/reminders/sweep.js";
import type { Repositories } from "../src/features/repositories.js";
import type { TrainingRecord } from "../src/features/training/training-port.js";
import { emptyDb } from "../src/storage/db.js";
import { lowdbRepositories } from "../src/storage/lowdb/repositories.js";
import { openJsonStore } from "../src/storage/open-json-store.js";
import { openPgDatabase } from "../src/storage/postgres/database.js";
import { migrateSchema } from "../src/storage/postgres/migrate.js";
import {
	postgresMigrations,
	postgresRepositories,
} from "../src/storage/postgres/repositories.js";

const SIZES = [10_000, 100_000];
const TRAINING_ENTRIES = 100_000;
const CERTIFICATES = 400;
const NOW = new Date("2027-03-08T00:00:00Z"); // 08:00 Shanghai: registration closes in 7 days
const self = fileURLToPath(import.meta.url);

/** Two rounds per certificate; on NOW every subscription has one reminder due. */
function rounds(): ExamRound[] {
	const out: ExamRound[] = [];
	for (let c = 0; c < CERTIFICATES; c++)
		out.push(
			{
				id: `b${c}-0`,
				certificateId: `c${c}`,
				levels: ["中级"],
				dates: {
					register: "2027-03-15",
					pay: "2027-03-16",
					exam: "2027-03-20",
					results: "2027-04-04",
				},
				source: { title: "bench", trust: "medium" },
			},
			{
				id: `b${c}-1`,
				certificateId: `c${c}`,
				levels: ["中级"],
				dates: { register: "2027-06-21", exam: "2027-06-26" },
				source: { title: "bench", trust: "medium" },
			},
		);
	return out;
}

/** One subscription per chat, so that each delivery names its occurrence. */
function subscriptions(n: number): Subscription[] {
	return Array.from({ length: n }, (_, i) => ({
		chatKey: `telegram:${-1_000_000 - i}`,
		certificateId: `c${i % CERTIFICATES}`,
		by: "telegram:1",
		at: "2026-11-28T00:00:00.000Z",
		locale: "zh-CN" as const,
	}));
}

/** A database grown by a college: 1,000 teachers, 100,000 training entries. */
function trainingRecords(): TrainingRecord[] {
	return Array.from({ length: TRAINING_ENTRIES }, (_, i) => ({
		id: String(i + 1),
		owner: `telegram:${100_000 + (i % 1000)}`,
		createdAt: "2026-01-01T00:00:00.000Z",
		kind: "training",
		date: `2025-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`,
		hours: 1 + (i % 8),
		title: `师资培训课程第${i % 500}期`,
	}));
}

/** Counts deliveries per chat; a send takes no time, so the sweep's own cost is what shows. */
function recordingNotifier() {
	const delivered = new Map<string, number>();
	const notifier: Notifier = {
		platform: "telegram",
		maxConcurrentSends: 32,
		async send(chatKey) {
			delivered.set(chatKey, (delivered.get(chatKey) ?? 0) + 1);
			return { ok: true };
		},
	};
	return { notifier, delivered };
}

type SweepRepos = Pick<
	Repositories,
	"reminderSubscriptions" | "reminderOutbox"
>;

async function sweepOnce(repos: SweepRepos, n: number) {
	const fixed = rounds();
	const { notifier, delivered } = recordingNotifier();
	const sweeper = createSweeper({
		subscriptions: repos.reminderSubscriptions,
		outboxRepository: repos.reminderOutbox,
		rounds: async () => ({ rounds: fixed, addedAt: new Map() }),
		teachers: async () => [],
		certificateName: (id) => `证书 ${id}`,
		notifiers: [notifier],
		zone: "Asia/Shanghai",
		reminderTime: "08:00",
		logger: silentLogger,
	});
	globalThis.gc?.();
	const heap = process.memoryUsage().heapUsed;
	const start = performance.now();
	const report = await sweeper.sweep(NOW);
	const ms = performance.now() - start;
	const heapGrowth = process.memoryUsage().heapUsed - heap;
	const rss = process.memoryUsage().rss;
	const sent = report.lines.filter((l) => l.outcome === "sent").length;
	const twice = [...delivered.values()].filter((c) => c > 1).length;
	const againStart = performance.now();
	const again = await sweeper.sweep(new Date(NOW.getTime() + 3_600_000));
	const againMs = performance.now() - againStart;
	if (sent !== n || delivered.size !== n || twice > 0 || again.lines.length > 0)
		throw new Error(
			`expected ${n} sent once: sent ${sent}, chats ${delivered.size}, twice ${twice}, resent ${again.lines.length}`,
		);
	return { ms, heapGrowth, rss, againMs };
}

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(0)} MB`;

function print(
	store: string,
	n: number,
	r: Awaited<ReturnType<typeof sweepOnce>>,
	extra = "",
) {
	console.log(
		`  ${store.padEnd(8)} ${String(n).padStart(7)} due   sweep ${(r.ms / 1000).toFixed(1).padStart(5)} s   ` +
			`${Math.round(n / (r.ms / 1000))
				.toString()
				.padStart(
					6,
				)}/s   next sweep ${r.againMs.toFixed(0).padStart(5)} ms   ` +
			`heap +${mb(Math.max(0, r.heapGrowth))}   rss ${mb(r.rss)}${extra}`,
	);
}

async function lowdbCase(n: number): Promise<void> {
	const dir = await mkdtemp(join(tmpdir(), "onex-sweep-bench-"));
	try {
		const file = join(dir, "db.json");
		const doc = emptyDb();
		doc.training.records = trainingRecords();
		doc.training.nextId = TRAINING_ENTRIES + 1;
		doc.reminders.subscriptions = subscriptions(n);
		await writeFile(file, JSON.stringify(doc));
		const store = await openJsonStore(file);
		try {
			const writes = store.writes;
			const r = await sweepOnce(lowdbRepositories(store), n);
			print("lowdb", n, r, `   file writes ${store.writes - writes}`);
		} finally {
			await store.close();
		}
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}

async function postgresCase(n: number, server: string): Promise<void> {
	const name = `bench_${randomBytes(5).toString("hex")}`;
	const admin = new pg.Client({ connectionString: server });
	await admin.connect();
	await admin.query(`CREATE DATABASE ${name}`);
	const url = new URL(server);
	url.pathname = `/${name}`;
	const db = openPgDatabase(url.toString());
	try {
		await migrateSchema(db, postgresMigrations);
		const subs = subscriptions(n);
		await db.query(
			`INSERT INTO reminder_subscriptions (chat_key, certificate_id, subscribed_by, subscribed_at, locale)
			 SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[], $5::text[])`,
			[
				subs.map((s) => s.chatKey),
				subs.map((s) => s.certificateId),
				subs.map((s) => s.by),
				subs.map((s) => s.at),
				subs.map((s) => s.locale),
			],
		);
		print("postgres", n, await sweepOnce(postgresRepositories(db), n));
	} finally {
		await db.close();
		await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
		await admin.end();
	}
}

/** Every case, each in a child process; prints one line per case. */
export async function benchSweepStores(
	env: Record<string, string | undefined> = process.env,
): Promise<void> {
	const server = env.DATABASE_URL ?? env.TEST_DATABASE_URL;
	console.log(
		`reminder sweep on both stores (recording notifier, ${CERTIFICATES * 2} rounds; lowdb file with ${TRAINING_ENTRIES} training entries)`,
	);
	for (const store of ["lowdb", "postgres"])
		for (const n of SIZES) {
			if (store === "postgres" && !server) {
				console.log(
					`  postgres ${n}: skipped (set DATABASE_URL or TEST_DATABASE_URL)`,
				);
				continue;
			}
			const child = spawnSync(
				process.execPath,
				["--expose-gc", "--import", "tsx", self, "--case", store, String(n)],
				{
					cwd: resolve(import.meta.dirname, ".."),
					encoding: "utf8",
					env: { ...process.env, ...env },
					maxBuffer: 1 << 20,
				},
			);
			process.stdout.write(child.stdout);
			if (child.status !== 0)
				console.log(`  ${store} ${n}: failed\n${child.stderr.slice(0, 2000)}`);
		}
}

if (
	process.argv[1] &&
	import.meta.url === pathToFileURL(process.argv[1]).href
) {
	const at = process.argv.indexOf("--case");
	if (at < 0) await benchSweepStores();
	else {
		const store = process.argv[at + 1];
		const n = Number(process.argv[at + 2]);
		const server = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
		if (store === "lowdb") await lowdbCase(n);
		else if (store === "postgres" && server) await postgresCase(n, server);
		else throw new Error(`unknown case ${store} ${n}`);
	}
}
