import type { ExamRoundRepository } from "../../features/exams/exam-round-repository.js";
import type { CertLevel } from "../../features/knowledge/knowledge-port.js";
import type { StoredExamRound } from "../../features/reminders/data.js";
import type { PgDatabase } from "./database.js";

export interface ExamRoundRow {
	id: string;
	certificate_id: string;
	levels: string[];
	register_by: string | null;
	pay_by: string | null;
	exam_date: string;
	results_on: string | null;
	site: string | null;
	note: string | null;
	source: StoredExamRound["source"];
	added_by: string;
	added_at: Date;
}

/** Columns as the row type expects them (dates as `YYYY-MM-DD` text, not JS dates). */
export const examRoundColumns = `id, certificate_id, levels, register_by::text, pay_by::text,
	exam_date::text, results_on::text, site, note, source, added_by, added_at`;

export function examRoundFromRow(row: ExamRoundRow): StoredExamRound {
	return {
		id: row.id,
		certificateId: row.certificate_id,
		levels: row.levels as CertLevel[],
		dates: {
			...(row.register_by ? { register: row.register_by } : {}),
			...(row.pay_by ? { pay: row.pay_by } : {}),
			exam: row.exam_date,
			...(row.results_on ? { results: row.results_on } : {}),
		},
		...(row.site !== null ? { site: row.site } : {}),
		...(row.note !== null ? { note: row.note } : {}),
		source: row.source,
		addedBy: row.added_by,
		addedAt: row.added_at.toISOString(),
	};
}

/** The values of an `INSERT INTO exam_rounds` in column order, `seq` second. */
export function examRoundValues(r: StoredExamRound, seq: number): unknown[] {
	return [
		r.id,
		seq,
		r.certificateId,
		r.levels,
		r.dates.register ?? null,
		r.dates.pay ?? null,
		r.dates.exam,
		r.dates.results ?? null,
		r.site ?? null,
		r.note ?? null,
		JSON.stringify(r.source),
		r.addedBy,
		r.addedAt,
	];
}

export const insertExamRound = `INSERT INTO exam_rounds (id, seq, certificate_id, levels,
	register_by, pay_by, exam_date, results_on, site, note, source, added_by, added_at)
	VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`;

/**
 * Run-time exam rounds in `exam_rounds`. `add` takes the next id and inserts under one
 * advisory lock, so two instances adding at once get different ids; the twin check is also a
 * unique index.
 */
export function postgresExamRoundRepository(
	db: PgDatabase,
): ExamRoundRepository {
	return {
		async all() {
			const { rows } = await db.query<ExamRoundRow>(
				`SELECT ${examRoundColumns} FROM exam_rounds ORDER BY seq`,
			);
			return rows.map(examRoundFromRow);
		},

		add(round, reservedIds) {
			return db.transaction(
				async (sql) => {
					const twin = await sql.query<{ id: string }>(
						`SELECT id FROM exam_rounds
						 WHERE certificate_id = $1 AND exam_date = $2 AND levels = $3`,
						[round.certificateId, round.dates.exam, round.levels],
					);
					if (twin.rows[0]) return { twin: twin.rows[0].id };
					const counter = await sql.query<{ next_seq: string }>(
						"SELECT next_seq FROM exam_round_counter FOR UPDATE",
					);
					let seq = Number(counter.rows[0]?.next_seq ?? 1);
					while (reservedIds.has(`r${seq}`)) seq++;
					const added: StoredExamRound = { ...round, id: `r${seq}` };
					await sql.query(insertExamRound, examRoundValues(added, seq));
					await sql.query("UPDATE exam_round_counter SET next_seq = $1", [
						seq + 1,
					]);
					return { added };
				},
				{ lock: "exams:rounds" },
			);
		},

		async remove(id) {
			const { rowCount } = await db.query(
				"DELETE FROM exam_rounds WHERE id = $1",
				[id],
			);
			return (rowCount ?? 0) > 0;
		},
	};
}
