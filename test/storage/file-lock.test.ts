import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { acquireLock } from "../../src/storage/file-lock.js";
import { StorageError } from "../../src/storage/storage-error.js";
import {
	deadPid,
	type Holder,
	holderScript,
	killChildren,
	startHolder,
	stateOf,
	track,
} from "../helpers/lock-children.js";

const linux = process.platform === "linux";

let dir: string;
let file: string;
beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), "onex-lock-"));
	file = join(dir, "db.json");
});
afterEach(async () => {
	await rm(dir, { recursive: true, force: true });
});
afterAll(killChildren);

async function takeAndRelease(): Promise<void> {
	const release = await acquireLock(file);
	expect(JSON.parse(await readFile(`${file}.lock`, "utf8")).pid).toBe(
		process.pid,
	);
	await release();
	expect((await readdir(dir)).filter((n) => n.includes(".lock"))).toEqual([]);
}

describe("the database lock", () => {
	it("is refused while another process holds it, and taken over at once after kill -9", async () => {
		const holder = await startHolder(file);
		holder.child.stdin?.write(`acquire ${Date.now()}\n`);
		expect(await holder.next()).toBe("got");
		const refused = await acquireLock(file).catch((e: unknown) => e);
		expect(refused).toBeInstanceOf(StorageError);
		expect((refused as Error).message).toContain(
			`in use by another running bot (process ${holder.child.pid}`,
		);
		const exited = new Promise((r) => holder.child.once("exit", r));
		holder.child.kill("SIGKILL");
		await exited;
		await takeAndRelease();
	}, 60_000);

	it.runIf(linux)(
		"takes over from a holder killed a moment ago that is still a zombie",
		async () => {
			// The shell becomes `sleep`, which never reaps its child: the killed holder stays a zombie.
			const holder = (await startHolder(
				file,
				`"${process.execPath}" --import tsx "${holderScript}" "${file}" --take & echo $!; exec sleep 50`,
			)) as Holder & { pid: number };
			expect(await holder.next()).toBe("got");
			process.kill(holder.pid, "SIGKILL");
			for (let i = 0; i < 200 && stateOf(holder.pid) !== "Z"; i++)
				await new Promise((r) => setTimeout(r, 10));
			expect(stateOf(holder.pid)).toBe("Z");
			await takeAndRelease();
			holder.child.kill("SIGKILL");
		},
		60_000,
	);

	it.runIf(linux)(
		"takes over when the PID now belongs to a process that started at another time, or to another boot",
		async () => {
			const other = spawn("sleep", ["50"]);
			track(other);
			const pid = other.pid as number;
			for (let i = 0; i < 100 && !stateOf(pid); i++)
				await new Promise((r) => setTimeout(r, 10));
			const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
			const start = stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
			const boot = readFileSync(
				"/proc/sys/kernel/random/boot_id",
				"utf8",
			).trim();
			const lock = `${file}.lock`;
			// Its real identity: a running holder.
			await writeFile(
				lock,
				JSON.stringify({ pid, start, boot, nonce: "a1b2c3d4" }),
			);
			await expect(acquireLock(file)).rejects.toThrow(`process ${pid}`);
			// Same PID, other start time: the holder died and the PID was reused.
			await writeFile(
				lock,
				JSON.stringify({ pid, start: `${start}1`, boot, nonce: "a1b2c3d5" }),
			);
			await takeAndRelease();
			// Same PID and start, but written before a reboot.
			await writeFile(
				lock,
				JSON.stringify({
					pid,
					start,
					boot: "00000000-0000-0000-0000-000000000000",
				}),
			);
			await takeAndRelease();
			other.kill("SIGKILL");
		},
		60_000,
	);

	it("takes over locks in the format of older versions (a bare PID) and unreadable ones", async () => {
		await writeFile(`${file}.lock`, String(deadPid()));
		await takeAndRelease();
		await writeFile(`${file}.lock`, "\0\0\0");
		await takeAndRelease();
		await writeFile(`${file}.lock`, String(process.ppid));
		await expect(acquireLock(file)).rejects.toThrow(`process ${process.ppid}`);
	}, 30_000);

	it("is given to exactly one of six processes starting at once, also when taking over a stale lock", async () => {
		const holders = await Promise.all(
			Array.from({ length: 6 }, () => startHolder(file)),
		);
		const stale = [
			// No lock at all, a dead holder, an older version's dead holder, a takeover claim
			// left by a process that died while taking over.
			async () => {},
			async () =>
				writeFile(
					`${file}.lock`,
					JSON.stringify({ pid: deadPid(), nonce: "0badc0de" }),
				),
			async () => writeFile(`${file}.lock`, String(deadPid())),
			async () => {
				await writeFile(
					`${file}.lock`,
					JSON.stringify({ pid: deadPid(), nonce: "feedf00d" }),
				);
				await writeFile(
					`${file}.lock.takeover-feedf00d`,
					JSON.stringify({ pid: deadPid(), nonce: "deadbeef" }),
				);
			},
		];
		for (const [round, prepare] of [...stale, ...stale].entries()) {
			await prepare();
			const at = Date.now() + 300;
			for (const h of holders) h.child.stdin?.write(`acquire ${at}\n`);
			const answers = await Promise.all(holders.map((h) => h.next()));
			const winners = holders.filter((_, i) => answers[i] === "got");
			expect(winners, `round ${round}: ${answers.join(" | ")}`).toHaveLength(1);
			for (const a of answers.filter((x) => x !== "got"))
				expect(a).toMatch(/^refused .*in use by another running bot/);
			const winner = winners[0] as Holder;
			expect(JSON.parse(await readFile(`${file}.lock`, "utf8")).pid).toBe(
				winner.child.pid,
			);
			winner.child.stdin?.write("release\n");
			expect(await winner.next()).toBe("released");
			expect((await readdir(dir)).filter((n) => n.includes(".lock"))).toEqual(
				[],
			);
		}
		for (const h of holders) h.child.stdin?.end();
	}, 120_000);
});
