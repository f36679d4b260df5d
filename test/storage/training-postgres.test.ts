import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotSavedError } from "../../src/core/errors.js";
import { emptyDb } from "../../src/storage/db.js";
import { lowdbRepositories } from "../../src/storage/lowdb/repositories.js";
import { documentCopiers } from "../../src/storage/postgres/copy-document.js";
import {
	openPgDatabase,
	type PgDatabase,
} from "../../src/storage/postgres/database.js";
import { migrateSchema } from "../../src/storage/postgres/migrate.js";
import {
	postgresMigrations,
	postgresRepositories,
} from "../../src/storage/postgres/repositories.js";
import { trainingCopier } from "../../src/storage/postgres/training-copy.js";
import { memoryStore } from "../../src/storage/store.js";
import { freshDatabase } from "../helpers/postgres.js";
import { T1, T2, trainingDialogue } from "../helpers/training-dialogue.js";

let fresh: Awaited<ReturnType<typeof freshDatabase>>;
let db: PgDatabase;
beforeAll(async () => {
	fresh = await freshDatabase();
	db = openPgDatabase(fresh.url, { max: 4 });
	await migrateSchema(db, postgresMigrations);
});
afterAll(async () => {
	await db.close();
	await fresh.drop();
});

const empty = async () =>
	db.query(
		`TRUNCATE training_records, training_audit, training_profiles, training_roles;
		SELECT setval('training_record_ids', 1, false)`,
	);

const mine = { key: T1, role: "teacher" as const };

describe("the training dialogue on PostgreSQL", () => {
	it("logs, refuses a duplicate, edits, deletes, undoes and reports as on lowdb", async () => {
		await empty();
		const { say, training } = await trainingDialogue({
			repositories: postgresRepositories(db),
		});
		expect(
			(await say(T1, "/log training 8 数控培训 2026-11-01")).text,
		).toContain("已保存");
		expect(
			(await say(T1, "/log training 8 数控培训 2026-11-01")).text,
		).toContain("#1");
		await say(T1, "/log practice 2026-07-01 2026-08-31 某公司");
		await say(T1, "/log practice 2026-08-01 2026-09-10 另一公司");
		expect(await training.records(mine, T1)).toHaveLength(3);
		expect((await training.progress(T1, "2026-11-28")).practice.done).toBe(72);
		await say(T1, "/edit 1 hours 6");
		expect(
			(await training.records(mine, T1)).find((r) => r.id === "1"),
		).toMatchObject({ hours: 6, updatedAt: expect.any(String) });
		await say(T1, "/delete 2 3 --yes");
		expect(await training.records(mine, T1)).toHaveLength(1);
		expect((await say(T1, "/undo")).text).toContain("#2");
		expect((await training.records(mine, T1)).map((r) => r.id)).toEqual([
			"1",
			"3",
			"2",
		]);
		const report = await say("console:admin", "/report");
		expect(report.text).toContain("张老师");
		expect(report.text).toContain("李老师");
		expect((await say(T2, "/records")).text).toContain("还没有");
	});
});

describe("copying a lowdb document into PostgreSQL", () => {
	it("copies every row and the next id, and reads back as the lowdb repositories read", async () => {
		await empty();
		const store = memoryStore(emptyDb());
		const { say } = await trainingDialogue({ store });
		for (const d of ["01", "02", "03", "04"])
			await say(T1, `/log training 2 培训${d} 2026-07-${d}`);
		await say(T2, "/log practice 2026-07-01 2026-08-31 某公司 备注 顶岗");
		await say(T1, "/delete 2 3 --yes");
		await say(T1, "/undo 3");
		await say(T1, "/edit 4 title 改过的");
		await say("console:admin", "/role revoke telegram:1002");
		const doc = store.data;
		expect(documentCopiers).toContain(trainingCopier);
		await db.transaction((sql) => trainingCopier.copy(doc, sql));
		expect(await trainingCopier.count(db)).toEqual(
			trainingCopier.expected(doc),
		);
		expect(trainingCopier.expected(doc)).toMatchObject({
			training_records: 4,
			training_roles: 1,
			training_profiles: 2,
		});
		const lo = lowdbRepositories(store);
		const pg = postgresRepositories(db);
		for (const owner of [T1, T2])
			expect(await pg.trainingRecords.recordsOf(owner)).toEqual(
				await lo.trainingRecords.recordsOf(owner),
			);
		const targets = new Set(doc.training.audit.map((e) => e.target));
		for (const target of targets)
			expect(await pg.trainingRecords.auditOf(target)).toEqual(
				await lo.trainingRecords.auditOf(target),
			);
		expect(await pg.teachers.teachers()).toEqual(await lo.teachers.teachers());
		expect(await pg.teachers.rosterKeys()).toEqual(
			await lo.teachers.rosterKeys(),
		);
		expect(await pg.teachers.profilesOf([T1, T2])).toEqual(
			await lo.teachers.profilesOf([T1, T2]),
		);
		const next = await pg.trainingRecords.insert({
			entry: {
				kind: "training",
				owner: T1,
				date: "2026-11-02",
				hours: 1,
				title: "复制之后",
				createdAt: "2026-11-28T02:00:00.000Z",
			},
			check: () => undefined,
			audit: (r) => ({
				at: r.createdAt,
				by: T1,
				action: "create",
				target: r.id,
			}),
		});
		expect(next.record.id).toBe(String(doc.training.nextId));
	});
});

describe("PostgreSQL going away mid-write", () => {
	it("tells the user nothing was saved, then saves again on a new connection", async () => {
		await empty();
		const repos = postgresRepositories(db);
		const entry = (title: string) => ({
			kind: "training" as const,
			owner: T1,
			date: "2026-11-01",
			hours: 2,
			title,
			createdAt: "2026-11-28T02:00:00.000Z",
		});
		const audit = (r: { id: string; createdAt: string }) => ({
			at: r.createdAt,
			by: T1,
			action: "create" as const,
			target: r.id,
		});
		const admin = new pg.Client({ connectionString: fresh.url });
		await admin.connect();
		// Hold the teacher's lock, so the insert waits inside its transaction…
		await admin.query("SELECT pg_advisory_lock(hashtextextended($1, 0))", [
			`training:${T1}`,
		]);
		const cut = repos.trainingRecords.insert({
			entry: entry("断开"),
			check: () => undefined,
			audit,
		});
		for (let i = 0; i < 200; i++) {
			const { rowCount } = await admin.query(
				"SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
			);
			if (rowCount) break;
			await new Promise((done) => setTimeout(done, 10));
		}
		// …and end every other session of the database while it waits.
		await admin.query(
			"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
		);
		await expect(cut).rejects.toBeInstanceOf(NotSavedError);
		await admin.end();
		const again = await repos.trainingRecords.insert({
			entry: entry("重连"),
			check: () => undefined,
			audit,
		});
		const saved = await repos.trainingRecords.recordsOf(T1);
		expect(saved.map((r) => (r.kind === "training" ? r.title : ""))).toEqual([
			"重连",
		]);
		expect(await repos.trainingRecords.auditOf(again.record.id)).toHaveLength(
			1,
		);
	});
});
