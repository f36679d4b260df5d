import { describe, expect, it } from "vitest";
import type { ReminderData } from "../../src/features/reminders/data.js";
import { lowdbSubscriptionRepository } from "../../src/storage/lowdb/subscription-repository.js";
import type { Store } from "../../src/storage/store.js";
import { reminderStore } from "../helpers/reminder-fixtures.js";

const sub = (chatKey: string, certificateId: string) => ({
	chatKey,
	certificateId,
	by: "telegram:1",
	at: "2026-11-28T02:00:00.000Z",
	locale: "zh-CN" as const,
});

/** A store whose writes fail: nothing is changed and the caller hears of it. */
function failingStore(inner: Store<{ reminders: ReminderData }>) {
	let failing = false;
	const store: Store<{ reminders: ReminderData }> = {
		get data() {
			return inner.data;
		},
		apply: (changes) =>
			failing ? Promise.reject(new Error("disk full")) : inner.apply(changes),
		exclusive: inner.exclusive,
		update: inner.update,
	};
	return { store, fail: () => (failing = true) };
}

describe("lowdb subscriptions", () => {
	it("sees a subscription made through another repository over the same document", async () => {
		const store = reminderStore();
		const a = lowdbSubscriptionRepository(store);
		const b = lowdbSubscriptionRepository(store);
		expect(await b.subscriptionsOf("telegram:-100")).toEqual([]);
		await a.subscribe(sub("telegram:-100", "c1"));
		expect(await b.subscriptionsOf("telegram:-100")).toEqual([
			sub("telegram:-100", "c1"),
		]);
		expect(await b.unsubscribe("telegram:-100", "c1")).toBe(true);
		expect(await a.subscriptionsOf("telegram:-100")).toEqual([]);
	});

	it("keeps no trace of a subscription whose write failed", async () => {
		const { store, fail } = failingStore(reminderStore());
		const repo = lowdbSubscriptionRepository(store);
		await repo.subscribe(sub("telegram:-100", "c1"));
		fail();
		await expect(repo.subscribe(sub("telegram:-100", "c2"))).rejects.toThrow(
			"disk full",
		);
		expect(await repo.subscriptionsOf("telegram:-100")).toEqual([
			sub("telegram:-100", "c1"),
		]);
		await expect(repo.unsubscribe("telegram:-100", "c1")).rejects.toThrow(
			"disk full",
		);
		expect(await repo.subscriptionsOf("telegram:-100")).toEqual([
			sub("telegram:-100", "c1"),
		]);
	});
});
