import { afterEach, describe, expect, it } from "vitest";
import type { Subscription } from "../../src/features/reminders/data.js";
import type { ClaimRequest } from "../../src/features/reminders/outbox-repository.js";
import {
	type ReminderStoreUnderTest,
	reminderStores,
} from "../helpers/reminder-stores.js";

const NOW = new Date("2027-03-08T00:00:00.000Z");
const LATER = new Date("2027-03-08T01:00:00.000Z");

const sub = (chatKey: string, certificateId: string): Subscription => ({
	chatKey,
	certificateId,
	by: "telegram:1",
	at: "2026-11-28T02:00:00.000Z",
	locale: "zh-CN",
});

const request = (
	key: string,
	chatKey = "telegram:-100",
	round = "exam:e1:2027-03-20",
	roundEnds = "2027-04-11T16:00:00.000Z",
): ClaimRequest => ({
	key,
	chatKey,
	slot: "2027-03-08T00:00:00.000Z",
	late: false,
	round,
	roundEnds,
});

describe.each(reminderStores)("reminder repositories on %s", (_, open) => {
	let store: ReminderStoreUnderTest;
	afterEach(async () => {
		await store?.close();
	});
	const repos = async () => {
		store = await open();
		return {
			subs: store.repos.reminderSubscriptions,
			outbox: store.repos.reminderOutbox,
		};
	};

	it("subscribes a chat once per certificate, lists by chat in order, and unsubscribes", async () => {
		const { subs } = await repos();
		expect(await subs.subscribe(sub("telegram:-100", "c2"))).toEqual({
			added: true,
			resumed: false,
		});
		expect(await subs.subscribe(sub("telegram:-100", "c1"))).toEqual({
			added: true,
			resumed: false,
		});
		expect(await subs.subscribe(sub("telegram:-100", "c2"))).toEqual({
			added: false,
			resumed: false,
		});
		await subs.subscribe(sub("discord:channel:3", "c2"));
		expect(await subs.subscriptionsOf("telegram:-100")).toEqual([
			sub("telegram:-100", "c2"),
			sub("telegram:-100", "c1"),
		]);
		expect(
			(await subs.allSubscriptions()).map(
				(s) => `${s.chatKey} ${s.certificateId}`,
			),
		).toEqual(["telegram:-100 c2", "telegram:-100 c1", "discord:channel:3 c2"]);
		expect(await subs.unsubscribe("telegram:-100", "c2")).toBe(true);
		expect(await subs.unsubscribe("telegram:-100", "c2")).toBe(false);
		expect(await subs.subscriptionsOf("telegram:-100")).toEqual([
			sub("telegram:-100", "c1"),
		]);
		expect(await subs.subscriptionsOf("telegram:404")).toEqual([]);
	});

	it("pauses a chat a platform refused, and a new subscription resumes it", async () => {
		const { subs, outbox } = await repos();
		await subs.subscribe(sub("telegram:5", "c1"));
		await outbox.claim([request("k1", "telegram:5")], NOW, 3);
		const settled = await outbox.settle(
			[
				{
					key: "k1",
					chatKey: "telegram:5",
					result: { ok: false, reason: "blocked", detail: "bot was blocked" },
				},
			],
			NOW,
			3,
		);
		expect(settled.get("k1")).toBe("failed");
		const pause = {
			reason: "blocked",
			at: NOW.toISOString(),
			detail: "bot was blocked",
		};
		expect(await subs.pauseOf("telegram:5")).toEqual(pause);
		expect(await subs.pausedChats()).toEqual({ "telegram:5": pause });
		// Paused: nothing more is claimed for it.
		expect(
			(await outbox.claim([request("k2", "telegram:5")], NOW, 3)).get("k2"),
		).toBe("paused");
		expect(await subs.subscribe(sub("telegram:5", "c1"))).toEqual({
			added: false,
			resumed: true,
		});
		expect(await subs.pauseOf("telegram:5")).toBeUndefined();
	});

	it("keeps practice opt-outs, once each, and turning them on resumes the chat", async () => {
		const { subs, outbox } = await repos();
		expect(await subs.isPracticeOptedOut("telegram:900")).toBe(false);
		await subs.setPracticeOptOut("telegram:900", true);
		await subs.setPracticeOptOut("telegram:900", true);
		await subs.setPracticeOptOut("telegram:901", true);
		expect(await subs.practiceOptOuts()).toEqual([
			"telegram:900",
			"telegram:901",
		]);
		await outbox.claim([request("p", "telegram:900")], NOW, 3);
		await outbox.settle(
			[
				{
					key: "p",
					chatKey: "telegram:900",
					result: { ok: false, reason: "gone" },
				},
			],
			NOW,
			3,
		);
		expect(await subs.pauseOf("telegram:900")).toMatchObject({
			reason: "gone",
		});
		await subs.setPracticeOptOut("telegram:900", false);
		expect(await subs.isPracticeOptedOut("telegram:900")).toBe(false);
		expect(await subs.practiceOptOuts()).toEqual(["telegram:901"]);
		expect(await subs.pauseOf("telegram:900")).toBeUndefined();
	});

	it("claims a key once, marks it sent, and never claims it again", async () => {
		const { outbox } = await repos();
		const first = await outbox.claim([request("a"), request("b")], NOW, 3);
		expect([...first]).toEqual([
			["a", "claimed"],
			["b", "claimed"],
		]);
		expect(await outbox.states(["a", "b", "c"])).toEqual(
			new Map([
				["a", { status: "sending", attempts: 1 }],
				["b", { status: "sending", attempts: 1 }],
			]),
		);
		expect((await outbox.claim([request("a")], NOW, 3)).get("a")).toBe("done");
		const settled = await outbox.settle(
			[
				{ key: "a", chatKey: "telegram:-100", result: { ok: true } },
				{ key: "zz", chatKey: "telegram:-100", result: { ok: true } },
			],
			LATER,
			3,
		);
		expect([...settled]).toEqual([["a", "sent"]]);
		expect((await outbox.claim([request("a")], LATER, 3)).get("a")).toBe(
			"done",
		);
		expect(await outbox.countByStatus(["sent", "sending", "failed"])).toEqual({
			sent: 1,
			sending: 1,
			failed: 0,
		});
	});

	it("retries up to the attempt limit, then gives up", async () => {
		const { outbox } = await repos();
		const retry = {
			key: "r",
			chatKey: "telegram:-100",
			result: { ok: false as const, reason: "retry" as const, detail: "429" },
		};
		const statuses: string[] = [];
		for (let i = 0; i < 3; i++) {
			statuses.push(
				(await outbox.claim([request("r")], NOW, 3)).get("r") ?? "",
			);
			statuses.push((await outbox.settle([retry], NOW, 3)).get("r") ?? "");
		}
		expect(statuses).toEqual([
			"claimed",
			"retry",
			"claimed",
			"retry",
			"claimed",
			"failed",
		]);
		expect(await outbox.states(["r"])).toEqual(
			new Map([["r", { status: "failed", attempts: 3 }]]),
		);
		expect((await outbox.claim([request("r")], NOW, 3)).get("r")).toBe("done");
		// A retry record that reached a lowered limit is given up at the claim.
		await outbox.claim([request("s")], NOW, 3);
		await outbox.settle([{ ...retry, key: "s" }], NOW, 3);
		expect((await outbox.claim([request("s")], NOW, 1)).get("s")).toBe(
			"exhausted",
		);
		expect(await outbox.countByStatus(["failed"])).toEqual({ failed: 2 });
	});

	it("marks sends cut off by a crash as uncertain, optionally only older ones", async () => {
		const { outbox } = await repos();
		await outbox.claim([request("old")], NOW, 3);
		await outbox.claim([request("new")], LATER, 3);
		expect(await outbox.markInterrupted(LATER)).toBe(1);
		expect((await outbox.states(["old"])).get("old")?.status).toBe("uncertain");
		expect(await outbox.markInterrupted()).toBe(1);
		expect(await outbox.countByStatus(["uncertain", "sending"])).toEqual({
			uncertain: 2,
			sending: 0,
		});
		// Uncertain is final: never claimed again.
		expect((await outbox.claim([request("old")], LATER, 3)).get("old")).toBe(
			"done",
		);
	});

	it("prunes rounds over before the cutoff, closes them for good and keeps the newest closed", async () => {
		const { outbox } = await repos();
		expect(await outbox.prunedThrough()).toBeUndefined();
		const e1 = (k: string) =>
			request(
				k,
				"telegram:-100",
				"exam:e1:2027-03-20",
				"2027-04-11T16:00:00.000Z",
			);
		const e2 = (k: string) =>
			request(
				k,
				"telegram:-100",
				"exam:e2:2027-06-26",
				"2027-07-18T16:00:00.000Z",
			);
		await outbox.claim([e1("a"), e1("b"), e2("c")], NOW, 3);
		const through = new Date("2027-09-01T00:00:00.000Z");
		expect(
			await outbox.prune({
				through,
				cutoff: new Date("2027-05-01T00:00:00.000Z"),
				keepClosed: 10,
			}),
		).toBe(2);
		expect(await outbox.prunedThrough()).toBe(through.toISOString());
		expect([...(await outbox.states(["a", "b", "c"])).keys()]).toEqual(["c"]);
		expect(
			await outbox.closedAmong(["exam:e1:2027-03-20", "exam:e2:2027-06-26"]),
		).toEqual(new Set(["exam:e1:2027-03-20"]));
		// A closed round is never claimed again, whatever the clock says.
		expect((await outbox.claim([e1("a")], NOW, 3)).get("a")).toBe("done");
		// Closing a second round with room for one: the older closed round is forgotten.
		expect(
			await outbox.prune({
				through,
				cutoff: new Date("2027-08-01T00:00:00.000Z"),
				keepClosed: 1,
			}),
		).toBe(1);
		expect(
			await outbox.closedAmong(["exam:e1:2027-03-20", "exam:e2:2027-06-26"]),
		).toEqual(new Set(["exam:e2:2027-06-26"]));
	});

	it("gives each key to one of two claimers that ask at the same moment", async () => {
		const { outbox } = await repos();
		const other = (await store.another()).reminderOutbox;
		const keys = Array.from({ length: 300 }, (_, i) =>
			request(`k${String(i).padStart(3, "0")}`, `telegram:${i}`),
		);
		const halves = [keys.slice(0, 200), keys.slice(100)];
		const [a, b, c] = await Promise.all([
			outbox.claim(halves[0] ?? [], NOW, 3),
			other.claim(halves[1] ?? [], NOW, 3),
			other.claim(keys, NOW, 3),
		]);
		const claimedBy = new Map<string, number>();
		for (const result of [a, b, c])
			for (const [k, claim] of result)
				if (claim === "claimed") claimedBy.set(k, (claimedBy.get(k) ?? 0) + 1);
		expect(claimedBy.size).toBe(300);
		expect([...claimedBy.values()].every((n) => n === 1)).toBe(true);
	});
});
