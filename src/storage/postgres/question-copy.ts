import type { LoggedEntry } from "../../features/users/question-groups.js";
import type { DocumentCopier } from "./copy-document.js";
import type { Sql } from "./database.js";
import { insertLogged, QUESTION_TABLES } from "./question-log-repository.js";

async function countRows(sql: Sql, table: string): Promise<number> {
	const { rows } = await sql.query<{ n: number }>(
		`SELECT count(*)::int AS n FROM ${table}`,
	);
	return rows[0]?.n ?? 0;
}

/** The question log's three lists, each in its order (row ids follow it). */
export const questionCopier: DocumentCopier = {
	feature: "question",
	expected: (doc) => ({
		[QUESTION_TABLES.unanswered]: doc.unanswered.length,
		[QUESTION_TABLES.guess]: doc.guesses.length,
		[QUESTION_TABLES.feedback]: doc.feedback.length,
	}),
	async copy(doc, sql) {
		const all: LoggedEntry[] = [
			...doc.unanswered.map((entry) => ({
				type: "unanswered" as const,
				entry,
			})),
			...doc.guesses.map((entry) => ({ type: "guess" as const, entry })),
			...doc.feedback.map((entry) => ({ type: "feedback" as const, entry })),
		];
		for (const item of all) await insertLogged(sql, item);
	},
	async count(sql) {
		const out: Record<string, number> = {};
		for (const table of Object.values(QUESTION_TABLES))
			out[table] = await countRows(sql, table);
		return out;
	},
};
