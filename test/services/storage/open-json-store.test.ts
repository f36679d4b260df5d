import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { emptyReminderData } from "../../../src/services/reminders/data.js";
import { SCHEMA_VERSION } from "../../../src/services/storage/db.js";
import {
	type JsonStore,
	openJsonStore,
} from "../../../src/services/storage/open-json-store.js";
import { StorageError } from "../../../src/services/storage/storage-error.js";
import { MemoryLogger } from "../../helpers/memory-logger.js";

let dir: string;
let file: string;
const open: JsonStore[] = [];

async function openStore(options = {}) {
	const store = await openJsonStore(file, options);
	open.push(store);
	return store;
}

beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), "onex-store-"));
	file = join(dir, "db.json");
});
afterEach(async () => {
	for (const s of open.splice(0)) await s.close();
	await rm(dir, { recursive: true, force: true });
});

async function expectRefused(content: string, pattern: RegExp) {
	await writeFile(file, content);
	const error = await openJsonStore(file).catch((e: unknown) => e);
	expect(error).toBeInstanceOf(StorageError);
	expect((error as StorageError).message).toContain(file);
	expect((error as StorageError).message).toMatch(pattern);
	expect(await readFile(file, "utf8")).toBe(content);
	// The refused file is not locked either: fixing it and starting again works.
	await expect(stat(`${file}.lock`)).rejects.toThrow();
}

describe("openJsonStore", () => {
	it("creates the file with the schema version and keeps changes across restarts", async () => {
		const store = await openStore();
		expect(JSON.parse(await readFile(file, "utf8")).schemaVersion).toBe(
			SCHEMA_VERSION,
		);
		await store.update((d) => {
			d.unanswered.push({
				at: "2026-11-28T00:00:00Z",
				userKey: "u",
				text: "问",
			});
		});
		await store.close();
		const again = await openStore();
		expect(again.data.unanswered).toHaveLength(1);
	});

	it("adds sections an older file lacks, without touching existing data", async () => {
		await writeFile(
			file,
			JSON.stringify({
				schemaVersion: 1,
				unanswered: [{ at: "x", userKey: "u", text: "t" }],
				training: { roles: { "telegram:1": "teacher" } },
			}),
		);
		const store = await openStore();
		expect(store.data.unanswered).toHaveLength(1);
		expect(store.data.training.roles).toEqual({ "telegram:1": "teacher" });
		expect(store.data.training.records).toEqual([]);
		expect(store.data.training.nextId).toBe(1);
		expect(store.data.reminders).toEqual(emptyReminderData());
	});

	it("refuses a corrupt file, says what to do and never overwrites it", async () => {
		await expectRefused(
			'{"schemaVersion":1,"training":{',
			/not valid JSON.*backups/s,
		);
	});

	it("refuses an empty file and a file that is not an object", async () => {
		await expectRefused("", /the file is empty/);
		await expectRefused("[1,2]", /does not hold a database object/);
	});

	it("refuses a file written by a newer schema version", async () => {
		await expectRefused(
			JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1, training: {} }),
			/newer version of the bot.*upgrade the bot/s,
		);
	});

	it("removes the temp file of an interrupted write and says so", async () => {
		const store = await openStore();
		await store.close();
		await writeFile(join(dir, ".db.json.tmp"), '{"half":');
		const logger = new MemoryLogger();
		await openStore({ logger });
		await expect(stat(join(dir, ".db.json.tmp"))).rejects.toThrow();
		expect(logger.lines.map((l) => l.message)).toContain(
			"removed the temp file of an interrupted write",
		);
	});

	it("coalesces 1,000 concurrent updates into a few writes, all on disk", async () => {
		const store = await openStore();
		const before = store.writes;
		await Promise.all(
			Array.from({ length: 1000 }, (_, i) =>
				store.update((d) => {
					d.unanswered.push({ at: "x", userKey: `u${i}`, text: String(i) });
				}),
			),
		);
		expect(store.writes - before).toBeLessThanOrEqual(2);
		const onDisk = JSON.parse(await readFile(file, "utf8"));
		expect(onDisk.unanswered).toHaveLength(1000);
	});

	it("acknowledges a change only after it is in the file", async () => {
		const store = await openStore();
		for (let i = 0; i < 5; i++) {
			await store.update((d) => {
				d.training.nextId = 100 + i;
			});
			expect(JSON.parse(await readFile(file, "utf8")).training.nextId).toBe(
				100 + i,
			);
		}
	});

	it("does not write when the change throws, and refuses async callbacks", async () => {
		const store = await openStore();
		const writes = store.writes;
		await expect(
			store.update(() => {
				throw new Error("rejected input");
			}),
		).rejects.toThrow("rejected input");
		await expect(store.update(async () => {})).rejects.toThrow(TypeError);
		expect(store.writes).toBe(writes);
	});

	it("undoes a change whose write failed, and those queued behind it, instead of saving them later", async () => {
		const store = await openStore();
		const ask =
			(text: string) =>
			(d: { unanswered: { at: string; userKey: string; text: string }[] }) => {
				d.unanswered.push({ at: "2026-11-28T00:00:00Z", userKey: "u", text });
			};
		await store.update(ask("saved"));
		// A directory where the temp file must go makes the next write fail (root ignores modes).
		const { mkdir, rmdir } = await import("node:fs/promises");
		await mkdir(join(dir, ".db.json.tmp"));
		const failed = store.update(ask("lost"));
		const queued = store.update(ask("queued"));
		await expect(failed).rejects.toBeInstanceOf(StorageError);
		await expect(queued).rejects.toBeInstanceOf(StorageError);
		expect(store.data.unanswered.map((q) => q.text)).toEqual(["saved"]);
		await rmdir(join(dir, ".db.json.tmp"));
		await store.update(ask("after"));
		await store.close();
		const again = await openStore();
		expect(again.data.unanswered.map((q) => q.text)).toEqual([
			"saved",
			"after",
		]);
	});

	it("refuses a second opening of the same file", async () => {
		await openStore();
		await expect(openJsonStore(file)).rejects.toThrow(/already open/);
	});

	it("refuses a file another running process holds, and takes over a stale lock", async () => {
		await writeFile(`${file}.lock`, String(process.ppid));
		await expect(openJsonStore(file)).rejects.toThrow(
			new RegExp(`in use by another running bot \\(process ${process.ppid}`),
		);
		const gone = spawnSync(process.execPath, ["-e", "process.pid"]).pid;
		await writeFile(`${file}.lock`, String(gone));
		const store = await openStore();
		expect(await readFile(`${file}.lock`, "utf8")).toBe(String(process.pid));
		await store.close();
		await expect(stat(`${file}.lock`)).rejects.toThrow();
	});
});
