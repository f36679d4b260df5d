import { UserError } from "../../core/errors.js";
import type { Store } from "../../storage/store.js";
import type { ExamRound, Milestone } from "../knowledge/knowledge-port.js";
import type { ReminderData, StoredExamRound } from "../reminders/data.js";
import type { ExamService } from "./exams-port.js";
import { checkMilestones, lastDate } from "./milestones.js";

/** Milestones as admins type them in `/exam add`, so an error names what they wrote. */
const optionName: Record<Milestone, string> = {
	register: "register-by",
	pay: "pay-by",
	exam: "exam",
	results: "results",
};

const bySoonestExam = (a: ExamRound, b: ExamRound) =>
	a.dates.exam.localeCompare(b.dates.exam) || a.id.localeCompare(b.id);

/** Strips the bookkeeping fields so callers see plain rounds. */
function plain(round: StoredExamRound): ExamRound {
	const { addedBy: _by, addedAt: _at, ...rest } = round;
	return rest;
}

/**
 * Exam rounds from `knowledge/exams.json` (`shipped`, read-only) plus admin-added rounds kept in
 * the reminders section of the database. Run-time ids are `r1`, `r2`, … and never reused, so an
 * outbox key that names a removed round cannot collide with a later one.
 */
export function createExamService(
	store: Store<{ reminders: ReminderData }>,
	shipped: readonly ExamRound[],
): ExamService {
	const shippedIds = new Set(shipped.map((r) => r.id.toLowerCase()));

	function all(): ExamRound[] {
		return [...shipped, ...store.data.reminders.rounds.map(plain)];
	}

	return {
		upcoming(certificateId, today) {
			return all()
				.filter(
					(r) => r.certificateId === certificateId && lastDate(r) >= today,
				)
				.sort(bySoonestExam);
		},

		list(certificateId) {
			return all()
				.filter((r) => !certificateId || r.certificateId === certificateId)
				.sort(bySoonestExam);
		},

		async add(change, round) {
			const order = checkMilestones(round.dates);
			if (!order.ok)
				throw new UserError(order.code, {
					first: optionName[order.first],
					a: round.dates[order.first] ?? "",
					second: optionName[order.second],
					b: round.dates[order.second] ?? "",
				});
			const twin = all().find(
				(r) =>
					r.certificateId === round.certificateId &&
					r.dates.exam === round.dates.exam &&
					r.levels.join() === round.levels.join(),
			);
			if (twin) throw new UserError("exam.duplicate", { id: twin.id });
			return store.update((d) => {
				let seq = d.reminders.nextRoundSeq;
				while (shippedIds.has(`r${seq}`)) seq++;
				const stored: StoredExamRound = {
					...round,
					id: `r${seq}`,
					addedBy: change.actor.key,
					addedAt: change.now.toISOString(),
				};
				d.reminders.nextRoundSeq = seq + 1;
				d.reminders.rounds.push(stored);
				return plain(stored);
			});
		},

		async remove(_change, id) {
			const wanted = id.toLowerCase();
			if (shippedIds.has(wanted)) return "shipped";
			if (!store.data.reminders.rounds.some((r) => r.id === wanted))
				return "not-found";
			return store.update((d) => {
				const i = d.reminders.rounds.findIndex((r) => r.id === wanted);
				if (i < 0) return "not-found" as const;
				d.reminders.rounds.splice(i, 1);
				return "removed" as const;
			});
		},

		get(id) {
			const wanted = id.toLowerCase();
			return all().find((r) => r.id.toLowerCase() === wanted);
		},

		isShipped(id) {
			return shippedIds.has(id.toLowerCase());
		},
	};
}

/** Instants at which run-time rounds were added, for the planner's "not before it existed" rule. */
export function roundAddedAt(data: ReminderData): Map<string, string> {
	return new Map(data.rounds.map((r) => [r.id, r.addedAt]));
}
