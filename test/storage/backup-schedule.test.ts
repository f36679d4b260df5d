import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { scheduleDailyBackup } from "../../src/storage/backup-schedule.js";
import { MemoryLogger } from "../helpers/memory-logger.js";

const dirs: string[] = [];
afterEach(async () => {
	vi.useRealTimers();
	for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

describe("scheduleDailyBackup", () => {
	it("copies the database at 03:30 Shanghai time, named for that local day, also on a UTC clock", async () => {
		const dir = await mkdtemp(join(tmpdir(), "onex-backup-"));
		dirs.push(dir);
		const file = join(dir, "db.json");
		await writeFile(file, '{"schemaVersion":1}');
		// 19:29:50 UTC on the 28th is 03:29:50 on the 29th in Shanghai.
		vi.useFakeTimers({
			now: new Date("2026-11-28T19:29:50Z"),
			toFake: ["setTimeout", "clearTimeout", "Date"],
		});
		const schedule = scheduleDailyBackup({
			file,
			keep: 3,
			zone: "Asia/Shanghai",
			clock: { now: () => new Date() },
			logger: new MemoryLogger(),
		});
		const copy = join(dir, "backups", "db-000001-2026-11-29.json");
		await vi.advanceTimersByTimeAsync(5_000);
		expect(existsSync(copy)).toBe(false);
		await vi.advanceTimersByTimeAsync(10_000);
		vi.useRealTimers();
		await vi.waitFor(() => expect(existsSync(copy)).toBe(true), {
			timeout: 5_000,
		});
		await schedule.stop();
	});

	it("makes no copy when no backups are to be kept", async () => {
		const dir = await mkdtemp(join(tmpdir(), "onex-backup-"));
		dirs.push(dir);
		const file = join(dir, "db.json");
		await writeFile(file, '{"schemaVersion":1}');
		vi.useFakeTimers({
			now: new Date("2026-11-28T19:29:50Z"),
			toFake: ["setTimeout", "clearTimeout", "Date"],
		});
		const schedule = scheduleDailyBackup({
			file,
			keep: 0,
			zone: "Asia/Shanghai",
			clock: { now: () => new Date() },
			logger: new MemoryLogger(),
		});
		await vi.advanceTimersByTimeAsync(15_000);
		vi.useRealTimers();
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect(existsSync(join(dir, "backups"))).toBe(false);
		await schedule.stop();
	});
});
