import * as fs from "node:fs/promises";
import { mkdtemp, readFile, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { backupDatabase } from "../../src/storage/backup.js";
import { openJsonStore } from "../../src/storage/open-json-store.js";
import {
	describeCause,
	StorageError,
} from "../../src/storage/storage-error.js";
import { MemoryLogger } from "../helpers/memory-logger.js";

// The file system is the process edge: start-up errors are injected where the lock is written.
vi.mock("node:fs/promises", async (importOriginal) => {
	const real = await importOriginal<typeof import("node:fs/promises")>();
	return {
		...real,
		writeFile: vi.fn(real.writeFile),
		link: vi.fn(real.link),
	};
});

function systemError(code: string, path: string): NodeJS.ErrnoException {
	return Object.assign(new Error(`${code}: failed, open '${path}'`), {
		code,
		errno: -1,
		syscall: "open",
		path,
	});
}

let dir: string;
let file: string;
beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), "onex-causes-"));
	file = join(dir, "db.json");
});
afterEach(async () => {
	vi.mocked(fs.writeFile).mockReset();
	vi.mocked(fs.link).mockReset();
	await rm(dir, { recursive: true, force: true });
});

describe("storage errors name their cause", () => {
	it.each([
		["ENOSPC", "the disk is full"],
		["EACCES", "permission denied"],
		["EROFS", "the file system is read-only"],
	])(
		"at start-up: the lock file cannot be created because of %s",
		async (code, meaning) => {
			const real = (
				await vi.importActual<typeof import("node:fs/promises")>(
					"node:fs/promises",
				)
			).writeFile;
			vi.mocked(fs.writeFile).mockImplementation(async (path, ...rest) => {
				if (String(path).includes(".lock"))
					throw systemError(code, String(path));
				return real(path, ...rest);
			});
			const error = await openJsonStore(file).catch((e: unknown) => e);
			expect(error).toBeInstanceOf(StorageError);
			expect((error as StorageError).code).toBe(code);
			expect((error as Error).message).toContain(
				`cannot create the lock file ${file}.lock: ${code} — ${meaning}`,
			);
		},
	);

	it("takes the lock on a file system without hard links, creating it with O_EXCL", async () => {
		const real = (
			await vi.importActual<typeof import("node:fs/promises")>(
				"node:fs/promises",
			)
		).link;
		vi.mocked(fs.link).mockImplementation(async (from) => {
			throw systemError("EPERM", String(from));
		});
		const store = await openJsonStore(file);
		const lock = JSON.parse(await readFile(`${file}.lock`, "utf8"));
		expect(lock.pid).toBe(process.pid);
		await expect(openJsonStore(file)).rejects.toThrow(/already open/);
		await store.close();
		vi.mocked(fs.link).mockImplementation(real);
	});

	it("in the log line of a failed write, with a real ENOSPC from a full device", async () => {
		const logger = new MemoryLogger();
		const store = await openJsonStore(file, { logger });
		try {
			await store.update((d) => {
				d.unanswered.push({
					at: "2026-11-28T02:00:00Z",
					userKey: "console:a",
					text: "saved",
				});
			});
			// The next write's temp file is /dev/full: the kernel answers ENOSPC.
			await symlink("/dev/full", join(dir, ".db.json.tmp"));
			const error = await store
				.update((d) => {
					d.unanswered.push({
						at: "2026-11-28T02:01:00Z",
						userKey: "console:a",
						text: "lost",
					});
				})
				.catch((e: unknown) => e);
			expect((error as Error).message).toBe(
				`could not write ${file}: ENOSPC — the disk is full`,
			);
			const line = logger.lines.find((l) => l.level === "error");
			expect(line).toMatchObject({
				message: "database write failed; the change was not saved",
				data: {
					file,
					cause: "ENOSPC",
					error: `could not write ${file}: ENOSPC — the disk is full`,
				},
			});
			const onDisk = JSON.parse(await readFile(file, "utf8"));
			expect(onDisk.unanswered.map((q: { text: string }) => q.text)).toEqual([
				"saved",
			]);
		} finally {
			await rm(join(dir, ".db.json.tmp"), { force: true });
			await store.close();
		}
	});

	it("in a failed backup, where the backups folder cannot be made", async () => {
		await fs.writeFile(file, "{}");
		const blocker = join(dir, "not-a-folder");
		await fs.writeFile(blocker, "");
		const error = await backupDatabase(file, {
			date: "2026-11-28",
			keep: 3,
			dir: join(blocker, "backups"),
		}).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(StorageError);
		expect((error as Error).message).toMatch(
			/^could not back up .*: ENOTDIR — a part of the path is a file, not a folder$/,
		);
	});

	it("describes unknown codes by the code alone, and errors without one not at all", () => {
		expect(describeCause(systemError("EXDEV", "/x"))).toBe("EXDEV");
		expect(
			describeCause(new Error("x", { cause: systemError("EROFS", "/y") })),
		).toBe("EROFS — the file system is read-only");
		expect(describeCause(new SyntaxError("Unexpected token"))).toBeUndefined();
		expect(new StorageError("/db.json", "cannot read /db.json").message).toBe(
			"cannot read /db.json",
		);
	});
});
