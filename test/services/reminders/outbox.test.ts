import { describe, expect, it } from "vitest";
import { RecordingNotifier } from "../../helpers/recording-notifier.js";
import { reminderStore, yearSweeper } from "../../helpers/reminder-fixtures.js";
import { simulationSubscriptions } from "../../helpers/reminder-harness.js";

const AT = new Date("2027-03-08T00:00:00Z"); // registration for e1 closes in 7 days

function setup() {
	const store = reminderStore({
		subscriptions: simulationSubscriptions("2026-11-28T00:00:00Z"),
	});
	const telegram = new RecordingNotifier("telegram", { now: () => AT });
	const make = () => yearSweeper(store, [telegram]);
	return { store, telegram, make };
}

describe("outbox", () => {
	it("never double-sends when two sweepers on one store overlap", async () => {
		const { store, telegram, make } = setup();
		telegram.delayMs = 5;
		const [a, b] = [make(), make()];
		const reports = await Promise.all([a.sweep(AT), b.sweep(AT), a.sweep(AT)]);
		expect(telegram.deliveries.map((d) => d.chatKey).sort()).toEqual([
			"telegram:-100",
			"telegram:200",
		]);
		const sent = reports
			.flatMap((r) => r.lines)
			.filter((l) => l.outcome === "sent");
		expect(sent).toHaveLength(2);
		expect(
			Object.values(store.data.reminders.outbox).every(
				(r) => r.status === "sent",
			),
		).toBe(true);
	});

	it("pauses a chat the platform reports gone, and admins see it", async () => {
		const { store, telegram, make } = setup();
		telegram.failWith = (chat) =>
			chat === "telegram:-100"
				? { ok: false, reason: "gone", detail: "chat not found" }
				: undefined;
		const report = await make().sweep(AT);
		expect(report.lines.map((l) => `${l.chatKey} ${l.outcome}`).sort()).toEqual(
			["telegram:-100 failed", "telegram:200 sent"],
		);
		expect(store.data.reminders.pausedChats["telegram:-100"]).toMatchObject({
			reason: "gone",
			detail: "chat not found",
		});
		// Later reminders to the paused chat are not even planned.
		const later = await make().sweep(new Date("2027-03-14T00:00:00Z"));
		expect(later.lines.length).toBeGreaterThan(0);
		expect(later.lines.every((l) => l.chatKey === "telegram:200")).toBe(true);
	});

	it("retries a failed send at the next sweep, at most three times", async () => {
		const { store, telegram, make } = setup();
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
		const record =
			store.data.reminders.outbox[
				"exam:e1:register:2027-03-15:7:telegram:-100"
			];
		expect(record).toMatchObject({
			status: "failed",
			attempts: 3,
			error: "retry: 429",
		});
	});

	it("never resends a reminder whose send was cut off by a crash", async () => {
		const { store, telegram, make } = setup();
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
		const crashed = yearSweeper(store, [dead], () => undefined);
		void crashed.sweep(AT);
		await new Promise((resolve) => setTimeout(resolve, 10));
		expect(telegram.deliveries).toHaveLength(1);

		const restarted = make();
		expect(await restarted.recover()).toBe(1);
		const report = await restarted.sweep(new Date(AT.getTime() + 60_000));
		expect(report.lines.map((l) => `${l.chatKey} ${l.outcome}`)).toEqual([
			"telegram:200 sent",
		]);
		expect(telegram.deliveries.map((d) => d.chatKey).sort()).toEqual([
			"telegram:-100",
			"telegram:200",
		]);
		const statuses = Object.values(store.data.reminders.outbox).map(
			(r) => r.status,
		);
		expect(statuses.sort()).toEqual(["sent", "uncertain"]);
	});

	it("treats a notifier that throws as a send to retry", async () => {
		const { store, telegram, make } = setup();
		telegram.failWith = () => {
			throw new Error("socket hang up");
		};
		const report = await make().sweep(AT);
		expect(report.lines.map((l) => l.outcome)).toEqual(["retry", "retry"]);
		expect(Object.values(store.data.reminders.outbox)[0]?.error).toBe(
			"retry: socket hang up",
		);
	});
});
