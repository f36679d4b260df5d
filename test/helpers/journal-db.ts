import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach } from "vitest";
import { SCHEMA_VERSION } from "../../src/storage/db.js";
import type { DocChange } from "../../src/storage/document-change.js";
import { commitLine, headerLine } from "../../src/storage/journal-format.js";
import {
	type JsonStore,
	type JsonStoreOptions,
	openJsonStore,
} from "../../src/storage/open-json-store.js";

/** An unanswered question pushed: the smallest real change. */
export const ask = (text: string): DocChange[] => [
	{
		op: "push",
		path: ["unanswered"],
		value: { at: "2026-11-28T00:00:00Z", userKey: "u", text },
	},
];
export const texts = (s: JsonStore) => s.data.unanswered.map((q) => q.text);

/** A journal as the store writes it, for states a crash leaves behind. */
export function journalText(
	generation: number,
	commits: DocChange[][],
): Buffer {
	return Buffer.concat([
		headerLine({ generation, schemaVersion: SCHEMA_VERSION }),
		...commits.map((c, i) => commitLine(i + 1, [JSON.stringify(c)])),
	]);
}

/**
 * A database file in a fresh temp folder per test, with the stores opened on it closed after
 * each test.
 */
export function tempDatabase() {
	const open: JsonStore[] = [];
	const db = {
		dir: "",
		file: "",
		async open(options: JsonStoreOptions = {}) {
			const store = await openJsonStore(db.file, options);
			open.push(store);
			return store;
		},
		async closeAll() {
			for (const s of open.splice(0)) await s.close();
		},
		journal: (g: number) => `${db.file}.journal-${g}`,
		snapshot: async () => JSON.parse(await readFile(db.file, "utf8")),
		/** The files as a crash right now would leave them (the store stays open): reopen from there. */
		async crashCopy(): Promise<void> {
			const copy = await mkdtemp(join(db.dir, "crash-"));
			for (const name of await readdir(db.dir))
				if (name.startsWith("db.json") && !name.endsWith(".lock"))
					await writeFile(join(copy, name), await readFile(join(db.dir, name)));
			db.file = join(copy, "db.json");
		},
		/** A fresh database closed cleanly, holding `items`; its snapshot's generation. */
		async snapshotWith(items: string[]): Promise<number> {
			const store = await db.open();
			for (const t of items) await store.apply(ask(t));
			await db.closeAll();
			return (await db.snapshot()).$journal.generation;
		},
	};
	beforeEach(async () => {
		db.dir = await mkdtemp(join(tmpdir(), "onex-journal-"));
		db.file = join(db.dir, "db.json");
	});
	afterEach(async () => {
		await db.closeAll();
		await rm(db.dir, { recursive: true, force: true });
	});
	return db;
}
