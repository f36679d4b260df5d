import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { DocChange } from "../../src/storage/document-change.js";
import { openJsonStore } from "../../src/storage/open-json-store.js";
import { StorageError } from "../../src/storage/storage-error.js";
import { MemoryLogger } from "../helpers/memory-logger.js";

/**
 * The disk fills up under the journal: the next `write` to a journal file puts half its bytes
 * on disk and then fails with ENOSPC, as the kernel does on a full device; `datasync` can fail
 * with EIO. The file system is the process edge, so the fault is injected there.
 */
/** How many of the next calls fail. */
const faults = { write: 0, sync: 0, truncate: 0 };
vi.mock("node:fs/promises", async (importOriginal) => {
	const real = await importOriginal<typeof import("node:fs/promises")>();
	const open = async (...args: Parameters<typeof real.open>) => {
		const handle = await real.open(...args);
		if (!String(args[0]).includes(".journal-")) return handle;
		const fail = (code: string) =>
			Object.assign(new Error(`${code}: injected`), { code, errno: -28 });
		return new Proxy(handle, {
			get(target, key) {
				if (key === "write" && faults.write > 0)
					return async (buffer: Buffer, offset: number, length: number) => {
						faults.write--;
						await target.write(buffer, offset, Math.floor(length / 2));
						throw fail("ENOSPC");
					};
				if (key === "datasync" && faults.sync > 0)
					return async () => {
						faults.sync--;
						throw fail("EIO");
					};
				if (key === "truncate" && faults.truncate > 0)
					return async () => {
						faults.truncate--;
						throw fail("EIO");
					};
				const value = Reflect.get(target, key);
				return typeof value === "function" ? value.bind(target) : value;
			},
		});
	};
	return { ...real, open };
});

let dir: string;
let file: string;
beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), "onex-faults-"));
	file = join(dir, "db.json");
});
afterEach(async () => {
	Object.assign(faults, { write: 0, sync: 0, truncate: 0 });
	await rm(dir, { recursive: true, force: true });
});

const ask = (text: string): DocChange[] => [
	{
		op: "push",
		path: ["unanswered"],
		value: { at: "2026-11-28T00:00:00Z", userKey: "u", text },
	},
];

describe("a failed append", () => {
	it.each([
		["a full disk (half the line written)", "write", "ENOSPC"],
		["a failed fsync", "sync", "EIO"],
	] as const)(
		"on %s rejects that apply and all queued with it, undoes them in memory and cuts the journal back",
		async (_, fault, code) => {
			const logger = new MemoryLogger();
			const store = await openJsonStore(file, { logger });
			await store.apply(ask("saved"));
			const journal = `${file}.journal-${store.generation}`;
			const good = await readFile(journal);
			// One in flight, two queued behind it (same tick), and a nested change on top.
			faults[fault] = 1;
			const failed = [
				store.apply(ask("lost 1")),
				store.apply(ask("lost 2")),
				store.apply([
					{ op: "set", path: ["training", "nextId"], value: 99 },
					{ op: "delete", path: ["unanswered", 0, "userKey"] },
				]),
			];
			expect(store.data.training.nextId).toBe(99);
			for (const p of failed) {
				const error = await p.catch((e: unknown) => e);
				expect(error).toBeInstanceOf(StorageError);
				expect((error as StorageError).code).toBe(code);
			}
			expect(store.data.unanswered).toEqual([
				{ at: "2026-11-28T00:00:00Z", userKey: "u", text: "saved" },
			]);
			expect(store.data.training.nextId).toBe(1);
			expect(await readFile(journal)).toEqual(good);
			expect(logger.lines.find((l) => l.level === "error")).toMatchObject({
				message: "database write failed; the change was not saved",
				data: { cause: code },
			});
			expect(faults[fault]).toBe(0);
			await store.apply(ask("after"));
			await store.close();
			const again = await openJsonStore(file);
			expect(again.data.unanswered.map((q) => q.text)).toEqual([
				"saved",
				"after",
			]);
			await again.close();
		},
	);

	it("stops writes when the half line cannot be cut off, and loses nothing acknowledged", async () => {
		const store = await openJsonStore(file);
		await store.apply(ask("saved"));
		Object.assign(faults, { write: 1, truncate: 1 });
		await expect(store.apply(ask("lost"))).rejects.toBeInstanceOf(StorageError);
		await expect(store.apply(ask("refused"))).rejects.toThrow(
			/writes to .* are stopped.*Restart the bot/,
		);
		expect(store.data.unanswered.map((q) => q.text)).toEqual(["saved"]);
		await store.close();
		// The half line is the torn end of the journal: dropped on the next start.
		const again = await openJsonStore(file);
		expect(again.data.unanswered.map((q) => q.text)).toEqual(["saved"]);
		await again.close();
	});
});
