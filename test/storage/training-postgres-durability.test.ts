import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
	openPgDatabase,
	type PgDatabase,
} from "../../src/storage/postgres/database.js";
import { migrateSchema } from "../../src/storage/postgres/migrate.js";
import { postgresMigrations } from "../../src/storage/postgres/repositories.js";
import { runUntilKilled } from "../helpers/kill-child.js";
import { freshDatabase } from "../helpers/postgres.js";

/** Runs the bot until `killAfterAcks` acks arrived plus a random moment, then SIGKILLs it. */
async function runAndKill(url: string, prefix: string, killAfterAcks: number) {
	const { acked } = await runUntilKilled(
		["test/helpers/training-pg-bot.ts", url, prefix],
		{ killAfterAcks, guardMs: 20_000 },
	);
	return acked;
}

let fresh: Awaited<ReturnType<typeof freshDatabase>>;
let db: PgDatabase;
beforeAll(async () => {
	fresh = await freshDatabase();
	db = openPgDatabase(fresh.url, { max: 2 });
	await migrateSchema(db, postgresMigrations);
});
afterAll(async () => {
	await db.close();
	await fresh.drop();
});

describe("training records on PostgreSQL through kill -9", () => {
	it("keeps every acknowledged /log, each with its audit entry, and never gives an id twice", async () => {
		const acked: string[] = [];
		let lastMax = 0;
		for (let round = 0; round < 3; round++) {
			const got = await runAndKill(
				fresh.url,
				`r${round}`,
				5 + Math.floor(Math.random() * 100),
			);
			expect(got.length).toBeGreaterThan(0);
			acked.push(...got);
			const { rows } = await db.query<{ title: string; id: string }>(
				"SELECT title, id::text AS id FROM training_records",
			);
			const titles = new Set(rows.map((r) => r.title));
			expect(
				acked.filter((t) => !titles.has(t)),
				`round ${round}`,
			).toEqual([]);
			// A record is never without its creation in the audit trail, nor the reverse.
			const { rows: orphans } = await db.query(
				`SELECT r.id FROM training_records r WHERE NOT EXISTS (SELECT 1 FROM training_audit a
					WHERE a.target = r.id::text AND a.action = 'create')
				UNION ALL SELECT a.seq FROM training_audit a WHERE a.action = 'create'
					AND NOT EXISTS (SELECT 1 FROM training_records r WHERE r.id::text = a.target)`,
			);
			expect(orphans).toEqual([]);
			// Ids after a restart only go up: none handed out before comes back.
			const ids = rows.map((r) => Number(r.id));
			const fromThisRound = rows
				.filter((r) => r.title.startsWith(`r${round}-`))
				.map((r) => Number(r.id));
			expect(Math.min(...fromThisRound)).toBeGreaterThan(lastMax);
			lastMax = Math.max(...ids);
		}
	}, 120_000);
});
