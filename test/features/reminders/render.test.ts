import { describe, expect, it } from "vitest";
import { renderText } from "../../../src/core/render-text.js";
import type { Occurrence } from "../../../src/features/reminders/planner.js";
import { renderReminder } from "../../../src/features/reminders/render.js";
import { yearRounds } from "../../helpers/reminder-fixtures.js";

const round = yearRounds[1] as (typeof yearRounds)[number];
const ctx = (now: string) => ({
	now: new Date(now),
	zone: "Asia/Shanghai",
	certificateName: () => "网络系统建设与运维",
});
const exam = (
	milestone: "register" | "exam" | "results",
	daysBefore: number,
	late = false,
	locale: "zh-CN" | "en" = "zh-CN",
): Occurrence => ({
	key: "k",
	chatKey: "telegram:1",
	locale,
	kind: milestone,
	slot: "2027-06-14T00:00:00.000Z",
	late,
	round: "exam:e2:2027-06-26",
	roundEnds: "2027-07-18T16:00:00.000Z",
	exam: { round, milestone, date: round.dates[milestone] ?? "", daysBefore },
});

describe("renderReminder", () => {
	it("says how many days are left from the day it is sent, Chinese first", () => {
		const text = renderText(
			renderReminder(exam("register", 7), ctx("2027-06-14T00:00:00Z")),
		);
		expect(text).toContain(
			"【报名提醒】网络系统建设与运维（初级、中级）的报名将于7 天后（2027-06-21）截止",
		);
		expect(text).toContain("考点：实训楼 A301");
		expect(text).toContain("来源：测试来源 https://example.org/plan");
		expect(text).toContain("退订：/unsubscribe c1");
		expect(text).not.toContain("延迟送达");
	});

	it("keeps a late reminder true to the day and marks it", () => {
		const text = renderText(
			renderReminder(exam("register", 7, true), ctx("2027-06-18T03:00:00Z")),
		);
		expect(text).toContain(
			"3 天后（2027-06-21）截止，请按学校通知及时报名。（延迟送达）",
		);
	});

	it("gives generic advice on the exam eve, nothing invented", () => {
		const text = renderText(
			renderReminder(exam("exam", 1), ctx("2027-06-25T00:00:00Z")),
		);
		expect(text).toContain("明天（2027-06-26）考试");
		expect(text).toContain("请按考点通知准备证件");
		expect(text).not.toMatch(/身份证|准考证|计算器/);
		const week = renderText(
			renderReminder(exam("exam", 7), ctx("2027-06-19T00:00:00Z")),
		);
		expect(week).not.toContain("请按考点通知准备证件");
	});

	it("speaks English to a chat subscribed in English", () => {
		const text = renderText(
			renderReminder(exam("exam", 1, true, "en"), ctx("2027-06-25T00:00:00Z")),
		);
		expect(text).toContain(
			"The 网络系统建设与运维（初级、中级） exam is tomorrow (2027-06-26). (delivered late)",
		);
	});

	it("reports a practice shortfall with the end date", () => {
		const o: Occurrence = {
			key: "p",
			chatKey: "telegram:900",
			locale: "zh-CN",
			kind: "practice",
			slot: "2027-03-30T00:00:00.000Z",
			late: false,
			round: "practice:2027-09-30:telegram:900",
			roundEnds: "2027-09-30T16:00:00.000Z",
			practice: {
				teacherKey: "telegram:900",
				periodEnd: "2027-09-30",
				practiceDays: 40,
				requiredDays: 180,
				monthsLeft: 6,
			},
		};
		const text = renderText(renderReminder(o, ctx("2027-03-30T00:00:00Z")));
		expect(text).toContain(
			"将于 2027-09-30 结束（约剩 6 个月）。已记录企业实践 40 天，要求 180 天，还差 140 天。",
		);
		expect(text).toContain("/remind practice off");
	});
});
