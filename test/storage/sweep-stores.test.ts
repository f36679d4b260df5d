import { afterEach, describe, expect, it } from "vitest";
import { RecordingNotifier } from "../helpers/recording-notifier.js";
import {
	type ReminderStores,
	yearSweeper,
} from "../helpers/reminder-fixtures.js";
import { simulationSubscriptions } from "../helpers/reminder-harness.js";
import {
	postgresStore,
	type ReminderStoreUnderTest,
	reminderStores,
} from "../helpers/reminder-stores.js";

const AT = new Date("2027-03-08T00:00:00Z"); // registration for e1 closes in 7 days
const KEY = (chat: string) => `exam:e1:register:2027-03-15:7:${chat}`;

describe.each(reminderStores)("the sweep on %s", (_, open) => {
	let store: ReminderStoreUnderTest;
	afterEach(async () => {
		await store?.close();
	});
	async function setup() {
		store = await open();
		const toStores = (r: ReminderStoreUnderTest["repos"]): ReminderStores => ({
			subscriptions: r.reminderSubscriptions,
			outbox: r.reminderOutbox,
		});
		const repos = toStores(store.repos);
		for (const s of simulationSubscriptions("2026-11-28T00:00:00.000Z"))
			await repos.subscriptions.subscribe(s);
		const telegram = new RecordingNotifier("telegram", { now: () => AT });
		return {
			repos,
			telegram,
			make: () => yearSweeper(repos, [telegram]),
			makeOther: async () =>
				yearSweeper(toStores(await store.another()), [telegram]),
		};
	}

	it("never double-sends when two sweepers overlap", async () => {
		const { repos, telegram, make, makeOther } = await setup();
		telegram.delayMs = 5;
		const [a, b] = [make(), await makeOther()];
		const reports = await Promise.all([a.sweep(AT), b.sweep(AT), a.sweep(AT)]);
		expect(telegram.deliveries.map((d) => d.chatKey).sort()).toEqual([
			"telegram:-100",
			"telegram:200",
		]);
		expect(
			reports.flatMap((r) => r.lines).filter((l) => l.outcome === "sent"),
		).toHaveLength(2);
		expect(await repos.outbox.countByStatus(["sent", "sending"])).toEqual({
			sent: 2,
			sending: 0,
		});
	});

	it("retries a failed send at the next sweep, at most three times", async () => {
		const { repos, telegram, make } = await setup();
		telegram.failWith = (chat) =>
			chat === "telegram:-100"
				? { ok: false, reason: "retry", detail: "429" }
				: undefined;
		const sweeper = make();
		const outcomes: string[] = [];
		for (let h = 0; h < 5; h++) {
			const report = await sweeper.sweep(
				new Date(AT.getTime() + h * 3_600_000),
			);
			outcomes.push(report.lines.map((l) => l.outcome).join(","));
		}
		expect(outcomes).toEqual(["retry,sent", "retry", "failed", "", ""]);
		expect(await repos.outbox.states([KEY("telegram:-100")])).toEqual(
			new Map([[KEY("telegram:-100"), { status: "failed", attempts: 3 }]]),
		);
	});

	it("never resends a reminder whose send was cut off by a crash", async () => {
		const { repos, telegram, make } = await setup();
		// The process dies inside the notifier call: the message went out, the outcome was
		// never recorded. The hanging promise stands for the dead process.
		const dead = {
			platform: "telegram",
			send: async (
				chatKey: string,
				reply: Parameters<typeof telegram.send>[1],
			) => {
				await telegram.send(chatKey, reply);
				return new Promise<never>(() => {});
			},
		};
		void yearSweeper(repos, [dead], () => undefined).sweep(AT);
		for (let i = 0; i < 200 && telegram.deliveries.length === 0; i++)
			await new Promise((resolve) => setTimeout(resolve, 10));
		expect(telegram.deliveries).toHaveLength(1);

		const restarted = make();
		// One process owns a lowdb file: whatever is still sending at start-up was cut off. On a
		// shared database it may be another instance's send in progress, until it is old.
		const soon = new Date(AT.getTime() + 60_000);
		const later = new Date(AT.getTime() + 20 * 60_000);
		const shared = repos.outbox.shared === true;
		expect(await restarted.recover(soon)).toBe(shared ? 0 : 1);
		expect(await restarted.recover(later)).toBe(shared ? 1 : 0);
		const report = await restarted.sweep(later);
		expect(report.lines.map((l) => `${l.chatKey} ${l.outcome}`)).toEqual([
			"telegram:200 sent",
		]);
		expect(telegram.deliveries.map((d) => d.chatKey).sort()).toEqual([
			"telegram:-100",
			"telegram:200",
		]);
		expect(await repos.outbox.countByStatus(["sent", "uncertain"])).toEqual({
			sent: 1,
			uncertain: 1,
		});
	});

	it("pauses a chat the platform reports gone and plans nothing more for it", async () => {
		const { repos, telegram, make } = await setup();
		telegram.failWith = (chat) =>
			chat === "telegram:-100"
				? { ok: false, reason: "gone", detail: "chat not found" }
				: undefined;
		const report = await make().sweep(AT);
		expect(report.lines.map((l) => `${l.chatKey} ${l.outcome}`).sort()).toEqual(
			["telegram:-100 failed", "telegram:200 sent"],
		);
		expect(await repos.subscriptions.pauseOf("telegram:-100")).toMatchObject({
			reason: "gone",
			detail: "chat not found",
		});
		const later = await make().sweep(new Date("2027-03-14T00:00:00Z"));
		expect(later.lines.length).toBeGreaterThan(0);
		expect(later.lines.every((l) => l.chatKey === "telegram:200")).toBe(true);
	});
});

describe("the sweep on a shared database", () => {
	it("marks a dead instance's send uncertain at the other instances' sweeps once it is 15 minutes old", async () => {
		const opened = await postgresStore();
		try {
			const repos = {
				subscriptions: opened.repos.reminderSubscriptions,
				outbox: opened.repos.reminderOutbox,
			};
			expect(repos.outbox.shared).toBe(true);
			for (const s of simulationSubscriptions("2026-11-28T00:00:00.000Z"))
				await repos.subscriptions.subscribe(s);
			const telegram = new RecordingNotifier("telegram", { now: () => AT });
			const dead = {
				platform: "telegram",
				send: () => new Promise<never>(() => {}),
			};
			void yearSweeper(repos, [dead]).sweep(AT);
			for (let i = 0; i < 200; i++) {
				const n = await repos.outbox.countByStatus(["sending"]);
				if (n.sending === 1) break;
				await new Promise((resolve) => setTimeout(resolve, 10));
			}
			const running = yearSweeper(repos, [telegram]);
			await running.sweep(new Date(AT.getTime() + 5 * 60_000));
			expect(await repos.outbox.countByStatus(["sending", "sent"])).toEqual({
				sending: 1,
				sent: 1,
			});
			await running.sweep(new Date(AT.getTime() + 16 * 60_000));
			expect(await repos.outbox.countByStatus(["uncertain", "sent"])).toEqual({
				uncertain: 1,
				sent: 1,
			});
			expect(telegram.deliveries.map((d) => d.chatKey)).toEqual([
				"telegram:200",
			]);
		} finally {
			await opened.close();
		}
	});
});
