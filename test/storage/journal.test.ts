import {
	appendFile,
	mkdtemp,
	readdir,
	readFile,
	rm,
	stat,
	writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SCHEMA_VERSION } from "../../src/storage/db.js";
import type { DocChange } from "../../src/storage/document-change.js";
import { commitLine, headerLine } from "../../src/storage/journal-format.js";
import {
	type JsonStore,
	openJsonStore,
} from "../../src/storage/open-json-store.js";
import { StorageError } from "../../src/storage/storage-error.js";
import { MemoryLogger } from "../helpers/memory-logger.js";

let dir: string;
let file: string;
const open: JsonStore[] = [];

async function openStore(options = {}) {
	const store = await openJsonStore(file, options);
	open.push(store);
	return store;
}
async function closeAll() {
	for (const s of open.splice(0)) await s.close();
}
beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), "onex-journal-"));
	file = join(dir, "db.json");
});
afterEach(async () => {
	await closeAll();
	await rm(dir, { recursive: true, force: true });
});

const ask = (text: string): DocChange[] => [
	{
		op: "push",
		path: ["unanswered"],
		value: { at: "2026-11-28T00:00:00Z", userKey: "u", text },
	},
];
const texts = (s: JsonStore) => s.data.unanswered.map((q) => q.text);
const journal = (g: number) => `${file}.journal-${g}`;
const snapshot = async () => JSON.parse(await readFile(file, "utf8"));

/** The files as a crash right now would leave them (the store stays open): reopen from there. */
async function crashCopy(): Promise<void> {
	const copy = await mkdtemp(join(dir, "crash-"));
	for (const name of await readdir(dir))
		if (name.startsWith("db.json") && !name.endsWith(".lock"))
			await writeFile(join(copy, name), await readFile(join(dir, name)));
	file = join(copy, "db.json");
}

/** A journal as the store writes it, for states a crash leaves behind. */
function journalText(generation: number, commits: DocChange[][]): Buffer {
	return Buffer.concat([
		headerLine({ generation, schemaVersion: SCHEMA_VERSION }),
		...commits.map((c, i) => commitLine(i + 1, [JSON.stringify(c)])),
	]);
}

/** A fresh database closed cleanly: a snapshot of generation `g` holding `items`. */
async function snapshotWith(items: string[]): Promise<number> {
	const store = await openStore();
	for (const t of items) await store.apply(ask(t));
	await closeAll();
	return (await snapshot()).$journal.generation;
}

