import {
	mkdir,
	readdir,
	readFile,
	rmdir,
	stat,
	writeFile,
} from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { SCHEMA_VERSION } from "../../src/storage/db.js";
import { commitLine, headerLine } from "../../src/storage/journal-format.js";
import { openJsonStore } from "../../src/storage/open-json-store.js";
import { readSnapshot } from "../../src/storage/read-snapshot.js";
import {
	ask,
	journalText,
	tempDatabase,
	texts,
} from "../helpers/journal-db.js";
import { MemoryLogger } from "../helpers/memory-logger.js";

const db = tempDatabase();

describe("a failed compaction", () => {
	it("is logged, loses nothing and is tried again at the next large journal", async () => {
		const logger = new MemoryLogger();
		const store = await db.open({ compactAt: 1500, logger });
		// A folder where the snapshot's temp file must go: every snapshot write fails.
		await mkdir(join(db.dir, ".db.json.tmp"));
		for (let i = 0; i < 30; i++) await store.apply(ask(`q${i}`));
		await vi.waitFor(
			() =>
				expect(logger.lines.map((l) => l.message)).toContain(
					"database compaction failed; the journal keeps every change",
				),
			{ timeout: 10_000 },
		);
		// The old snapshot and every journal since are kept, in order.
		await db.crashCopy();
		const copy = await openJsonStore(db.file);
		expect(texts(copy)).toEqual(Array.from({ length: 30 }, (_, i) => `q${i}`));
		await copy.close();
		await rmdir(join(db.dir, ".db.json.tmp"));
		for (let i = 30; i < 60; i++) await store.apply(ask(`q${i}`));
		// The file of the first store (crashCopy pointed db.file elsewhere).
		const first = join(db.dir, "db.json");
		await vi.waitFor(
			async () =>
				expect(
					JSON.parse(await readFile(first, "utf8")).unanswered.length,
				).toBeGreaterThan(30),
			{ timeout: 10_000 },
		);
	});
});

describe("a crash during compaction, as each step leaves the disk", () => {
	it("after the rotation, before the snapshot: the old snapshot and both journals replay in order", async () => {
		const g = await db.snapshotWith(["s"]);
		await writeFile(db.journal(g), journalText(g, [ask("a"), ask("b")]));
		await writeFile(db.journal(g + 1), journalText(g + 1, [ask("c")]));
		await writeFile(join(db.dir, ".db.json.tmp"), '{"$journal":{"generation"');
		expect(texts(await db.open())).toEqual(["s", "a", "b", "c"]);
	});

	it("after the rename, before the old journal is deleted: the old journal is ignored and removed", async () => {
		const g = await db.snapshotWith(["s", "a", "b"]);
		// Journal g-1 is what snapshot g already holds.
		await writeFile(
			db.journal(g - 1),
			journalText(g - 1, [ask("a"), ask("b")]),
		);
		await writeFile(db.journal(g), journalText(g, [ask("c")]));
		expect(texts(await db.open())).toEqual(["s", "a", "b", "c"]);
		await expect(stat(db.journal(g - 1))).rejects.toThrow();
	});
});

describe("whole rewrites, closing, migrations and previews", () => {
	it("update writes a snapshot and starts a fresh journal; close leaves only the snapshot", async () => {
		const store = await db.open();
		await store.apply(ask("a"));
		const g = store.generation;
		await store.update((d) => {
			d.training.nextId = 7;
		});
		expect(store.generation).toBe(g + 1);
		await expect(stat(db.journal(g))).rejects.toThrow();
		expect((await db.snapshot()).unanswered).toHaveLength(1);
		await store.apply(ask("b"));
		await db.closeAll();
		expect(
			(await readdir(db.dir)).filter((n) => n.startsWith("db.json")),
		).toEqual(["db.json"]);
		const onDisk = await db.snapshot();
		expect(onDisk.training.nextId).toBe(7);
		expect(onDisk.unanswered.map((q: { text: string }) => q.text)).toEqual([
			"a",
			"b",
		]);
	});

	it("replays the journal onto an older schema, keeps that state as the .bak, then migrates", async () => {
		const old = {
			$journal: { generation: 3 },
			schemaVersion: 1,
			unanswered: [],
			training: { roles: {} },
		};
		await writeFile(db.file, JSON.stringify(old));
		await writeFile(
			db.journal(3),
			Buffer.concat([
				headerLine({ generation: 3, schemaVersion: 1 }),
				commitLine(1, [JSON.stringify(ask("before upgrade"))]),
			]),
		);
		const store = await db.open();
		expect(store.data.schemaVersion).toBe(SCHEMA_VERSION);
		expect(texts(store)).toEqual(["before upgrade"]);
		expect(store.data.guesses).toEqual([]);
		const bak = JSON.parse(await readFile(`${db.file}.schema-1.bak`, "utf8"));
		expect(bak.schemaVersion).toBe(1);
		expect(bak.unanswered).toHaveLength(1);
		// A fresh snapshot of the migrated state; the old journal is gone.
		const onDisk = await db.snapshot();
		expect(onDisk.schemaVersion).toBe(SCHEMA_VERSION);
		expect(onDisk.$journal.generation).toBe(4);
		await expect(stat(db.journal(3))).rejects.toThrow();
	});

	it("a preview (readSnapshot) sees journaled changes without locking", async () => {
		const store = await db.open();
		await store.apply(ask("journaled"));
		const preview = await readSnapshot(db.file);
		expect(preview.data.unanswered.map((q) => q.text)).toEqual(["journaled"]);
		expect(texts(store)).toEqual(["journaled"]);
	});
});

describe("previews of a database that does not exist yet", () => {
	it("read as empty, even when its folder is missing", async () => {
		const preview = await readSnapshot(join(db.dir, "not", "yet", "db.json"));
		expect(preview.data.training.records).toEqual([]);
	});
});
