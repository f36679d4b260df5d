import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createServices } from "../../src/create-services.js";
import { emptyReminderData } from "../../src/features/reminders/data.js";
import { createOutbox } from "../../src/features/reminders/outbox.js";
import type { Occurrence } from "../../src/features/reminders/planner.js";
import { SCHEMA_VERSION } from "../../src/storage/db.js";
import { lowdbLayerSnapshot } from "../../src/storage/lowdb/knowledge-layer-repository.js";
import { lowdbOutboxRepository } from "../../src/storage/lowdb/outbox-repository.js";
import { lowdbRepositories } from "../../src/storage/lowdb/repositories.js";
import {
	type JsonStore,
	openJsonStore,
} from "../../src/storage/open-json-store.js";
import { StorageError } from "../../src/storage/storage-error.js";
import { FixedClock } from "../helpers/fixed-clock.js";
import { MemoryLogger } from "../helpers/memory-logger.js";
import { shippedKnowledge } from "../helpers/test-client.js";

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

	it("upgrades a schema-1 file to the current schema, keeping a copy of the original", async () => {
		const original = JSON.stringify({
			schemaVersion: 1,
			unanswered: [{ at: "2026-11-28T00:00:00Z", userKey: "u", text: "问" }],
			training: { roles: { "telegram:1": "teacher" } },
		});
		await writeFile(file, original);
		const store = await openStore();
		expect(store.data.schemaVersion).toBe(SCHEMA_VERSION);
		expect(store.data.unanswered).toHaveLength(1);
		expect(store.data.guesses).toEqual([]);
		expect(store.data.feedback).toEqual([]);
		expect(store.data.invites.events).toEqual([]);
		await store.close();
		expect(await readFile(`${file}.schema-1.bak`, "utf8")).toBe(original);
		const written = JSON.parse(await readFile(file, "utf8"));
		expect(written.schemaVersion).toBe(2);
		expect(Object.keys(written)).toEqual(
			expect.arrayContaining([
				"guesses",
				"feedback",
				"knowledgeLayer",
				"invites",
			]),
		);
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

	it("refuses a section of the wrong type, naming the path and the backups", async () => {
		await expectRefused(
			JSON.stringify({ schemaVersion: 1, training: { records: "x" } }),
			/training\.records: expected array, got string.*backups folder/s,
		);
	});

	it("refuses a record missing a required field, naming the record and the field", async () => {
		const records = [
			{
				id: "1",
				owner: "telegram:1",
				createdAt: "2026-11-28T00:00:00.000Z",
				kind: "training",
				date: "2026-11-27",
				hours: 2,
				title: "课程",
			},
			{
				id: "2",
				owner: "telegram:1",
				createdAt: "2026-11-28T00:00:00.000Z",
				kind: "training",
				date: "2026-11-27",
				title: "课程",
			},
		];
		await expectRefused(
			JSON.stringify({ schemaVersion: 1, training: { records } }),
			/training\.records\[1\]\.hours: missing \(expected number\)/,
		);
	});

	it("names the right records in a long list, checked a part at a time", async () => {
		const records = Array.from({ length: 12_000 }, (_, i) => ({
			id: String(i + 1),
			owner: "telegram:1",
			createdAt: "2026-11-28T00:00:00.000Z",
			kind: "training",
			date: "2026-11-27",
			hours: 2,
			title: "课程",
		}));
		delete (records[7001] as { hours?: number }).hours;
		(records[11_000] as { kind: string }).kind = "course";
		await expectRefused(
			JSON.stringify({ schemaVersion: 1, training: { records } }),
			/training\.records\[7001\]\.hours: missing \(expected number\)\n\s+training\.records\[11000\]\.kind: expected one of/,
		);
	});

	it("refuses an unknown field, a wrong enum value and a wrong kind of record, listing each", async () => {
		const db = {
			schemaVersion: 1,
			unanswered: [{ at: "x", userKey: "u", text: "t", extra: 1 }],
			training: {
				roles: { "telegram:1": "admin" },
				records: [{ id: "1", owner: "o", createdAt: "x", kind: "course" }],
			},
			reminders: { outbox: { k: { status: "lost" } } },
		};
		await expectRefused(
			JSON.stringify(db),
			/unanswered\[0\]\.extra: unknown field.*training\.roles\.telegram:1: expected one of "teacher".*training\.records\[0\]\.kind: expected one of "training", "practice".*reminders\.outbox\.k\.chatKey: missing/s,
		);
	});

	it("reopens a file the bot wrote with teachers' records, audit, exam rounds, subscriptions and outbox", async () => {
		const clock = new FixedClock();
		const knowledge = await shippedKnowledge();
		const store = await openStore();
		const services = createServices(lowdbRepositories(store), knowledge, {
			knowledgeLayer: lowdbLayerSnapshot(store.data),
			adminIds: ["console:admin"],
			teacherInviteCode: "JOIN",
			zone: "Asia/Shanghai",
			reminderTime: "08:00",
			groupSubscribeRole: "admin",
			clock,
		});
		const at = { now: clock.now(), today: "2026-11-28" };
		const admin = { key: "console:admin", role: "admin" as const };
		const t1 = { key: "telegram:1", role: "teacher" as const, name: "张老师" };
		const t2 = { key: "discord:2", role: "student" as const };
		const { training, reminders, exams, unanswered } = services;
		await training.grant({ actor: admin, ...at }, t1.key);
		await training.join({ actor: t2, ...at }, "JOIN");
		await training.updateProfile(
			{ actor: t1, ...at },
			{
				department: "机电工程系",
				periodStart: "2024-09-01",
				professional: true,
			},
		);
		const hours = await training.logTraining(
			{ actor: t1, ...at },
			{ hours: 4, title: "师资培训", date: "2026-11-20" },
		);
		const practice = await training.logPractice(
			{ actor: t1, ...at },
			{
				start: "2026-07-01",
				end: "2026-07-31",
				enterprise: "某制造公司",
				note: "暑期",
			},
		);
		const unnoted = await training.logPractice(
			{ actor: t1, ...at },
			{ start: "2026-08-01", end: "2026-08-10", enterprise: "某软件公司" },
		);
		await training.edit(
			{ actor: admin, ...at },
			hours.record.id,
			"hours",
			"6",
			"核对",
		);
		await training.edit(
			{ actor: t1, ...at },
			practice.record.id,
			"note",
			"寒假",
			undefined,
		);
		await training.remove({ actor: t1, ...at }, practice.record.id, undefined);
		// An audit change whose "from" was absent (undefined is not saved in JSON).
		await training.edit(
			{ actor: t1, ...at },
			unnoted.record.id,
			"note",
			"补记",
			undefined,
		);
		await training.revoke({ actor: admin, ...at }, "discord:2");
		await unanswered.record({ actor: t1, ...at }, { text: "问" });
		const certificateId = knowledge.certificates[0]?.id ?? "c001";
		await exams.add(
			{ actor: admin, ...at },
			{
				certificateId,
				levels: ["中级"],
				dates: { register: "2027-02-01", exam: "2027-03-15" },
				site: "本校",
				source: { title: "教务处通知", trust: "medium", note: "管理员录入" },
			},
		);
		await reminders.subscribe(
			{ actor: t1, now: clock.now(), today: at.today },
			{ chatKey: "telegram:-100", certificateId, locale: "zh-CN" },
		);
		await reminders.setPracticeReminders({ actor: t1, ...at }, false);
		const outbox = createOutbox(lowdbOutboxRepository(store));
		const occurrence = (key: string, chatKey: string, late = false) =>
			({
				key,
				chatKey,
				locale: "zh-CN",
				kind: "exam",
				slot: "2026-11-28T00:00:00.000Z",
				late,
				round: "exam:r1:2027-03-15",
				roundEnds: "2027-03-14T16:00:00.000Z",
			}) as Occurrence;
		const sent = occurrence("a", "telegram:-100", true);
		const retried = occurrence("b", "telegram:-100");
		const blocked = occurrence("c", "telegram:5");
		for (const o of [sent, retried, blocked, occurrence("d", "telegram:6")])
			await outbox.claim([o], clock.now());
		await outbox.settle(
			[
				{ key: "a", chatKey: sent.chatKey, result: { ok: true } },
				{
					key: "b",
					chatKey: retried.chatKey,
					result: { ok: false, reason: "retry" },
				},
				{
					key: "c",
					chatKey: blocked.chatKey,
					result: { ok: false, reason: "blocked", detail: "bot was blocked" },
				},
			],
			clock.now(),
		);
		await outbox.recoverInterrupted(clock.now());
		await store.close();
		open.splice(open.indexOf(store), 1);

		// Closing wrote one complete snapshot, marked with its journal generation.
		const { $journal, ...written } = JSON.parse(await readFile(file, "utf8"));
		expect($journal.generation).toBeGreaterThan(1);
		const again = await openStore();
		expect(JSON.parse(JSON.stringify(again.data))).toEqual(written);
		expect(again.data.training.records).toHaveLength(2);
		expect(again.data.training.audit.map((a) => a.action)).toEqual(
			expect.arrayContaining([
				"grant",
				"join",
				"profile",
				"edit",
				"delete",
				"revoke",
			]),
		);
		expect(
			Object.values(again.data.reminders.outbox)
				.map((r) => r.status)
				.sort(),
		).toEqual(["failed", "retry", "sent", "uncertain"]);
		expect(again.data.reminders.pausedChats["telegram:5"]?.reason).toBe(
			"blocked",
		);
		expect(again.data.reminders.rounds).toHaveLength(1);
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
		expect(JSON.parse(await readFile(`${file}.lock`, "utf8")).pid).toBe(
			process.pid,
		);
		await store.close();
		await expect(stat(`${file}.lock`)).rejects.toThrow();
	});
});
