import { describe, expect, it } from "vitest";
import type { Change } from "../../../src/core/change.js";
import { UserError } from "../../../src/core/errors.js";
import { createExamService } from "../../../src/features/exams/exam-service.js";
import type { ExamRound } from "../../../src/features/knowledge/knowledge-port.js";
import { lowdbExamRoundRepository } from "../../../src/storage/lowdb/exam-round-repository.js";
import { reminderStore, yearRounds } from "../../helpers/reminder-fixtures.js";

const clock = { now: () => new Date("2026-11-28T02:00:00Z") };
/** A change by `key` at the test clock's instant. */
const by = (key: string): Change => ({
	actor: { key, role: "admin" },
	now: clock.now(),
	today: "2026-11-28",
});
const source = { title: "管理员录入", trust: "medium" as const };
const round = (
	dates: ExamRound["dates"],
	certificateId = "c3",
): Omit<ExamRound, "id"> => ({
	certificateId,
	levels: ["中级"],
	dates,
	source,
});

async function rejection(p: Promise<unknown>): Promise<UserError> {
	try {
		await p;
	} catch (error) {
		if (error instanceof UserError) return error;
		throw error;
	}
	throw new Error("expected a UserError");
}

describe("exam service", () => {
	it("lists shipped and added rounds, soonest exam first", async () => {
		const store = reminderStore();
		const exams = createExamService(
			lowdbExamRoundRepository(store),
			yearRounds,
		);
		const added = await exams.add(
			by("telegram:1"),
			round({ register: "2027-01-05", exam: "2027-01-10" }, "c1"),
		);
		expect(added.id).toBe("r1");
		expect((await exams.list("c1")).map((r) => r.id)).toEqual([
			"r1",
			"e1",
			"e2",
		]);
		expect((await exams.upcoming("c1", "2027-03-21")).map((r) => r.id)).toEqual(
			["e1", "e2"],
		);
		expect((await exams.upcoming("c1", "2027-04-05")).map((r) => r.id)).toEqual(
			["e2"],
		);
		expect(store.data.reminders.rounds[0]).toMatchObject({
			addedBy: "telegram:1",
			addedAt: "2026-11-28T02:00:00.000Z",
		});
		expect((await exams.get("R1"))?.dates.exam).toBe("2027-01-10");
	});

	it("rejects milestones in the wrong order, naming the options as typed", async () => {
		const exams = createExamService(
			lowdbExamRoundRepository(reminderStore()),
			[],
		);
		const e = await rejection(
			exams.add(by("a"), round({ register: "2027-03-21", exam: "2027-03-20" })),
		);
		expect(e.code).toBe("exam.order");
		expect(e.params).toEqual({
			first: "register-by",
			a: "2027-03-21",
			second: "exam",
			b: "2027-03-20",
		});
		const pay = await rejection(
			exams.add(
				by("a"),
				round({
					register: "2027-03-15",
					pay: "2027-03-14",
					exam: "2027-03-20",
				}),
			),
		);
		expect(pay.params).toMatchObject({
			first: "register-by",
			second: "pay-by",
		});
		const results = await rejection(
			exams.add(
				by("a"),
				round({
					register: "2027-03-15",
					exam: "2027-03-20",
					results: "2027-03-19",
				}),
			),
		);
		expect(results.params).toMatchObject({ first: "exam", second: "results" });
		const sameDay = await rejection(
			exams.add(
				by("a"),
				round({
					register: "2027-03-15",
					pay: "2027-03-20",
					exam: "2027-03-20",
				}),
			),
		);
		expect(sameDay.params).toMatchObject({ first: "pay-by", second: "exam" });
	});

	it("accepts registration and payment on the same day and results on the exam day", async () => {
		const exams = createExamService(
			lowdbExamRoundRepository(reminderStore()),
			[],
		);
		await expect(
			exams.add(
				by("a"),
				round({
					register: "2027-03-15",
					pay: "2027-03-15",
					exam: "2027-03-20",
					results: "2027-03-20",
				}),
			),
		).resolves.toMatchObject({ id: "r1" });
	});

	it("refuses a duplicate round and never reuses an id", async () => {
		const exams = createExamService(
			lowdbExamRoundRepository(reminderStore()),
			[],
		);
		await exams.add(
			by("a"),
			round({ register: "2027-03-15", exam: "2027-03-20" }),
		);
		const dup = await rejection(
			exams.add(by("a"), round({ register: "2027-03-10", exam: "2027-03-20" })),
		);
		expect(dup.code).toBe("exam.duplicate");
		expect(await exams.remove(by("a"), "r1")).toBe("removed");
		const again = await exams.add(
			by("a"),
			round({ register: "2027-03-15", exam: "2027-03-20" }),
		);
		expect(again.id).toBe("r2");
	});

	it("does not remove shipped rounds and says when an id is unknown", async () => {
		const exams = createExamService(
			lowdbExamRoundRepository(reminderStore()),
			yearRounds,
		);
		expect(await exams.remove(by("a"), "e1")).toBe("shipped");
		expect(await exams.remove(by("a"), "r9")).toBe("not-found");
		expect(exams.isShipped("E1")).toBe(true);
	});
});