describe("the journal", () => {
	it("acknowledges an apply once its line is in the journal, without rewriting the snapshot", async () => {
		const store = await openStore();
		const before = await readFile(file, "utf8");
		const writes = store.writes;
		for (let i = 0; i < 5; i++) {
			await store.apply(ask(`q${i}`));
			const lines = (await readFile(journal(store.generation), "utf8"))
				.trim()
				.split("\n");
			// The header, then one line per commit, the last one holding this change.
			expect(lines).toHaveLength(i + 2);
			expect(JSON.parse(lines.at(-1) ?? "").c[0].value.text).toBe(`q${i}`);
		}
		expect(store.writes).toBe(writes);
		expect(await readFile(file, "utf8")).toBe(before);
		await closeAll();
		expect(texts(await openStore())).toEqual(["q0", "q1", "q2", "q3", "q4"]);
	});

	it("lets 1,000 concurrent applies share a few fsyncs, all kept in order", async () => {
		const store = await openStore();
		const commits = store.commits;
		await Promise.all(
			Array.from({ length: 1000 }, (_, i) => store.apply(ask(String(i)))),
		);
		expect(store.commits - commits).toBeLessThanOrEqual(3);
		const expected = Array.from({ length: 1000 }, (_, i) => String(i));
		expect(texts(store)).toEqual(expected);
		// Reopened from the journal alone (no final snapshot): a crash right now.
		await crashCopy();
		expect(texts(await openStore())).toEqual(expected);
	});

	it("applies a list of changes all or nothing, writing nothing when one does not fit", async () => {
		const store = await openStore();
		await store.apply(ask("kept"));
		const commits = store.commits;
		await expect(
			store.apply([
				...ask("half"),
				{ op: "push", path: ["no", "such"], value: 1 },
			]),
		).rejects.toThrow(/no no/);
		expect(texts(store)).toEqual(["kept"]);
		expect(store.commits).toBe(commits);
	});

	it("drops a last line cut short by a crash, says so, and appends after the good lines", async () => {
		const g = await snapshotWith([]);
		await writeFile(
			journal(g),
			Buffer.concat([
				journalText(g, [ask("saved")]),
				Buffer.from('{"n":2,"c":[{"op":"push","path":["unans'),
			]),
		);
		const logger = new MemoryLogger();
		const store = await openStore({ logger });
		expect(texts(store)).toEqual(["saved"]);
		expect(logger.lines.map((l) => l.message)).toContain(
			"dropped an unfinished change at the end of the journal",
		);
		await store.apply(ask("after"));
		// A crash now: the journal must read back cleanly, with no damage in the middle.
		await crashCopy();
		const again = await openStore();
		expect(texts(again)).toEqual(["saved", "after"]);
	});

	it("drops a damaged last line too (power loss leaves garbage), but never a damaged middle line", async () => {
		const g = await snapshotWith([]);
		const good = journalText(g, [ask("a"), ask("b")]);
		await writeFile(
			journal(g),
			Buffer.concat([good, Buffer.from("\0\0\0\0\0\0\0\0")]),
		);
		expect(texts(await openStore())).toEqual(["a", "b"]);
		await closeAll();
	});

	it("refuses a damaged line in the middle, naming it, and changes no file", async () => {
		const g = await snapshotWith(["first"]);
		const good = journalText(g, [ask("a"), ask("b"), ask("c")]).toString(
			"utf8",
		);
		// One digit flipped inside the second commit: still valid JSON, wrong checksum.
		const damaged = good.replace('"text":"b"', '"text":"B"');
		await writeFile(journal(g), damaged);
		const snapshotBefore = await readFile(file, "utf8");
		const error = await openJsonStore(file).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(StorageError);
		expect((error as Error).message).toMatch(
			new RegExp(`${journal(g)} is damaged at line 3.*Nothing was changed`),
		);
		expect(await readFile(journal(g), "utf8")).toBe(damaged);
		expect(await readFile(file, "utf8")).toBe(snapshotBefore);
		await expect(stat(`${file}.lock`)).rejects.toThrow();
	});

	it("refuses a journal of a newer format or schema, and one that does not belong to the snapshot", async () => {
		const g = await snapshotWith([]);
		const newer = Buffer.from(
			headerLine({ generation: g, schemaVersion: SCHEMA_VERSION + 1 }),
		);
		await writeFile(journal(g), newer);
		// A header alone with a newer schema: the journal is refused even without changes.
		await appendFile(journal(g), commitLine(1, [JSON.stringify(ask("x"))]));
		await expect(openJsonStore(file)).rejects.toThrow(
			/newer version of the bot.*upgrade the bot/s,
		);
		const format = headerLine({
			generation: g,
			schemaVersion: SCHEMA_VERSION,
		})
			.toString()
			.replace('{"journal":1', '{"journal":9');
		const { sealLine } = await import("../../src/storage/journal-format.js");
		await writeFile(
			journal(g),
			sealLine(format.slice(0, format.indexOf(',"crc"'))),
		);
		await expect(openJsonStore(file)).rejects.toThrow(/journal format 9/);
		// A backup copied over the snapshot while the journal of the old one remained.
		await writeFile(journal(g), journalText(g, [ask("x")]));
		const restored = JSON.stringify({ schemaVersion: SCHEMA_VERSION });
		await writeFile(file, restored);
		await expect(openJsonStore(file)).rejects.toThrow(
			/does not name a journal.*move the journal files away/s,
		);
		expect(await readFile(file, "utf8")).toBe(restored);
	});

	it("refuses a snapshot of a newer schema with its journal, changing neither", async () => {
		const newer = JSON.stringify({
			$journal: { generation: 2 },
			schemaVersion: SCHEMA_VERSION + 1,
		});
		await writeFile(file, newer);
		const journalBytes = Buffer.concat([
			headerLine({ generation: 2, schemaVersion: SCHEMA_VERSION + 1 }),
			commitLine(1, [JSON.stringify(ask("x"))]),
		]);
		await writeFile(journal(2), journalBytes);
		await expect(openJsonStore(file)).rejects.toThrow(
			/newer version of the bot/,
		);
		expect(await readFile(file, "utf8")).toBe(newer);
		expect(await readFile(journal(2))).toEqual(journalBytes);
	});

	it("refuses a missing journal between two others", async () => {
		const g = await snapshotWith([]);
		await writeFile(journal(g), journalText(g, [ask("a")]));
		await writeFile(journal(g + 2), journalText(g + 2, [ask("c")]));
		await expect(openJsonStore(file)).rejects.toThrow(
			new RegExp(`needs journal ${g + 1} before`),
		);
	});

	it("compacts a large journal in the background: next generation, snapshot, old journal deleted", async () => {
		const steps: string[] = [];
		const store = await openStore({
			compactAt: 2000,
			onCompaction: (s: string) => steps.push(s),
		});
		const first = store.generation;
		for (let i = 0; i < 40; i++) await store.apply(ask(`q${i}`));
		expect(store.generation).toBeGreaterThan(first);
		expect(steps.slice(0, 4)).toEqual([
			"rotated",
			"snapshot-temp-synced",
			"snapshot-renamed",
			"old-journal-deleted",
		]);
		// Let the last compaction finish, then look at the disk before close writes anything.
		await store.apply([]);
		await vi.waitFor(
			async () =>
				expect((await snapshot()).$journal.generation).toBe(store.generation),
			{ timeout: 10_000 },
		);
		const onDisk = await snapshot();
		const journals = (await readdir(dir)).filter((n) =>
			n.includes(".journal-"),
		);
		expect(
			journals.every(
				(n) => Number(n.split("-").at(-1)) >= onDisk.$journal.generation,
			),
		).toBe(true);
		expect(onDisk.unanswered.length).toBeGreaterThan(0);
		expect(onDisk.unanswered.length).toBeLessThanOrEqual(40);
		await closeAll();
		const again = await openStore();
		expect(texts(again)).toEqual(Array.from({ length: 40 }, (_, i) => `q${i}`));
	});
});

