import { describe, expect, it } from "vitest";
import type { Subscription } from "../../../src/features/reminders/data.js";
import {
	type PlanInput,
	planReminders,
} from "../../../src/features/reminders/planner.js";
import { yearRounds, yearTeachers } from "../../helpers/reminder-fixtures.js";

const sub = (
	chatKey: string,
	certificateId: string,
	at = "2026-11-01T00:00:00Z",
): Subscription => ({
	chatKey,
	certificateId,
	by: "telegram:1",
	at,
	locale: "zh-CN",
});

function plan(now: string, extra: Partial<PlanInput> = {}) {
	return planReminders({
		now: new Date(now),
		zone: "Asia/Shanghai",
		reminderTime: "08:00",
		rounds: yearRounds,
		subscriptions: [sub("telegram:-100", "c1")],
		pausedChats: {},
		teachers: [],
		practiceOptOut: [],
		...extra,
	});
}

describe("planReminders", () => {
	it("makes the 7-day registration reminder due at 08:00 Shanghai, which is 00:00 UTC", () => {
		expect(plan("2027-03-07T23:59:59Z").map((o) => o.key)).toEqual([]);
		const due = plan("2027-03-08T00:00:00Z");
		expect(due.map((o) => o.key)).toEqual([
			"exam:e1:register:2027-03-15:7:telegram:-100",
		]);
		expect(due[0]?.slot).toBe("2027-03-08T00:00:00.000Z");
		expect(due[0]?.late).toBe(false);
	});

	it("keys each occurrence by round, milestone, date, offset and recipient", () => {
		const due = plan("2027-03-08T00:00:00Z", {
			subscriptions: [
				sub("telegram:-100", "c1"),
				sub("discord:channel:5", "c1"),
			],
		});
		expect(new Set(due.map((o) => o.key)).size).toBe(2);
		expect(due.map((o) => o.chatKey).sort()).toEqual([
			"discord:channel:5",
			"telegram:-100",
		]);
	});

	it("sends only the latest due reminder of a milestone after downtime", () => {
		// Down from before the 7-day slot until the day before the deadline.
		const due = plan("2027-03-14T05:00:00Z").filter(
			(o) => o.kind === "register",
		);
		expect(due.map((o) => o.key)).toEqual([
			"exam:e1:register:2027-03-15:1:telegram:-100",
		]);
		expect(due[0]?.late).toBe(true);
	});

	it("drops a registration reminder once the deadline day is over in the zone", () => {
		const kinds = (now: string) =>
			plan(now).map((o) => `${o.kind}-${o.exam?.daysBefore}`);
		expect(kinds("2027-03-15T15:59:00Z")).toContain("register-1");
		expect(kinds("2027-03-15T16:00:00Z")).not.toContain("register-1");
	});

	it("keeps the exam-eve reminder until the exam day begins, marked late", () => {
		const eve = (now: string) =>
			plan(now).find((o) => o.kind === "exam" && o.exam?.daysBefore === 1);
		expect(eve("2027-03-19T03:00:00Z")?.late).toBe(true);
		expect(eve("2027-03-19T00:10:00Z")?.late).toBe(false);
		expect(eve("2027-03-19T16:00:00Z")).toBeUndefined();
	});

	it("skips slots from before the chat subscribed", () => {
		const due = plan("2027-03-10T00:00:00Z", {
			subscriptions: [sub("telegram:-100", "c1", "2027-03-09T00:00:00Z")],
		});
		expect(due).toEqual([]);
	});

	it("skips slots from before an admin added the round", () => {
		const due = plan("2027-03-10T00:00:00Z", {
			roundAddedAt: new Map([["e1", "2027-03-09T00:00:00Z"]]),
		});
		expect(due).toEqual([]);
	});

	it("plans nothing for a paused chat", () => {
		const due = plan("2027-03-08T00:00:00Z", {
			pausedChats: {
				"telegram:-100": { reason: "gone", at: "2027-01-01T00:00:00Z" },
			},
		});
		expect(due).toEqual([]);
	});

	it("reminds a teacher short of practice 6 months before the period ends, not one on track or opted out", () => {
		const due = plan("2027-03-30T00:00:00Z", {
			subscriptions: [],
			teachers: yearTeachers,
			practiceOptOut: ["discord:902"],
		});
		expect(due.map((o) => o.key)).toEqual([
			"practice:2027-09-30:6:telegram:900",
		]);
		expect(due[0]?.practice).toMatchObject({
			monthsLeft: 6,
			practiceDays: 40,
			requiredDays: 180,
		});
		expect(due[0]?.chatKey).toBe("telegram:900");
	});

	it("does not send a shortfall reminder more than two weeks late", () => {
		const due = plan("2027-04-14T00:00:01Z", {
			subscriptions: [],
			teachers: yearTeachers.slice(0, 1),
		});
		expect(due).toEqual([]);
	});

	it("gives the same answer for another configured zone, shifted by its offset", () => {
		const due = plan("2027-03-08T08:00:00Z", { zone: "Europe/Berlin" });
		expect(due[0]?.slot).toBe("2027-03-08T07:00:00.000Z");
	});
});
