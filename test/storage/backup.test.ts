import {
	mkdir,
	mkdtemp,
	readdir,
	readFile,
	rm,
	writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { backupDatabase } from "../../src/storage/backup.js";
import { StorageError } from "../../src/storage/storage-error.js";

let dir: string;
beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), "onex-backup-"));
});
afterEach(async () => {
	await rm(dir, { recursive: true, force: true });
});

describe("backupDatabase", () => {
	it("keeps one copy per day and only the newest N, numbered in creation order", async () => {
		const file = join(dir, "db.json");
		const names: string[] = [];
		for (const [i, date] of [
			"2026-11-24",
			"2026-11-25",
			"2026-11-26",
			"2026-11-27",
			"2026-11-28",
			"2026-11-28",
		].entries()) {
			await writeFile(file, JSON.stringify({ schemaVersion: 1, i }));
			names.push(basename(await backupDatabase(file, { date, keep: 3 })));
		}
		expect(names).toEqual([
			"db-000001-2026-11-24.json",
			"db-000002-2026-11-25.json",
			"db-000003-2026-11-26.json",
			"db-000004-2026-11-27.json",
			"db-000005-2026-11-28.json",
			"db-000005-2026-11-28.json",
		]);
		expect((await readdir(join(dir, "backups"))).sort()).toEqual([
			"db-000003-2026-11-26.json",
			"db-000004-2026-11-27.json",
			"db-000005-2026-11-28.json",
		]);
		const latest = await readFile(
			join(dir, "backups", "db-000005-2026-11-28.json"),
			"utf8",
		);
		expect(JSON.parse(latest).i).toBe(5);
	});

	it("keeps each new copy after the clock jumps back, dropping the oldest by creation", async () => {
		const file = join(dir, "db.json");
		const backups = join(dir, "backups");
		// Copies named before sequences existed count as the oldest.
		await mkdir(backups);
		await writeFile(join(backups, "db-2027-06-01.json"), "{}");
		for (const [i, date] of [
			"2027-06-02",
			"2027-06-03",
			// The clock went back half a year, and each day after it a copy is made.
			"2026-12-01",
			"2026-12-02",
			"2026-12-03",
		].entries()) {
			await writeFile(file, JSON.stringify({ schemaVersion: 1, i }));
			const target = await backupDatabase(file, { date, keep: 3 });
			expect(await readdir(backups)).toContain(basename(target));
		}
		expect((await readdir(backups)).sort()).toEqual([
			"db-000003-2026-12-01.json",
			"db-000004-2026-12-02.json",
			"db-000005-2026-12-03.json",
		]);
		const newest = await readFile(
			join(backups, "db-000005-2026-12-03.json"),
			"utf8",
		);
		expect(JSON.parse(newest).i).toBe(4);
	});

	it("reports a missing database as a StorageError naming the file", async () => {
		const file = join(dir, "missing.json");
		await expect(
			backupDatabase(file, { date: "2026-11-28", keep: 7 }),
		).rejects.toThrow(StorageError);
	});
});

describe("backupDatabase over a journal", () => {
	it("copies the snapshot with its journal replayed, as one file a restore can use", async () => {
		const { openJsonStore } = await import(
			"../../src/storage/open-json-store.js"
		);
		const file = join(dir, "db.json");
		const store = await openJsonStore(file);
		try {
			await store.apply([
				{
					op: "push",
					path: ["unanswered"],
					value: {
						at: "2026-11-28T00:00:00Z",
						userKey: "u",
						text: "journaled",
					},
				},
			]);
			// The change is only in the journal so far.
			expect(JSON.parse(await readFile(file, "utf8")).unanswered).toEqual([]);
			const target = await backupDatabase(file, {
				date: "2026-11-28",
				keep: 3,
			});
			const copy = JSON.parse(await readFile(target, "utf8"));
			expect(copy.unanswered.map((q: { text: string }) => q.text)).toEqual([
				"journaled",
			]);
			expect(copy).not.toHaveProperty("$journal");
			// The same files where no store is open (another process runs the bot): read from disk.
			const elsewhere = join(dir, "elsewhere");
			await mkdir(elsewhere);
			for (const name of await readdir(dir))
				if (name.startsWith("db.json.journal-") || name === "db.json")
					await writeFile(
						join(elsewhere, name),
						await readFile(join(dir, name)),
					);
			const fromDisk = await backupDatabase(join(elsewhere, "db.json"), {
				date: "2026-11-28",
				keep: 3,
			});
			expect(JSON.parse(await readFile(fromDisk, "utf8"))).toEqual(copy);
		} finally {
			await store.close();
		}
		// Restoring: the copy over the file, after a clean stop (no journal left).
		const target = join(dir, "backups", "db-000001-2026-11-28.json");
		await writeFile(file, await readFile(target));
		const again = await openJsonStore(file);
		expect(again.data.unanswered.map((q) => q.text)).toEqual(["journaled"]);
		await again.close();
	});
});
