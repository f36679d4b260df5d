import { type ChildProcess, spawn } from "node:child_process";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
	openPgDatabase,
	type PgDatabase,
} from "../../src/storage/postgres/database.js";
import { migrateSchema } from "../../src/storage/postgres/migrate.js";
import { postgresMigrations } from "../../src/storage/postgres/repositories.js";
import { freshDatabase } from "../helpers/postgres.js";

const root = resolve(import.meta.dirname, "../..");
const script = join(root, "test/helpers/training-pg-bot.ts");

/** Runs the bot until `killAfterAcks` acks arrived plus a random moment, then SIGKILLs it. */
function runAndKill(url: string, prefix: string, killAfterAcks: number) {
	return new Promise<string[]>((done, fail) => {
		const child: ChildProcess = spawn(
			process.execPath,
			["--import", "tsx", script, url, prefix],
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
				// A random moment: mid-transaction, mid-commit or between writes.
				setTimeout(() => child.kill("SIGKILL"), Math.random() * 40);
			}
		});
		child.on("error", fail);
		child.on("exit", (code, signal) => {
			clearTimeout(guard);
			if (signal !== "SIGKILL")
				fail(new Error(`bot exited with ${code}: ${stderr.slice(0, 2000)}`));
			else done(acked);
		});
	});
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
