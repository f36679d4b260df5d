import {
	appendFile,
	readdir,
	readFile,
	stat,
	writeFile,
} from "node:fs/promises";
import { describe, expect, it, vi } from "vitest";
import { SCHEMA_VERSION } from "../../src/storage/db.js";
import {
	commitLine,
	headerLine,
	sealLine,
} from "../../src/storage/journal-format.js";
import { openJsonStore } from "../../src/storage/open-json-store.js";
import { StorageError } from "../../src/storage/storage-error.js";
import {
	ask,
	journalText,
	tempDatabase,
	texts,
} from "../helpers/journal-db.js";
import { MemoryLogger } from "../helpers/memory-logger.js";

const db = tempDatabase();

describe("the journal", () => {
	it("acknowledges an apply once its line is in the journal, without rewriting the snapshot", async () => {
		const store = await db.open();
		const before = await readFile(db.file, "utf8");
		const writes = store.writes;
		for (let i = 0; i < 5; i++) {
			await store.apply(ask(`q${i}`));
			const lines = (await readFile(db.journal(store.generation), "utf8"))
				.trim()
				.split("\n");
			// The header, then one line per commit, the last one holding this change.
			expect(lines).toHaveLength(i + 2);
			expect(JSON.parse(lines.at(-1) ?? "").c[0].value.text).toBe(`q${i}`);
		}
		expect(store.writes).toBe(writes);
		expect(await readFile(db.file, "utf8")).toBe(before);
		await db.closeAll();
		expect(texts(await db.open())).toEqual(["q0", "q1", "q2", "q3", "q4"]);
	});

	it("lets 1,000 concurrent applies share a few fsyncs, all kept in order", async () => {
		const store = await db.open();
		const commits = store.commits;
		await Promise.all(
			Array.from({ length: 1000 }, (_, i) => store.apply(ask(String(i)))),
		);
		expect(store.commits - commits).toBeLessThanOrEqual(3);
		const expected = Array.from({ length: 1000 }, (_, i) => String(i));
		expect(texts(store)).toEqual(expected);
		// Reopened from the journal alone (no final snapshot): a crash right now.
		await db.crashCopy();
		expect(texts(await db.open())).toEqual(expected);
	});

	it("applies a list of changes all or nothing, writing nothing when one does not fit", async () => {
		const store = await db.open();
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
		const g = await db.snapshotWith([]);
		await writeFile(
			db.journal(g),
			Buffer.concat([
				journalText(g, [ask("saved")]),
				Buffer.from('{"n":2,"c":[{"op":"push","path":["unans'),
			]),
		);
		const logger = new MemoryLogger();
		const store = await db.open({ logger });
		expect(texts(store)).toEqual(["saved"]);
		expect(logger.lines.map((l) => l.message)).toContain(
			"dropped an unfinished change at the end of the journal",
		);
		await store.apply(ask("after"));
		// A crash now: the journal must read back cleanly, with no damage in the middle.
		await db.crashCopy();
		const again = await db.open();
		expect(texts(again)).toEqual(["saved", "after"]);
	});

	it("drops a damaged last line too (power loss leaves garbage), but never a damaged middle line", async () => {
		const g = await db.snapshotWith([]);
		const good = journalText(g, [ask("a"), ask("b")]);
		await writeFile(
			db.journal(g),
			Buffer.concat([good, Buffer.from("\0\0\0\0\0\0\0\0")]),
		);
		expect(texts(await db.open())).toEqual(["a", "b"]);
		await db.closeAll();
	});

	it("refuses a damaged line in the middle, naming it, and changes no file", async () => {
		const g = await db.snapshotWith(["first"]);
		const good = journalText(g, [ask("a"), ask("b"), ask("c")]).toString(
			"utf8",
		);
		// One digit flipped inside the second commit: still valid JSON, wrong checksum.
		const damaged = good.replace('"text":"b"', '"text":"B"');
		await writeFile(db.journal(g), damaged);
		const snapshotBefore = await readFile(db.file, "utf8");
		const error = await openJsonStore(db.file).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(StorageError);
		expect((error as Error).message).toMatch(
			new RegExp(`${db.journal(g)} is damaged at line 3.*Nothing was changed`),
		);
		expect(await readFile(db.journal(g), "utf8")).toBe(damaged);
		expect(await readFile(db.file, "utf8")).toBe(snapshotBefore);
		await expect(stat(`${db.file}.lock`)).rejects.toThrow();
	});

	it("refuses a journal of a newer format or schema, and one that does not belong to the snapshot", async () => {
		const g = await db.snapshotWith([]);
		const newer = Buffer.from(
			headerLine({ generation: g, schemaVersion: SCHEMA_VERSION + 1 }),
		);
		await writeFile(db.journal(g), newer);
		// A header alone with a newer schema: the journal is refused even without changes.
		await appendFile(db.journal(g), commitLine(1, [JSON.stringify(ask("x"))]));
		await expect(openJsonStore(db.file)).rejects.toThrow(
			/newer version of the bot.*upgrade the bot/s,
		);
		const format = headerLine({
			generation: g,
			schemaVersion: SCHEMA_VERSION,
		})
			.toString()
			.replace('{"journal":1', '{"journal":9');
		await writeFile(
			db.journal(g),
			sealLine(format.slice(0, format.indexOf(',"crc"'))),
		);
		await expect(openJsonStore(db.file)).rejects.toThrow(/journal format 9/);
		// A backup copied over the snapshot while the journal of the old one remained.
		await writeFile(db.journal(g), journalText(g, [ask("x")]));
		const restored = JSON.stringify({ schemaVersion: SCHEMA_VERSION });
		await writeFile(db.file, restored);
		await expect(openJsonStore(db.file)).rejects.toThrow(
			/does not name a journal.*move the journal files away/s,
		);
		expect(await readFile(db.file, "utf8")).toBe(restored);
	});

	it("refuses a snapshot of a newer schema with its journal, changing neither", async () => {
		const newer = JSON.stringify({
			$journal: { generation: 2 },
			schemaVersion: SCHEMA_VERSION + 1,
		});
		await writeFile(db.file, newer);
		const journalBytes = Buffer.concat([
			headerLine({ generation: 2, schemaVersion: SCHEMA_VERSION + 1 }),
			commitLine(1, [JSON.stringify(ask("x"))]),
		]);
		await writeFile(db.journal(2), journalBytes);
		await expect(openJsonStore(db.file)).rejects.toThrow(
			/newer version of the bot/,
		);
		expect(await readFile(db.file, "utf8")).toBe(newer);
		expect(await readFile(db.journal(2))).toEqual(journalBytes);
	});

	it("refuses a missing journal between two others", async () => {
		const g = await db.snapshotWith([]);
		await writeFile(db.journal(g), journalText(g, [ask("a")]));
		await writeFile(db.journal(g + 2), journalText(g + 2, [ask("c")]));
		await expect(openJsonStore(db.file)).rejects.toThrow(
			new RegExp(`needs journal ${g + 1} before`),
		);
	});

	it("compacts a large journal in the background: next generation, snapshot, old journal deleted", async () => {
		const steps: string[] = [];
		const store = await db.open({
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
				expect((await db.snapshot()).$journal.generation).toBe(
					store.generation,
				),
			{ timeout: 10_000 },
		);
		const onDisk = await db.snapshot();
		const journals = (await readdir(db.dir)).filter((n) =>
			n.includes(".journal-"),
		);
		expect(
			journals.every(
				(n) => Number(n.split("-").at(-1)) >= onDisk.$journal.generation,
			),
		).toBe(true);
		expect(onDisk.unanswered.length).toBeGreaterThan(0);
		expect(onDisk.unanswered.length).toBeLessThanOrEqual(40);
		await db.closeAll();
		const again = await db.open();
		expect(texts(again)).toEqual(Array.from({ length: 40 }, (_, i) => `q${i}`));
	});
});
