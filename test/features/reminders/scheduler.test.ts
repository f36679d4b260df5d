import { afterEach, describe, expect, it, vi } from "vitest";
import { silentLogger } from "../../../src/core/ports.js";
import {
	dailyCron,
	startReminderScheduler,
} from "../../../src/features/reminders/scheduler.js";
import type { Sweeper } from "../../../src/features/reminders/sweep.js";

function countingSweeper() {
	const at: string[] = [];
	const sweeper: Sweeper = {
		recover: async () => 0,
		async sweep(now) {
			at.push(now.toISOString());
			return { at: now.toISOString(), due: 0, lines: [] };
		},
	};
	return { at, sweeper };
}

const base = {
	clock: { now: () => new Date() },
	logger: silentLogger,
	reminderTime: "08:00",
};

afterEach(() => {
	vi.useRealTimers();
});

describe("reminder scheduler", () => {
	it("turns the reminder time into a six-field cron expression", () => {
		expect(dailyCron("08:00")).toBe("0 0 8 * * *");
		expect(dailyCron("21:05")).toBe("0 5 21 * * *");
		expect(() => dailyCron("8:00")).toThrow(/HH:mm/);
	});

	it("refuses an unknown zone and a bad cron expression at start-up", () => {
		const { sweeper } = countingSweeper();
		expect(() =>
			startReminderScheduler({ ...base, sweeper, zone: "Asia/Beijing" }),
		).toThrow(/Asia\/Beijing/);
		expect(() =>
			startReminderScheduler({
				...base,
				sweeper,
				zone: "Asia/Shanghai",
				retryCron: "0 61 * * * *",
			}),
		).toThrow(/invalid cron expression for retry/);
	});

	it("sweeps once at start-up, then at 08:00 Shanghai and at minute 17 of each hour", async () => {
		vi.useFakeTimers({ now: new Date("2027-03-01T23:30:00Z") });
		const { at, sweeper } = countingSweeper();
		const scheduler = startReminderScheduler({
			...base,
			sweeper,
			zone: "Asia/Shanghai",
		});
		await scheduler.started;
		await vi.advanceTimersByTimeAsync(2 * 3_600_000);
		await scheduler.stop();
		expect(at).toEqual([
			"2027-03-01T23:30:00.000Z",
			"2027-03-02T00:00:00.000Z",
			"2027-03-02T00:17:00.000Z",
			"2027-03-02T01:17:00.000Z",
		]);
		await vi.advanceTimersByTimeAsync(24 * 3_600_000);
		expect(at).toHaveLength(4);
	});
});
