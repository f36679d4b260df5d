import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotSavedError } from "../../../src/core/errors.js";
import {
	openPgDatabase,
	type PgDatabase,
} from "../../../src/storage/postgres/database.js";
import { describeDatabase } from "../../../src/storage/postgres/pg-errors.js";
import { freshDatabase } from "../../helpers/postgres.js";

let db: PgDatabase;
let drop: () => Promise<void>;

beforeAll(async () => {
	const fresh = await freshDatabase();
	drop = fresh.drop;
	db = openPgDatabase(fresh.url, { max: 4 });
	await db.query(
		"CREATE TABLE counters (key text PRIMARY KEY, n integer NOT NULL)",
	);
	await db.query("CREATE TABLE taken (n integer PRIMARY KEY)");
});
afterAll(async () => {
	await db?.close();
	await drop?.();
});

const taken = async () =>
	(await db.query<{ n: number }>("SELECT n FROM taken ORDER BY n")).rows.map(
		(r) => r.n,
	);

describe("PgDatabase", () => {
	it("commits every statement of a transaction, or none of them when it throws", async () => {
		await db.transaction(async (sql) => {
			await sql.query("INSERT INTO taken VALUES (1)");
			await sql.query("INSERT INTO taken VALUES (2)");
		});
		await expect(
			db.transaction(async (sql) => {
				await sql.query("INSERT INTO taken VALUES (3)");
				throw new Error("changed my mind");
			}),
		).rejects.toThrow("changed my mind");
		expect(await taken()).toEqual([1, 2]);
	});

	it("passes a constraint violation through as it is: the feature decides, it is no outage", async () => {
		const error = await db
			.transaction((sql) => sql.query("INSERT INTO taken VALUES (1)"))
			.catch((e: unknown) => e);
		expect(error).not.toBeInstanceOf(NotSavedError);
		expect((error as { code?: string }).code).toBe("23505");
		expect(await taken()).toEqual([1, 2]);
	});

	it("runs read-check-write work on one lock key one at a time", async () => {
		await db.query("INSERT INTO counters VALUES ('ids', 0)");
		// Without the lock both would read the same n and the second insert into `taken` would fail.
		const next = () =>
			db.transaction(
				async (sql) => {
					const { rows } = await sql.query<{ n: number }>(
						"SELECT n FROM counters WHERE key = 'ids'",
					);
					const n = (rows[0]?.n ?? 0) + 1;
					await sql.query("SELECT pg_sleep(0.05)");
					await sql.query("UPDATE counters SET n = $1 WHERE key = 'ids'", [n]);
					await sql.query("INSERT INTO taken VALUES ($1)", [n + 100]);
					return n;
				},
				{ lock: "test:ids" },
			);
		const got = await Promise.all([next(), next(), next(), next()]);
		expect(got.sort()).toEqual([1, 2, 3, 4]);
	});

	it("names where it points without the password or query parameters", () => {
		expect(
			describeDatabase(
				"postgres://onex:Top-s3cret@db.example:6543/onex?sslmode=require&password=Other-s3cret",
			),
		).toBe("postgres://onex@db.example:6543/onex");
		expect(describeDatabase("postgresql://db/onex")).toBe(
			"postgresql://db:5432/onex",
		);
		expect(describeDatabase("postgres://a:b@[broken")).toBe(
			"DATABASE_URL (not a URL)",
		);
		expect(db.where).not.toMatch(/:[^/@]*@/);
	});
});
