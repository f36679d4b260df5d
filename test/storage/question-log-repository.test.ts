import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { LoggedEntry } from "../../src/features/users/question-groups.js";
import { createUnansweredLog } from "../../src/features/users/unanswered-log.js";
import { type OpenedStorage, storageKinds } from "../helpers/both-stores.js";
import { changeBy } from "../helpers/change.js";

const at = (minute: number) =>
	new Date(Date.UTC(2026, 10, 28, 2, minute)).toISOString();

const unanswered = (minute: number, text: string): LoggedEntry => ({
	type: "unanswered",
	entry: { at: at(minute), userKey: "telegram:1", text },
});

describe.each(storageKinds)("the question log on $name", (kind) => {
	let opened: OpenedStorage;
	beforeEach(async () => {
		opened = await kind.open();
	});
	afterEach(async () => {
		await opened.close();
	});
	const repo = () => opened.repositories.questions;

	it("keeps each kind as logged and lists unanswered questions newest first", async () => {
		await repo().append(unanswered(1, "食堂几点开门"), 1000);
		await repo().append(
			{
				type: "guess",
				entry: {
					at: at(2),
					userKey: "discord:2",
					text: "web前端",
					kind: "suggestions",
					score: 0.25,
					shown: ["Web 前端开发", "移动应用开发"],
				},
			},
			1000,
		);
		await repo().append(
			{
				type: "feedback",
				entry: {
					at: at(3),
					userKey: "telegram:3",
					text: "BIM 是谁发的",
					useful: false,
					shown: "建筑信息模型（BIM）",
				},
			},
			1000,
		);
		await repo().append(
			{
				type: "feedback",
				entry: { at: at(4), userKey: "telegram:3", text: "好", useful: true },
			},
			1000,
		);
		await repo().append(unanswered(5, "图书馆开放吗"), 1000);

		expect((await repo().recentUnanswered(10)).map((q) => q.text)).toEqual([
			"图书馆开放吗",
			"食堂几点开门",
		]);
		expect(await repo().recentUnanswered(1)).toEqual([
			{ at: at(5), userKey: "telegram:1", text: "图书馆开放吗" },
		]);
		const open = await repo().openEntries(10);
		expect(open.map(({ type, entry }) => ({ type, entry }))).toEqual([
			unanswered(1, "食堂几点开门"),
			{
				type: "guess",
				entry: {
					at: at(2),
					userKey: "discord:2",
					text: "web前端",
					kind: "suggestions",
					score: 0.25,
					shown: ["Web 前端开发", "移动应用开发"],
				},
			},
			{
				type: "feedback",
				entry: {
					at: at(3),
					userKey: "telegram:3",
					text: "BIM 是谁发的",
					useful: false,
					shown: "建筑信息模型（BIM）",
				},
			},
			{
				type: "feedback",
				entry: { at: at(4), userKey: "telegram:3", text: "好", useful: true },
			},
			unanswered(5, "图书馆开放吗"),
		]);
		// The newest open ones bound the review.
		expect((await repo().openEntries(2)).map((e) => e.entry.text)).toEqual([
			"好",
			"图书馆开放吗",
		]);
	});

	it("keeps only the newest entries of a kind", async () => {
		for (let i = 0; i < 7; i++) await repo().append(unanswered(i, `q${i}`), 5);
		await repo().append(
			{
				type: "feedback",
				entry: { at: at(9), userKey: "u", text: "f", useful: true },
			},
			5,
		);
		expect((await repo().recentUnanswered(100)).map((q) => q.text)).toEqual([
			"q6",
			"q5",
			"q4",
			"q3",
			"q2",
		]);
		expect(await repo().openEntries(100)).toHaveLength(6);
	});

	it("marks the entries it was given handled, once, also after older ones were dropped", async () => {
		for (let i = 0; i < 4; i++) await repo().append(unanswered(i, `q${i}`), 4);
		const open = await repo().openEntries(10);
		const chosen = open.filter((e) => e.entry.text !== "q0");
		// Two more arrive meanwhile and push q0 and q1 out.
		await repo().append(unanswered(10, "q10"), 4);
		await repo().append(unanswered(11, "q11"), 4);
		const handledAt = at(30);
		expect(await repo().markHandled(chosen, handledAt)).toBe(2);
		expect(await repo().markHandled(chosen, at(31))).toBe(0);
		const all = await repo().recentUnanswered(10);
		expect(all).toEqual([
			{ at: at(11), userKey: "telegram:1", text: "q11" },
			{ at: at(10), userKey: "telegram:1", text: "q10" },
			{ at: at(3), userKey: "telegram:1", text: "q3", handledAt },
			{ at: at(2), userKey: "telegram:1", text: "q2", handledAt },
		]);
		expect((await repo().openEntries(10)).map((e) => e.entry.text)).toEqual([
			"q10",
			"q11",
		]);
	});

	it("groups questions for review and marks a group handled through the log", async () => {
		const log = createUnansweredLog(repo());
		const asker = changeBy("telegram:9", new Date(at(1)), "student");
		await log.record(asker, { text: "食堂今天几点开门" });
		await log.record(asker, { text: "食堂今天几点开门？" });
		await log.recordGuess(changeBy("telegram:8", new Date(at(2)), "student"), {
			text: "证书考试费用",
			kind: "low-score",
			score: 0.61,
			shown: ["x".repeat(150)],
		});
		const groups = await log.review(10);
		expect(groups.map((g) => [g.text, g.count])).toEqual([
			["食堂今天几点开门？", 2],
			["证书考试费用", 1],
		]);
		expect(groups[1]?.shown).toEqual(["x".repeat(100)]);
		const first = groups[0]?.id ?? "";
		expect(await log.markHandled(changeBy("console:admin"), first)).toBe(2);
		expect(await log.markHandled(changeBy("console:admin"), first)).toBe(0);
		expect((await log.review(10)).map((g) => g.text)).toEqual(["证书考试费用"]);
		expect(
			(await log.list(10)).every(
				(q) => q.handledAt === changeBy("a").now.toISOString(),
			),
		).toBe(true);
	});
});
