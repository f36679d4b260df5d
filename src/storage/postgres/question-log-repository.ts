import type { LoggedEntry } from "../../features/users/question-groups.js";
import type {
	QuestionLogRepository,
	StoredQuestion,
} from "../../features/users/question-log-repository.js";
import type {
	AnswerFeedback,
	GuessedAnswer,
	GuessKind,
	UnansweredQuestion,
} from "../../features/users/users-port.js";
import type { PgDatabase, Sql } from "./database.js";

type Kind = LoggedEntry["type"];

export const QUESTION_TABLES = {
	unanswered: "question_unanswered",
	guess: "question_guesses",
	feedback: "question_feedback",
} as const satisfies Record<Kind, string>;

interface Row {
	id: string;
	type: Kind;
	at: Date;
	user_key: string;
	text: string;
	handled_at: Date | null;
	kind: GuessKind | null;
	score: number | null;
	shown: string[] | null;
	useful: boolean | null;
	shown_one: string | null;
}

const handled = (r: Row) =>
	r.handled_at ? { handledAt: r.handled_at.toISOString() } : {};

function toUnanswered(r: Row): UnansweredQuestion {
	return {
		at: r.at.toISOString(),
		userKey: r.user_key,
		text: r.text,
		...handled(r),
	};
}

/** A row of the union below as the entry the feature logged. */
function toLogged(r: Row): LoggedEntry {
	const base = { at: r.at.toISOString(), userKey: r.user_key, text: r.text };
	switch (r.type) {
		case "unanswered":
			return { type: "unanswered", entry: toUnanswered(r) };
		case "guess":
			return {
				type: "guess",
				entry: {
					...base,
					kind: r.kind as GuessKind,
					score: r.score ?? 1,
					shown: r.shown ?? [],
					...handled(r),
				} satisfies GuessedAnswer,
			};
		case "feedback":
			return {
				type: "feedback",
				entry: {
					...base,
					useful: r.useful ?? false,
					...(r.shown_one === null ? {} : { shown: r.shown_one }),
					...handled(r),
				} satisfies AnswerFeedback,
			};
	}
}

/** Every kind in one shape; `k` orders entries of the same instant as the lists do. */
const UNION = `
SELECT id::text, 'unanswered' AS type, 0 AS k, at, user_key, text, handled_at,
	NULL::text AS kind, NULL::float8 AS score, NULL::text[] AS shown, NULL::boolean AS useful, NULL::text AS shown_one
FROM question_unanswered WHERE handled_at IS NULL
UNION ALL
SELECT id::text, 'guess', 1, at, user_key, text, handled_at, kind, score, shown, NULL, NULL
FROM question_guesses WHERE handled_at IS NULL
UNION ALL
SELECT id::text, 'feedback', 2, at, user_key, text, handled_at, NULL, NULL, NULL, useful, shown
FROM question_feedback WHERE handled_at IS NULL`;

/** Inserts one logged entry (also used by the document copy). */
export async function insertLogged(sql: Sql, item: LoggedEntry): Promise<void> {
	const e = item.entry;
	const common = [e.at, e.userKey, e.text, e.handledAt ?? null];
	switch (item.type) {
		case "unanswered":
			await sql.query(
				"INSERT INTO question_unanswered (at, user_key, text, handled_at) VALUES ($1, $2, $3, $4)",
				common,
			);
			return;
		case "guess":
			await sql.query(
				"INSERT INTO question_guesses (at, user_key, text, handled_at, kind, score, shown) VALUES ($1, $2, $3, $4, $5, $6, $7)",
				[...common, item.entry.kind, item.entry.score, item.entry.shown],
			);
			return;
		case "feedback":
			await sql.query(
				"INSERT INTO question_feedback (at, user_key, text, handled_at, useful, shown) VALUES ($1, $2, $3, $4, $5, $6)",
				[...common, item.entry.useful, item.entry.shown ?? null],
			);
			return;
	}
}

/**
 * The question log in three tables, one per kind; an entry's id is its row id. Appending and
 * trimming run in one transaction.
 */
export function postgresQuestionLogRepository(
	db: PgDatabase,
): QuestionLogRepository {
	return {
		async append(item, keep) {
			const table = QUESTION_TABLES[item.type];
			await db.transaction(async (sql) => {
				await insertLogged(sql, item);
				await sql.query(
					`DELETE FROM ${table} WHERE id <= (SELECT id FROM ${table} ORDER BY id DESC OFFSET $1 LIMIT 1)`,
					[keep],
				);
			});
		},
		async recentUnanswered(limit) {
			if (limit <= 0) return [];
			const { rows } = await db.query<Row>(
				"SELECT id::text, at, user_key, text, handled_at FROM question_unanswered ORDER BY id DESC LIMIT $1",
				[limit],
			);
			return rows.map(toUnanswered);
		},
		async openEntries(limit) {
			if (limit <= 0) return [];
			const { rows } = await db.query<Row>(
				`SELECT * FROM (${UNION}) open ORDER BY at DESC, k DESC, id::bigint DESC LIMIT $1`,
				[limit],
			);
			return rows
				.reverse()
				.map((r) => ({ ...toLogged(r), id: r.id }) as StoredQuestion);
		},
		async markHandled(entries, at) {
			if (entries.length === 0) return 0;
			return db.transaction(async (sql) => {
				let marked = 0;
				for (const type of Object.keys(QUESTION_TABLES) as Kind[]) {
					const ids = entries.filter((e) => e.type === type).map((e) => e.id);
					if (ids.length === 0) continue;
					const r = await sql.query(
						`UPDATE ${QUESTION_TABLES[type]} SET handled_at = $1 WHERE id = ANY($2::bigint[]) AND handled_at IS NULL`,
						[at, ids],
					);
					marked += r.rowCount ?? 0;
				}
				return marked;
			});
		},
	};
}
