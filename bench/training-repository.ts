/**
 * `/log` through the training service at 10k and 100k records (with one audit entry each), on
 * the lowdb repositories (in memory, so the figure is the repository's own cost, and on the JSON
 * file) and on PostgreSQL, beside the whole-list scan the per-owner index replaces.
 * Usage: TEST_DATABASE_URL=postgres://… npx tsx bench/training-repository.ts (a server on which
 * it may create and drop a database of its own; PostgreSQL is skipped without it)
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Repositories } from "../src/features/repositories.js";
import type { TrainingRecord } from "../src/features/training/training-port.js";
import { createTrainingService } from "../src/features/training/training-service.js";
import { createUserDirectory } from "../src/features/users/user-directory.js";
import { type DbData, emptyDb } from "../src/storage/db.js";
import { lowdbRepositories } from "../src/storage/lowdb/repositories.js";
import { openJsonStore } from "../src/storage/open-json-store.js";
import { openPgDatabase } from "../src/storage/postgres/database.js";
import { migrateSchema } from "../src/storage/postgres/migrate.js";
import {
	postgresMigrations,
	postgresRepositories,
} from "../src/storage/postgres/repositories.js";
import { trainingCopier } from "../src/storage/postgres/training-copy.js";
import { memoryStore } from "../src/storage/store.js";
import { freshDatabase } from "../test/helpers/postgres.js";

const TEACHERS = 1000;

function generate(entries: number): DbData {
	const db = emptyDb();
	for (let t = 0; t < TEACHERS; t++) {
		const key = `telegram:${100000 + t}`;
		db.training.roles[key] = "teacher";
		db.training.profiles[key] = { name: `教师${t}`, periodStart: "2024-09-01" };
	}
	for (let i = 0; i < entries; i++) {
		const record: TrainingRecord = {
			id: String(i + 1),
			owner: `telegram:${100000 + (i % TEACHERS)}`,
			createdAt: "2026-01-01T00:00:00.000Z",
			kind: "training",
			date: `2025-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`,
			hours: 1 + (i % 8),
			title: `师资培训课程第${i % 500}期`,
		};
		db.training.records.push(record);
		db.training.audit.push({
			at: record.createdAt,
			by: record.owner,
			action: "create",
			target: record.id,
			owner: record.owner,
			changes: { title: { from: null, to: record.title } },
		});
	}
	db.training.nextId = entries + 1;
	return db;
}

type TrainingRepos = Pick<Repositories, "trainingRecords" | "teachers">;

/** p50 and p99 of `count` sequential `/log training` through the service, in ms. */
async function logLatency(repos: TrainingRepos, count: number) {
	const users = createUserDirectory(repos.teachers, []);
	const training = createTrainingService({
		records: repos.trainingRecords,
		teachers: repos.teachers,
		users,
		policy: {
			enterprisePractice: { days: 180, periodYears: 5 },
			trainingHours: { target: 72, periodYears: 1 },
		},
	});
	const times: number[] = [];
	for (let i = 0; i < count; i++) {
		const key = `telegram:${100000 + (i % TEACHERS)}`;
		const started = performance.now();
		await training.logTraining(
			{
				actor: { key, role: "teacher" },
				now: new Date("2026-11-28T02:00:00Z"),
				today: "2026-11-28",
			},
			{ hours: 2, title: `基准测试-${i}`, date: "2026-11-01" },
		);
		times.push(performance.now() - started);
	}
	times.sort((a, b) => a - b);
	const at = (q: number) =>
		(
			times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0
		).toFixed(2);
	return `p50 ${at(0.5)} ms, p99 ${at(0.99)} ms (${count} logs)`;
}

function scanCost(doc: DbData): string {
	const owner = "telegram:100500";
	const started = performance.now();
	let found = 0;
	for (let i = 0; i < 100; i++)
		found += doc.training.records.filter((r) => r.owner === owner).length;
	return `${((performance.now() - started) / 100).toFixed(2)} ms per filter (${found / 100} rows)`;
}

for (const entries of [10_000, 100_000]) {
	const label = `${entries / 1000}k records + ${entries / 1000}k audit`;
	const doc = generate(entries);
	console.log(`\n${label}`);
	console.log(
		`  whole-list scan for one owner (what the index avoids): ${scanCost(doc)}`,
	);
	console.log(
		`  lowdb repositories, memory store: ${await logLatency(lowdbRepositories(memoryStore(structuredClone(doc))), 500)}`,
	);
	const dir = await mkdtemp(join(tmpdir(), "onex-training-bench-"));
	try {
		await writeFile(join(dir, "db.json"), JSON.stringify(doc));
		const store = await openJsonStore(join(dir, "db.json"));
		console.log(
			`  lowdb repositories, JSON file:    ${await logLatency(lowdbRepositories(store), entries > 10_000 ? 20 : 100)}`,
		);
		await store.close();
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
	if (!process.env.TEST_DATABASE_URL) continue;
	// A throw-away database of its own on that server, dropped afterwards.
	const fresh = await freshDatabase();
	const db = openPgDatabase(fresh.url);
	try {
		await migrateSchema(db, postgresMigrations);
		await db.transaction((sql) => trainingCopier.copy(doc, sql));
		await db.query("ANALYZE");
		console.log(
			`  PostgreSQL repositories:          ${await logLatency(postgresRepositories(db), 500)}`,
		);
	} finally {
		await db.close();
		await fresh.drop();
	}
}
