import { afterAll, describe, expect, it } from "vitest";
import type { OutboxStatus } from "../../src/features/reminders/data.js";
import type { ClaimRequest } from "../../src/features/reminders/outbox-repository.js";
import { emptyDb } from "../../src/storage/db.js";
import { lowdbRepositories } from "../../src/storage/lowdb/repositories.js";
import { documentCopiers } from "../../src/storage/postgres/copy-document.js";
import { postgresRepositories } from "../../src/storage/postgres/repositories.js";
import { memoryStore } from "../../src/storage/store.js";
import { simulationSubscriptions } from "../helpers/reminder-harness.js";
import { migratedDatabase } from "../helpers/reminder-stores.js";

const NOW = new Date("2027-03-08T00:00:00.000Z");
const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
	for (const c of cleanup) await c();
});

const claim = (key: string, chatKey: string, round: string): ClaimRequest => ({
	key,
	chatKey,
	slot: "2027-03-08T00:00:00.000Z",
	late: key.endsWith("late"),
	round,
	roundEnds: round.includes("e1")
		? "2027-04-11T16:00:00.000Z"
		: "2027-07-18T16:00:00.000Z",
});

/** A document the bot could have written: every part of the exams and reminders sections. */
async function writtenDocument() {
	const store = memoryStore(emptyDb());
	const repos = lowdbRepositories(store);
	const source = { title: "教务处通知", trust: "medium" as const };
	const add = (exam: string, site?: string) =>
		repos.examRounds.add(
			{
				certificateId: "c1",
				levels: ["中级"],
				dates: { register: "2027-02-01", exam },
				...(site ? { site } : {}),
				source,
				addedBy: "console:admin",
				addedAt: "2026-11-28T02:00:00.000Z",
			},
			new Set(),
		);
	await add("2027-03-15", "本校");
	await add("2027-04-15");
	await add("2027-05-15");
	await repos.examRounds.remove("r2");
	for (const s of simulationSubscriptions("2026-11-28T00:00:00.000Z"))
		await repos.reminderSubscriptions.subscribe(s);
	await repos.reminderSubscriptions.setPracticeOptOut("telegram:900", true);
	await repos.reminderSubscriptions.setPracticeOptOut("discord:902", true);
	const outbox = repos.reminderOutbox;
	const e1 = "exam:e1:2027-03-20";
	const e2 = "exam:e2:2027-06-26";
	await outbox.claim(
		[
			claim("sent-late", "telegram:-100", e2),
			claim("retry", "telegram:200", e2),
			claim("blocked", "telegram:5", e2),
			claim("sending", "telegram:6", e2),
			claim("old", "telegram:7", e1),
		],
		NOW,
		3,
	);
	await outbox.settle(
		[
			{ key: "sent-late", chatKey: "telegram:-100", result: { ok: true } },
			{
				key: "retry",
				chatKey: "telegram:200",
				result: { ok: false, reason: "retry", detail: "429" },
			},
			{
				key: "blocked",
				chatKey: "telegram:5",
				result: { ok: false, reason: "blocked", detail: "bot was blocked" },
			},
		],
		NOW,
		3,
	);
	await outbox.prune({
		through: new Date("2027-06-01T00:00:00.000Z"),
		cutoff: new Date("2027-05-01T00:00:00.000Z"),
		keepClosed: 100,
	});
	return { doc: store.data, repos };
}

describe("copying the exams and reminders of a lowdb document into PostgreSQL", () => {
	it("copies every row, counts them, and reads back the same through the PostgreSQL repositories", async () => {
		const { doc, repos: before } = await writtenDocument();
		const { db, close } = await migratedDatabase();
		cleanup.push(close);
		await db.transaction(async (sql) => {
			for (const copier of documentCopiers) await copier.copy(doc, sql);
		});
		for (const copier of documentCopiers)
			expect(await copier.count(db), copier.feature).toEqual(
				copier.expected(doc),
			);
		const reminderCounts = documentCopiers
			.find((c) => c.feature === "reminders")
			?.expected(doc);
		expect(reminderCounts).toMatchObject({
			reminder_subscriptions: 4,
			reminder_paused_chats: 1,
			reminder_practice_opt_outs: 2,
			reminder_outbox: 4,
			reminder_closed_rounds: 1,
			reminder_prune_state: 1,
		});

		const after = postgresRepositories(db);
		expect(await after.examRounds.all()).toEqual(await before.examRounds.all());
		const [a, b] = [after.reminderSubscriptions, before.reminderSubscriptions];
		expect(await a.allSubscriptions()).toEqual(await b.allSubscriptions());
		expect(await a.pausedChats()).toEqual(await b.pausedChats());
		expect(await a.practiceOptOuts()).toEqual(await b.practiceOptOuts());
		const keys = ["sent-late", "retry", "blocked", "sending", "old"];
		expect(await after.reminderOutbox.states(keys)).toEqual(
			await before.reminderOutbox.states(keys),
		);
		const statuses: OutboxStatus[] = ["sent", "retry", "failed", "sending"];
		expect(await after.reminderOutbox.countByStatus(statuses)).toEqual(
			await before.reminderOutbox.countByStatus(statuses),
		);
		expect(await after.reminderOutbox.prunedThrough()).toBe(
			"2027-06-01T00:00:00.000Z",
		);
		const rounds = ["exam:e1:2027-03-20", "exam:e2:2027-06-26"];
		expect(await after.reminderOutbox.closedAmong(rounds)).toEqual(
			new Set(["exam:e1:2027-03-20"]),
		);
		// The id counter came along: the next round is r4, never a reused r2.
		const next = await after.examRounds.add(
			{
				certificateId: "c2",
				levels: [],
				dates: { exam: "2027-09-01" },
				source: { title: "通知", trust: "low" },
				addedBy: "console:admin",
				addedAt: "2026-12-01T00:00:00.000Z",
			},
			new Set(),
		);
		expect(next).toMatchObject({ added: { id: "r4" } });
	});
});
