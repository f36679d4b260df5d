import { describe, expect, it } from "vitest";
import type { Notifier } from "../../../src/core/ports.js";
import { runGrouped } from "../../../src/features/reminders/send-pool.js";
import { reminderStore, yearSweeper } from "../../helpers/reminder-fixtures.js";

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A notifier that records how many sends were in flight, overall and per chat. */
function countingNotifier(platform: string, limit: number, delayMs: number) {
	let inFlight = 0;
	const perChat = new Map<string, number>();
	const seen = { max: 0, maxPerChat: 0, order: [] as string[] };
	const notifier: Notifier = {
		platform,
		maxConcurrentSends: limit,
		async send(chatKey) {
			inFlight++;
			perChat.set(chatKey, (perChat.get(chatKey) ?? 0) + 1);
			seen.max = Math.max(seen.max, inFlight);
			seen.maxPerChat = Math.max(seen.maxPerChat, perChat.get(chatKey) ?? 0);
			await tick(delayMs);
			seen.order.push(chatKey);
			inFlight--;
			perChat.set(chatKey, (perChat.get(chatKey) ?? 1) - 1);
			return { ok: true };
		},
	};
	return { notifier, seen };
}

describe("sending in parallel", () => {
	it("runs at most `limit` at once, one per group at a time, results in input order", async () => {
		let inFlight = 0;
		let max = 0;
		const busy = new Set<string>();
		let overlap = false;
		const items = Array.from({ length: 40 }, (_, i) => ({
			i,
			group: `g${i % 7}`,
		}));
		const out = await runGrouped(
			items,
			(x) => x.group,
			3,
			async (x) => {
				if (busy.has(x.group)) overlap = true;
				busy.add(x.group);
				max = Math.max(max, ++inFlight);
				await tick(1 + (x.i % 3));
				inFlight--;
				busy.delete(x.group);
				return x.i * 10;
			},
		);
		expect(out).toEqual(items.map((x) => x.i * 10));
		expect(max).toBe(3);
		expect(overlap).toBe(false);
	});

	it("keeps each platform within its notifier's limit, and a slow platform does not hold back another", async () => {
		const subscriptions = Array.from({ length: 60 }, (_, i) => ({
			chatKey: i % 2 ? `telegram:${i}` : `discord:channel:${i}`,
			certificateId: "c1",
			by: "telegram:1",
			at: "2026-11-28T00:00:00.000Z",
			locale: "zh-CN" as const,
		}));
		const telegram = countingNotifier("telegram", 4, 2);
		const discord = countingNotifier("discord", 2, 40);
		const sweeper = yearSweeper(reminderStore({ subscriptions }), [
			telegram.notifier,
			discord.notifier,
		]);
		const report = await sweeper.sweep(new Date("2027-03-08T00:00:00Z"));
		expect(report.lines.filter((l) => l.outcome === "sent")).toHaveLength(60);
		expect(telegram.seen.max).toBe(4);
		expect(discord.seen.max).toBe(2);
		expect(telegram.seen.maxPerChat).toBe(1);
		// Telegram's 30 went out while Discord was still busy with its 30 slow sends.
		const lastTelegram = report.lines
			.map((l) => l.chatKey)
			.lastIndexOf("telegram:59");
		expect(lastTelegram).toBeLessThan(report.lines.length - 10);
	});

	it("counts a reminder that cannot be rendered as a send to retry, and still sends the others", async () => {
		const subscriptions = ["telegram:1", "telegram:2"].map((chatKey, i) => ({
			chatKey,
			certificateId: i === 0 ? "c1" : "c2",
			by: "telegram:1",
			at: "2026-11-28T00:00:00.000Z",
			locale: "zh-CN" as const,
		}));
		const telegram = countingNotifier("telegram", 4, 0);
		// c1's reminder is due on 2027-03-08, c2's (e3) on 2027-10-04: sweep each day.
		const sweeper = yearSweeper(
			reminderStore({ subscriptions }),
			[telegram.notifier],
			(id) => {
				if (id === "c1") throw new Error("no name for c1");
				return "智能计算平台应用开发";
			},
		);
		const broken = await sweeper.sweep(new Date("2027-03-08T00:00:00Z"));
		expect(
			broken.lines.map((l) => `${l.chatKey} ${l.outcome} ${l.detail}`),
		).toEqual(["telegram:1 retry no name for c1"]);
		const fine = await sweeper.sweep(new Date("2027-10-04T00:00:00Z"));
		expect(fine.lines.map((l) => `${l.chatKey} ${l.outcome}`)).toEqual([
			"telegram:2 sent",
		]);
		expect(telegram.seen.order).toEqual(["telegram:2"]);
	});
});
