import { describe, expect, it } from "vitest";
import { UserError } from "../../../src/core/errors.js";
import { createExamService } from "../../../src/features/exams/exam-service.js";
import type { ExamRound } from "../../../src/features/knowledge/knowledge-port.js";
import { reminderStore, yearRounds } from "../../helpers/reminder-fixtures.js";

const clock = { now: () => new Date("2026-11-28T02:00:00Z") };
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
		const exams = createExamService(store, yearRounds, clock);
		const added = await exams.add(
			round({ register: "2027-01-05", exam: "2027-01-10" }, "c1"),
			"telegram:1",
		);
		expect(added.id).toBe("r1");
		expect(exams.list("c1").map((r) => r.id)).toEqual(["r1", "e1", "e2"]);
		expect(exams.upcoming("c1", "2027-03-21").map((r) => r.id)).toEqual([
			"e1",
			"e2",
		]);
		expect(exams.upcoming("c1", "2027-04-05").map((r) => r.id)).toEqual(["e2"]);
		expect(store.data.reminders.rounds[0]).toMatchObject({
			addedBy: "telegram:1",
			addedAt: "2026-11-28T02:00:00.000Z",
		});
		expect(exams.get("R1")?.dates.exam).toBe("2027-01-10");
	});

	it("rejects milestones in the wrong order, naming the options as typed", async () => {
		const exams = createExamService(reminderStore(), [], clock);
		const e = await rejection(
			exams.add(round({ register: "2027-03-21", exam: "2027-03-20" }), "a"),
		);
		expect(e.code).toBe("exams.order");
		expect(e.params).toEqual({
			first: "register-by",
			a: "2027-03-21",
			second: "exam",
			b: "2027-03-20",
		});
		const pay = await rejection(
			exams.add(
				round({
					register: "2027-03-15",
					pay: "2027-03-14",
					exam: "2027-03-20",
				}),
				"a",
			),
		);
		expect(pay.params).toMatchObject({
			first: "register-by",
			second: "pay-by",
		});
		const results = await rejection(
			exams.add(
				round({
					register: "2027-03-15",
					exam: "2027-03-20",
					results: "2027-03-19",
				}),
				"a",
			),
		);
		expect(results.params).toMatchObject({ first: "exam", second: "results" });
		const sameDay = await rejection(
			exams.add(
				round({
					register: "2027-03-15",
					pay: "2027-03-20",
					exam: "2027-03-20",
				}),
				"a",
			),
		);
		expect(sameDay.params).toMatchObject({ first: "pay-by", second: "exam" });
	});

	it("accepts registration and payment on the same day and results on the exam day", async () => {
		const exams = createExamService(reminderStore(), [], clock);
		await expect(
			exams.add(
				round({
					register: "2027-03-15",
					pay: "2027-03-15",
					exam: "2027-03-20",
					results: "2027-03-20",
				}),
				"a",
			),
		).resolves.toMatchObject({ id: "r1" });
	});

	it("refuses a duplicate round and never reuses an id", async () => {
		const exams = createExamService(reminderStore(), [], clock);
		await exams.add(round({ register: "2027-03-15", exam: "2027-03-20" }), "a");
		const dup = await rejection(
			exams.add(round({ register: "2027-03-10", exam: "2027-03-20" }), "a"),
		);
		expect(dup.code).toBe("exams.duplicate");
		expect(await exams.remove("r1", "a")).toBe("removed");
		const again = await exams.add(
			round({ register: "2027-03-15", exam: "2027-03-20" }),
			"a",
		);
		expect(again.id).toBe("r2");
	});

	it("does not remove shipped rounds and says when an id is unknown", async () => {
		const exams = createExamService(reminderStore(), yearRounds, clock);
		expect(await exams.remove("e1", "a")).toBe("shipped");
		expect(await exams.remove("r9", "a")).toBe("not-found");
		expect(exams.isShipped("E1")).toBe(true);
	});
});
