import { execFile } from "node:child_process";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runRemindersScript } from "../../scripts/reminders.js";
import { runStorageScript } from "../../scripts/storage.js";
import { openApp } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { renderText } from "../../src/core/render-text.js";
import type { Request } from "../../src/core/request.js";
import { postgresMigrations } from "../../src/storage/postgres/repositories.js";
import { StorageError } from "../../src/storage/storage-error.js";
import { FixedClock } from "../helpers/fixed-clock.js";
import { fullDocument } from "../helpers/full-document.js";
import { MemoryLogger } from "../helpers/memory-logger.js";
import { freePort } from "../helpers/pg-cluster.js";
import { freshDatabase } from "../helpers/postgres.js";

const run = promisify(execFile);
let dataDir: string;
const cleanup: Array<() => Promise<void>> = [];

beforeAll(async () => {
	dataDir = await mkdtemp(join(tmpdir(), "onex-app-"));
	cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
});
afterAll(async () => {
	for (const step of cleanup.reverse()) await step();
});

const help: Request = {
	platform: "console",
	user: { key: "console:1" },
	chat: { key: "console:1", kind: "private" },
	locale: "zh-CN",
	text: "/help",
};

describe("openApp picks the storage by DATABASE_URL", () => {
	it("runs on PostgreSQL when DATABASE_URL is set: schema migrated, no lowdb file, pool closed on close", async () => {
		const { url, drop } = await freshDatabase();
		cleanup.push(drop);
		const logger = new MemoryLogger();
		const app = await openApp(
			loadConfig({
				DATA_DIR: dataDir,
				DATABASE_URL: url,
				DATABASE_POOL_SIZE: "3",
			}),
			new FixedClock(),
			logger,
		);
		try {
			expect(app.storage.kind).toBe("postgres");
			expect(app.storage.store).toBeUndefined();
			const answer = await app.dispatcher.handle(help);
			expect(answer && renderText(answer)).toContain("/help");
			const { rows } = await (app.storage.db?.query<{ feature: string }>(
				"SELECT DISTINCT feature FROM schema_migrations ORDER BY 1",
			) ?? Promise.reject(new Error("no database")));
			expect(rows.map((r) => r.feature)).toEqual(
				postgresMigrations.map((f) => f.feature).sort(),
			);
		} finally {
			await app.close();
		}
		expect(app.storage.db?.pool.ended).toBe(true);
		expect(await readdir(dataDir)).not.toContain("db.json");
	});

	it("runs on the lowdb file in DATA_DIR otherwise, holding its lock until closed", async () => {
		const app = await openApp(
			loadConfig({ DATA_DIR: dataDir }),
			new FixedClock(),
			new MemoryLogger(),
		);
		try {
			expect(app.storage.kind).toBe("lowdb");
			expect(app.storage.store?.file).toBe(join(dataDir, "db.json"));
			expect(app.storage.db).toBeUndefined();
			await expect(
				openApp(
					loadConfig({ DATA_DIR: dataDir }),
					new FixedClock(),
					new MemoryLogger(),
				),
			).rejects.toThrow("is already open in this process");
		} finally {
			await app.close();
		}
	});

	it("refuses to start empty on PostgreSQL while the lowdb file it has not copied is still in DATA_DIR", async () => {
		const { url, drop } = await freshDatabase();
		cleanup.push(drop);
		const dir = await mkdtemp(join(tmpdir(), "onex-app-"));
		cleanup.push(() => rm(dir, { recursive: true, force: true }));
		await writeFile(join(dir, "db.json"), JSON.stringify(fullDocument()));
		const error = await openApp(
			loadConfig({ DATA_DIR: dir, DATABASE_URL: url }),
			new FixedClock(),
			new MemoryLogger(),
		).then(
			async (app) => {
				await app.close();
				return undefined;
			},
			(e: unknown) => e,
		);
		expect(error).toBeInstanceOf(StorageError);
		expect((error as Error).message).toContain(
			`holds none of the data, while ${join(dir, "db.json")} is still there. Copy it first (stop the bot, then: npm run storage -- migrate --to "$DATABASE_URL")`,
		);
		// Once copied, the same start-up runs on PostgreSQL beside the file kept as a backup.
		const lines: string[] = [];
		const copied = await runStorageScript(
			["migrate", "--to", url],
			{ DATA_DIR: dir },
			(l) => lines.push(l),
		);
		expect(copied, lines.join("\n")).toBe(0);
		const app = await openApp(
			loadConfig({ DATA_DIR: dir, DATABASE_URL: url }),
			new FixedClock(),
			new MemoryLogger(),
		);
		try {
			expect(app.storage.kind).toBe("postgres");
		} finally {
			await app.close();
		}
	});
});

describe("the operator scripts on PostgreSQL", () => {
	it("sweeps reminders from PostgreSQL and creates no lowdb file", async () => {
		const { url, drop } = await freshDatabase();
		cleanup.push(drop);
		const dir = await mkdtemp(join(tmpdir(), "onex-app-"));
		cleanup.push(() => rm(dir, { recursive: true, force: true }));
		const lines: string[] = [];
		const code = await runRemindersScript(
			["--at", "2026-12-01T00:00:00Z", "--dry-run"],
			{ DATA_DIR: dir, DATABASE_URL: url },
			(l) => lines.push(l),
		);
		expect(code, lines.join("\n")).toBe(0);
		expect(lines[0]).toBe(
			"Sweep at 2026-12-01T00:00:00.000Z (Asia/Shanghai, reminders at 08:00), dry run",
		);
		expect(await readdir(dir)).toEqual([]);
	});
});

describe("bin/healthcheck.js on PostgreSQL", () => {
	const healthcheck = (env: Record<string, string>) =>
		run(process.execPath, ["bin/healthcheck.js"], {
			env: { PATH: process.env.PATH ?? "", ...env },
		}).then(
			(r) => ({ code: 0, out: r.stdout + r.stderr }),
			(e: { code?: number; stdout?: string; stderr?: string }) => ({
				code: e.code ?? -1,
				out: `${e.stdout ?? ""}${e.stderr ?? ""}`,
			}),
		);

	it("is healthy while the database answers and unhealthy when it cannot be reached, printing nothing", async () => {
		const { url, drop } = await freshDatabase();
		cleanup.push(drop);
		expect(await healthcheck({ DATABASE_URL: url, DATA_DIR: dataDir })).toEqual(
			{
				code: 0,
				out: "",
			},
		);
		const port = await freePort();
		expect(
			await healthcheck({
				DATABASE_URL: `postgres://onex:Health-s3cret@127.0.0.1:${port}/onex`,
				DATA_DIR: dataDir,
			}),
		).toEqual({ code: 1, out: "" });
	});
});
