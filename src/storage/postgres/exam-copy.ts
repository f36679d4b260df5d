import type { DocumentCopier } from "./copy-document.js";
import { examRoundValues, insertExamRound } from "./exam-round-repository.js";

/** Run-time exam rounds and the id counter (so ids are never reused after the move). */
export const examCopier: DocumentCopier = {
	feature: "exams",
	expected: (doc) => ({ exam_rounds: doc.reminders.rounds.length }),
	async copy(doc, sql) {
		let seq = 0;
		for (const round of doc.reminders.rounds) {
			seq++;
			await sql.query(insertExamRound, examRoundValues(round, seq));
		}
		await sql.query("UPDATE exam_round_counter SET next_seq = $1", [
			doc.reminders.nextRoundSeq,
		]);
	},
	async count(sql) {
		const { rows } = await sql.query<{ n: number }>(
			"SELECT count(*)::int AS n FROM exam_rounds",
		);
		return { exam_rounds: rows[0]?.n ?? 0 };
	},
};