describe("a failed compaction", () => {
	it("is logged, loses nothing and is tried again at the next large journal", async () => {
		const logger = new MemoryLogger();
		const store = await openStore({ compactAt: 1500, logger });
		// A folder where the snapshot's temp file must go: every snapshot write fails.
		const { mkdir, rmdir } = await import("node:fs/promises");
		await mkdir(join(dir, ".db.json.tmp"));
		for (let i = 0; i < 30; i++) await store.apply(ask(`q${i}`));
		await vi.waitFor(
			() =>
				expect(logger.lines.map((l) => l.message)).toContain(
					"database compaction failed; the journal keeps every change",
				),
			{ timeout: 10_000 },
		);
		// The old snapshot and every journal since are kept, in order.
		await crashCopy();
		const copy = await openJsonStore(file);
		expect(texts(copy)).toEqual(Array.from({ length: 30 }, (_, i) => `q${i}`));
		await copy.close();
		await rmdir(join(dir, ".db.json.tmp"));
		for (let i = 30; i < 60; i++) await store.apply(ask(`q${i}`));
		await new Promise((r) => setTimeout(r, 50));
		const snapshotted = JSON.parse(
			await readFile(join(dir, "db.json"), "utf8"),
		);
		expect(snapshotted.unanswered.length).toBeGreaterThan(30);
	});
});

describe("a crash during compaction, as each step leaves the disk", () => {
	it("after the rotation, before the snapshot: the old snapshot and both journals replay in order", async () => {
		const g = await snapshotWith(["s"]);
		await writeFile(journal(g), journalText(g, [ask("a"), ask("b")]));
		await writeFile(journal(g + 1), journalText(g + 1, [ask("c")]));
		await writeFile(join(dir, ".db.json.tmp"), '{"$journal":{"generation"');
		expect(texts(await openStore())).toEqual(["s", "a", "b", "c"]);
	});

	it("after the rename, before the old journal is deleted: the old journal is ignored and removed", async () => {
		const g = await snapshotWith(["s", "a", "b"]);
		// Journal g-1 is what snapshot g already holds.
		await writeFile(journal(g - 1), journalText(g - 1, [ask("a"), ask("b")]));
		await writeFile(journal(g), journalText(g, [ask("c")]));
		expect(texts(await openStore())).toEqual(["s", "a", "b", "c"]);
		await expect(stat(journal(g - 1))).rejects.toThrow();
	});
});

describe("whole rewrites, closing, migrations and previews", () => {
	it("update writes a snapshot and starts a fresh journal; close leaves only the snapshot", async () => {
		const store = await openStore();
		await store.apply(ask("a"));
		const g = store.generation;
		await store.update((d) => {
			d.training.nextId = 7;
		});
		expect(store.generation).toBe(g + 1);
		await expect(stat(journal(g))).rejects.toThrow();
		expect((await snapshot()).unanswered).toHaveLength(1);
		await store.apply(ask("b"));
		await closeAll();
		expect((await readdir(dir)).filter((n) => n.startsWith("db.json"))).toEqual(
			["db.json"],
		);
		const onDisk = await snapshot();
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
		await writeFile(file, JSON.stringify(old));
		await writeFile(
			journal(3),
			Buffer.concat([
				headerLine({ generation: 3, schemaVersion: 1 }),
				commitLine(1, [JSON.stringify(ask("before upgrade"))]),
			]),
		);
		const store = await openStore();
		expect(store.data.schemaVersion).toBe(SCHEMA_VERSION);
		expect(texts(store)).toEqual(["before upgrade"]);
		expect(store.data.guesses).toEqual([]);
		const bak = JSON.parse(await readFile(`${file}.schema-1.bak`, "utf8"));
		expect(bak.schemaVersion).toBe(1);
		expect(bak.unanswered).toHaveLength(1);
		// A fresh snapshot of the migrated state; the old journal is gone.
		const onDisk = await snapshot();
		expect(onDisk.schemaVersion).toBe(SCHEMA_VERSION);
		expect(onDisk.$journal.generation).toBe(4);
		await expect(stat(journal(3))).rejects.toThrow();
	});

	it("a preview (readSnapshot) sees journaled changes without locking", async () => {
		const { readSnapshot } = await import("../../src/storage/read-snapshot.js");
		const store = await openStore();
		await store.apply(ask("journaled"));
		const preview = await readSnapshot(file);
		expect(preview.data.unanswered.map((q) => q.text)).toEqual(["journaled"]);
		expect(texts(store)).toEqual(["journaled"]);
	});
});

describe("previews of a database that does not exist yet", () => {
	it("read as empty, even when its folder is missing", async () => {
		const { readSnapshot } = await import("../../src/storage/read-snapshot.js");
		const preview = await readSnapshot(join(dir, "not", "yet", "db.json"));
		expect(preview.data.training.records).toEqual([]);
	});
});
