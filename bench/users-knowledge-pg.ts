/**
 * The question log, invites and knowledge layer on PostgreSQL beside lowdb:
 * `BENCH_DATABASE_URL=postgres://… npx tsx bench/users-knowledge-pg.ts` (a server you may create
 * databases on; each run makes and drops its own). Prints p50/p99 of a logged question and of a
 * join attempt, the layer's version check (what every refresh costs), and a 447 / 50,000-row
 * import with the load another instance then makes.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import pg from "pg";
import "../src/messages.js";
import { createKnowledgeService } from "../src/features/knowledge/knowledge-service.js";
import { createLayeredKnowledge } from "../src/features/knowledge/layer/layer-service.js";
import { loadKnowledge } from "../src/features/knowledge/load.js";
import type { Repositories } from "../src/features/repositories.js";
import { createInviteService } from "../src/features/users/invites.js";
import { createUnansweredLog } from "../src/features/users/unanswered-log.js";
import { lowdbRepositories } from "../src/storage/lowdb/repositories.js";
import { openJsonStore } from "../src/storage/open-json-store.js";
import { openPgDatabase } from "../src/storage/postgres/database.js";
import { migrateSchema } from "../src/storage/postgres/migrate.js";
import {
	postgresMigrations,
	postgresRepositories,
} from "../src/storage/postgres/repositories.js";

type Repos = Omit<Repositories, "store">;

const ms = (n: number) => `${n.toFixed(2)} ms`;
const pct = (xs: number[], p: number) =>
	[...xs].sort((a, b) => a - b)[
		Math.min(xs.length - 1, Math.floor(xs.length * p))
	] ?? 0;

async function timed(n: number, work: (i: number) => Promise<unknown>) {
	const out: number[] = [];
	for (let i = 0; i < n; i++) {
		const t = performance.now();
		await work(i);
		out.push(performance.now() - t);
	}
	return out;
}

function listOf(rows: number): Uint8Array {
	const lines = ["序号,职业技能等级证书名称,培训评价组织,等级,来源"];
	for (let i = 1; i <= rows; i++)
		lines.push(
			`${i},测试证书${i}号职业技能等级证书,某培训评价组织${i % 300},初级/中级/高级,第四批名单 https://example.edu.cn/4.html`,
		);
	return new TextEncoder().encode(`\ufeff${lines.join("\r\n")}\r\n`);
}

const change = (key: string, i = 0) => {
	const now = new Date(Date.UTC(2026, 10, 28, 2) + i * 1000);
	return { actor: { key, role: "admin" as const }, now, today: "2026-11-28" };
};

async function measure(name: string, repos: Repos): Promise<string[]> {
	const shipped = await loadKnowledge(
		resolve(import.meta.dirname, "../knowledge"),
	);
	const log = createUnansweredLog(repos.questions);
	const logged = await timed(300, (i) =>
		log.record(change(`telegram:${i}`, i), { text: `第${i}个问题` }),
	);
	const invites = createInviteService({
		repository: repos.invites,
		configuredCode: "JOIN-2026-CODE",
	});
	const joins = await timed(300, (i) =>
		invites.admit(change(`telegram:${i}`, i), "JOIN-2026-CODE"),
	);
	const versions = await timed(300, () => repos.knowledgeLayer.version());
	const rows: string[] = [
		`| ${name} | question logged | ${ms(pct(logged, 0.5))} | ${ms(pct(logged, 0.99))} |`,
		`| ${name} | join attempt (one transaction + lock on PostgreSQL) | ${ms(pct(joins, 0.5))} | ${ms(pct(joins, 0.99))} |`,
		`| ${name} | layer version check | ${ms(pct(versions, 0.5))} | ${ms(pct(versions, 0.99))} |`,
	];
	const clock = { now: () => new Date() };
	const { layer } = createLayeredKnowledge({
		shipped,
		repository: repos.knowledgeLayer,
		snapshot: await repos.knowledgeLayer.load(),
		build: createKnowledgeService,
		clock,
	});
	let total = 0;
	for (const n of [447, 50_000]) {
		const report = await layer.importFile(change("bench"), listOf(n), {
			label: `bench-${n}.csv`,
		});
		if (!report.ok)
			throw new Error(JSON.stringify(report.problems.slice(0, 2)));
		total = (await layer.counts()).added.certificates;
		rows.push(
			`| ${name} | import of ${n} rows (layer then ${total} certificates): write | ${ms(report.timings.writeMs)} | rebuild ${ms(report.timings.rebuildMs)} |`,
		);
	}
	const loads = await timed(3, () => repos.knowledgeLayer.load());
	rows.push(
		`| ${name} | load of the layer (${total} certificates) by another instance | ${ms(pct(loads, 0.5))} | |`,
	);
	return rows;
}

const server = process.env.BENCH_DATABASE_URL;
if (!server) {
	console.log(
		"set BENCH_DATABASE_URL to a PostgreSQL server this bench may create a database on",
	);
	process.exit(2);
}
console.log(
	"\n## Question log, invites, knowledge layer: lowdb and PostgreSQL\n",
);
console.log("| store | what | p50 | p99 |");
console.log("|---|---|---|---|");
const dir = await mkdtemp(join(tmpdir(), "onex-users-bench-"));
const store = await openJsonStore(join(dir, "db.json"));
try {
	for (const row of await measure("lowdb", lowdbRepositories(store)))
		console.log(row);
} finally {
	await store.close();
	await rm(dir, { recursive: true, force: true });
}
const name = `bench_${randomBytes(4).toString("hex")}`;
const admin = new pg.Client({ connectionString: server });
await admin.connect();
await admin.query(`CREATE DATABASE ${name}`);
const url = new URL(server);
url.pathname = `/${name}`;
const db = openPgDatabase(url.toString());
try {
	await migrateSchema(db, postgresMigrations);
	for (const row of await measure("PostgreSQL", postgresRepositories(db)))
		console.log(row);
} finally {
	await db.close();
	await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
	await admin.end();
}
