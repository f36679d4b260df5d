import {
	type ExamRoundRepository,
	roundTwinKey,
} from "../../features/exams/exam-round-repository.js";
import type {
	ReminderData,
	StoredExamRound,
} from "../../features/reminders/data.js";
import type { Store } from "../store.js";

/**
 * Run-time exam rounds in the `reminders` section of the embedded document (`rounds`,
 * `nextRoundSeq`). The rounds are few (an admin adds a handful a term), so reads scan them.
 */
export function lowdbExamRoundRepository(
	store: Store<{ reminders: ReminderData }>,
): ExamRoundRepository {
	const data = () => store.data.reminders;
	return {
		async all() {
			return data().rounds.map((r) => structuredClone(r));
		},

		async add(round, reservedIds) {
			// Read, check and apply in one tick: nothing else can run in between.
			const d = data();
			const key = roundTwinKey(round);
			const twin = d.rounds.find((r) => roundTwinKey(r) === key);
			if (twin) return { twin: twin.id };
			let seq = d.nextRoundSeq;
			while (reservedIds.has(`r${seq}`)) seq++;
			const stored: StoredExamRound = { ...round, id: `r${seq}` };
			await store.apply([
				{ op: "set", path: ["reminders", "nextRoundSeq"], value: seq + 1 },
				{
					op: "push",
					path: ["reminders", "rounds"],
					value: structuredClone(stored),
				},
			]);
			return { added: stored };
		},

		async remove(id) {
			const i = data().rounds.findIndex((r) => r.id === id);
			if (i < 0) return false;
			await store.apply([
				{ op: "splice", path: ["reminders", "rounds"], index: i, count: 1 },
			]);
			return true;
		},
	};
}
