import { describe, expect, it } from "vitest";
import { silentLogger } from "../../../src/core/ports.js";
import { createReminderService } from "../../../src/features/reminders/reminder-service.js";
import { createSweeper } from "../../../src/features/reminders/sweep.js";
import { changeBy } from "../../helpers/change.js";
import { RecordingNotifier } from "../../helpers/recording-notifier.js";
import {
	fixedRounds,
	lowdbReminders,
	reminderStore,
	yearRounds,
} from "../../helpers/reminder-fixtures.js";

const settings = {
	zone: "Asia/Shanghai",
	reminderTime: "08:00",
	groupSubscribeRole: "teacher" as const,
};
const now = new Date("2026-11-28T02:00:00Z");

describe("reminder service", () => {
	it("subscribes once per chat and certificate, and unsubscribes", async () => {
		const reminders = createReminderService(
			lowdbReminders(reminderStore()),
			settings,
		);
		const by = changeBy("telegram:1", now);
		const input = {
			chatKey: "telegram:-100",
			certificateId: "c1",
			locale: "zh-CN" as const,
		};
		expect(await reminders.subscribe(by, input)).toEqual({
			added: true,
			resumed: false,
		});
		expect(await reminders.subscribe(by, input)).toEqual({
			added: false,
			resumed: false,
		});
		expect(await reminders.subscriptionsOf("telegram:-100")).toEqual([
			{ certificateId: "c1", by: "telegram:1", at: "2026-11-28T02:00:00.000Z" },
		]);
		expect(await reminders.unsubscribe(by, "telegram:-100", "c1")).toBe(true);
		expect(await reminders.unsubscribe(by, "telegram:-100", "c1")).toBe(false);
	});

	it("shows admins a chat paused after the platform said it is gone, and resumes it on subscribe", async () => {
		const store = reminderStore();
		const reminders = createReminderService(lowdbReminders(store), settings);
		await reminders.subscribe(changeBy("telegram:1", now), {
			chatKey: "telegram:-100",
			certificateId: "c1",
			locale: "zh-CN",
		});
		const telegram = new RecordingNotifier("telegram");
		telegram.failWith = () => ({ ok: false, reason: "blocked" });
		const repos = lowdbReminders(store);
		const sweeper = createSweeper({
			subscriptions: repos.subscriptions,
			outboxRepository: repos.outbox,
			rounds: fixedRounds(yearRounds),
			teachers: async () => [],
			certificateName: () => undefined,
			notifiers: [telegram],
			zone: settings.zone,
			reminderTime: settings.reminderTime,
			logger: silentLogger,
		});
		await sweeper.sweep(new Date("2027-03-08T00:00:00Z"));
		expect(await reminders.problems()).toEqual({
			paused: [
				{
					chatKey: "telegram:-100",
					reason: "blocked",
					at: "2027-03-08T00:00:00.000Z",
				},
			],
			failed: 1,
			uncertain: 0,
		});
		expect((await reminders.pauseOf("telegram:-100"))?.reason).toBe("blocked");
		const again = await reminders.subscribe(changeBy("telegram:1", now), {
			chatKey: "telegram:-100",
			certificateId: "c1",
			locale: "zh-CN",
		});
		expect(again).toEqual({ added: false, resumed: true });
		expect((await reminders.problems()).paused).toEqual([]);
	});

	it("turns a teacher's practice reminders off and on", async () => {
		const reminders = createReminderService(
			lowdbReminders(reminderStore()),
			settings,
		);
		expect(await reminders.practiceRemindersOn("telegram:900")).toBe(true);
		await reminders.setPracticeReminders(changeBy("telegram:900"), false);
		await reminders.setPracticeReminders(changeBy("telegram:900"), false);
		expect(await reminders.practiceRemindersOn("telegram:900")).toBe(false);
		await reminders.setPracticeReminders(changeBy("telegram:900"), true);
		expect(await reminders.practiceRemindersOn("telegram:900")).toBe(true);
	});
});
