import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { backupDatabase } from "../../../src/services/storage/backup.js";
import { StorageError } from "../../../src/services/storage/storage-error.js";

let dir: string;
beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), "onex-backup-"));
});
afterEach(async () => {
	await rm(dir, { recursive: true, force: true });
});

describe("backupDatabase", () => {
	it("keeps one dated copy per day and only the newest N", async () => {
		const file = join(dir, "db.json");
		for (const [i, date] of [
			"2026-11-24",
			"2026-11-25",
			"2026-11-26",
			"2026-11-27",
			"2026-11-28",
			"2026-11-28",
		].entries()) {
			await writeFile(file, JSON.stringify({ schemaVersion: 1, i }));
			const target = await backupDatabase(file, { date, keep: 3 });
			expect(target).toBe(join(dir, "backups", `db-${date}.json`));
		}
		expect((await readdir(join(dir, "backups"))).sort()).toEqual([
			"db-2026-11-26.json",
			"db-2026-11-27.json",
			"db-2026-11-28.json",
		]);
		const latest = await readFile(
			join(dir, "backups", "db-2026-11-28.json"),
			"utf8",
		);
		expect(JSON.parse(latest).i).toBe(5);
	});

	it("reports a missing database as a StorageError naming the file", async () => {
		const file = join(dir, "missing.json");
		await expect(
			backupDatabase(file, { date: "2026-11-28", keep: 7 }),
		).rejects.toThrow(StorageError);
	});
});
