import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
	runStorageScript,
	type StorageScriptParts,
} from "../../../scripts/storage.js";
import { openJsonStore } from "../../../src/storage/open-json-store.js";
import {
	type DocumentCopier,
	documentCopiers,
} from "../../../src/storage/postgres/copy-document.js";
import {
	openPgDatabase,
	type PgDatabase,
} from "../../../src/storage/postgres/database.js";
import { postgresMigrations } from "../../../src/storage/postgres/repositories.js";
import { fullDocument } from "../../helpers/full-document.js";
import { itemsCopier, itemsFeature } from "../../helpers/pg-test-migrations.js";
import {
	freshDatabase,
	waitForSleepingSession,
} from "../../helpers/postgres.js";

/** Every registered feature's schema and copier, plus the test's own table. */
const parts: StorageScriptParts = {
	features: [...postgresMigrations, itemsFeature],
	copiers: [...documentCopiers, itemsCopier],
};
const SECRET = "Copy-pa55word-9";
const cleanup: Array<() => Promise<void>> = [];
let dataDir: string;

/** A data folder holding `fullDocument()` as db.json. */
async function dataFolder(): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), "onex-copy-"));
	cleanup.push(() => rm(dir, { recursive: true, force: true }));
	await writeFile(join(dir, "db.json"), JSON.stringify(fullDocument()));
	return dir;
}

/** An empty database, its URL carrying a password (the test server may ignore it). */
async function target(): Promise<{ url: string; db: PgDatabase }> {
	const { url, drop } = await freshDatabase();
	const withSecret = new URL(url);
	withSecret.password = SECRET;
	const db = openPgDatabase(url);
	cleanup.push(async () => {
		await db.close();
		await drop();
	});
	return { url: withSecret.toString(), db };
}

async function run(
	dir: string,
	url: string,
	p: StorageScriptParts = parts,
): Promise<{ code: number; out: string }> {
	const lines: string[] = [];
	const code = await runStorageScript(
		["migrate", "--to", url],
		{ DATA_DIR: dir },
		(l) => lines.push(l),
		p,
	);
	const out = lines.join("\n");
	expect(out).not.toContain(SECRET);
	return { code, out };
}

const items = async (db: PgDatabase) =>
	(
		await db.query<{ title: string }>(
			"SELECT title FROM test_items ORDER BY id",
		)
	).rows.map((r) => r.title);

beforeAll(async () => {
	dataDir = await dataFolder();
});
afterAll(async () => {
	for (const step of cleanup.reverse()) await step();
});

describe("npm run storage -- migrate --to", () => {
	it("copies every section a copier covers, prints the rows per table and never the password", async () => {
		const { url, db } = await target();
		const { code, out } = await run(dataDir, url);
		expect(code, out).toBe(0);
		expect(out).toMatch(/test_items +2 rows/);
		const doc = fullDocument();
		for (const copier of parts.copiers)
			for (const [table, n] of Object.entries(copier.expected(doc)))
				expect(out).toMatch(new RegExp(`${table} +${n} rows`));
		expect(out).toContain("Counts match the file.");
		expect(await items(db)).toEqual(doc.unanswered.map((q) => q.text));
	});

	it("refuses a target that already holds data, and adds nothing to it", async () => {
		const { url, db } = await target();
		expect((await run(dataDir, url)).code).toBe(0);
		const again = await run(dataDir, url);
		expect(again.code).toBe(1);
		expect(again.out).toMatch(
			/already holds data \(.*test_items: 2 rows.*\)\. The copy goes only into an empty database; nothing was copied\./,
		);
		expect(await items(db)).toHaveLength(2);
	});

	it("lets only one of two copies started at once fill the target", async () => {
		const { url, db } = await target();
		const other = await dataFolder();
		const results = await Promise.all([run(dataDir, url), run(other, url)]);
		expect(results.map((r) => r.code).sort()).toEqual([0, 1]);
		expect(results.map((r) => r.out).join("\n")).toContain(
			"already holds data",
		);
		expect(await items(db)).toHaveLength(2);
	});

	it("rolls everything back when the rows copied differ from the file", async () => {
		const { url, db } = await target();
		const loses: DocumentCopier = {
			...itemsCopier,
			expected: (doc) => ({ test_items: doc.unanswered.length + 1 }),
		};
		const { code, out } = await run(dataDir, url, {
			features: [itemsFeature],
			copiers: [loses],
		});
		expect(code).toBe(1);
		expect(out.split("\n").at(-1)).toBe(
			"The copy does not match the file (test_items: 3 in the file, 2 copied), so it was rolled back and nothing was copied.",
		);
		expect(await items(db)).toEqual([]);
	});

	it("refuses while the bot holds the file", async () => {
		const { url, db } = await target();
		const store = await openJsonStore(join(dataDir, "db.json"));
		try {
			const { code, out } = await run(dataDir, url);
			expect(code).toBe(1);
			expect(out).toContain("is already open in this process");
		} finally {
			await store.close();
		}
		expect(
			(await db.query("SELECT to_regclass('test_items') AS t")).rows[0]?.t,
		).toBeNull();
	});

	it("leaves nothing in the target when killed with SIGKILL before the commit, and copies on the next run", async () => {
		const { url, db } = await target();
		const child = spawn(
			process.execPath,
			["--import", "tsx", "test/helpers/pg-copy-child.ts", dataDir, url],
			{ stdio: ["ignore", "pipe", "pipe"] },
		);
		let output = "";
		child.stdout?.on("data", (c) => {
			output += String(c);
		});
		child.stderr?.on("data", (c) => {
			output += String(c);
		});
		const exited = new Promise<NodeJS.Signals | null>((resolve) =>
			child.once("exit", (_code, signal) => resolve(signal)),
		);
		const sleeping = await waitForSleepingSession(
			db,
			url,
			() => child.exitCode === null,
		);
		expect(sleeping, output).toBe(true);
		child.kill("SIGKILL");
		expect(await exited).toBe("SIGKILL");
		// The two rows were inserted inside the copy's transaction, which never committed.
		expect(await items(db)).toEqual([]);
		const { code, out } = await run(dataDir, url);
		expect(code, out).toBe(0);
		expect(await items(db)).toHaveLength(2);
	});

	it("explains its usage instead of guessing", async () => {
		const lines: string[] = [];
		const print = (l: string) => lines.push(l);
		expect(await runStorageScript(["migrate"], {}, print)).toBe(2);
		expect(
			await runStorageScript(
				["migrate", "--to", `mysql://u:${SECRET}@h/d`],
				{},
				print,
			),
		).toBe(2);
		expect(await runStorageScript(["copy"], {}, print)).toBe(2);
		expect(lines.join("\n")).toContain(
			'usage: npm run storage -- migrate --to "postgres://user:password@host:5432/database"',
		);
		expect(lines.join("\n")).not.toContain(SECRET);
		const missing = await mkdtemp(join(tmpdir(), "onex-copy-"));
		cleanup.push(() => rm(missing, { recursive: true, force: true }));
		expect(
			await runStorageScript(
				["migrate", "--to", "postgres://onex@127.0.0.1:1/x"],
				{ DATA_DIR: missing },
				print,
			),
		).toBe(1);
		expect(lines.at(-1)).toBe(
			`${join(missing, "db.json")} does not exist: nothing to copy (set DATA_DIR to the bot's data folder).`,
		);
	});
});
