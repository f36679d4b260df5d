import type { DocumentCopier } from "../../src/storage/postgres/copy-document.js";
import type { FeatureMigrations } from "../../src/storage/postgres/migrate.js";

/** A test feature with one table of items, for the migration and copy tests. */
export const itemsFeature: FeatureMigrations = {
	feature: "test_items",
	migrations: [
		{
			version: 1,
			name: "items",
			sql: "CREATE TABLE test_items (id integer PRIMARY KEY, title text NOT NULL)",
		},
		{
			version: 2,
			name: "items by title",
			sql: "CREATE INDEX test_items_title ON test_items (title)",
		},
	],
};

/**
 * Step 1 creates `slow_one`; step 2 creates `slow_two` and then sleeps `seconds` inside the same
 * transaction, so a process killed meanwhile leaves step 2 undone.
 */
export function slowFeature(seconds: number): FeatureMigrations {
	return {
		feature: "slow",
		migrations: [
			{ version: 1, name: "one", sql: "CREATE TABLE slow_one (id integer)" },
			{
				version: 2,
				name: "two",
				sql: `CREATE TABLE slow_two (id integer); SELECT pg_sleep(${seconds})`,
			},
		],
	};
}

/** Copies the document's unanswered questions into `test_items`, for the copy driver's tests. */
export const itemsCopier: DocumentCopier = {
	feature: "test_items",
	expected: (doc) => ({ test_items: doc.unanswered.length }),
	async copy(doc, sql) {
		for (const [i, q] of doc.unanswered.entries())
			await sql.query("INSERT INTO test_items (id, title) VALUES ($1, $2)", [
				i + 1,
				q.text,
			]);
	},
	async count(sql) {
		const { rows } = await sql.query<{ n: number }>(
			"SELECT count(*)::int AS n FROM test_items",
		);
		return { test_items: rows[0]?.n ?? 0 };
	},
};

/** Copies nothing but sleeps `seconds` inside the copy's transaction, so a test can kill it. */
export function sleepingCopier(seconds: number): DocumentCopier {
	return {
		feature: "test_sleep",
		expected: () => ({}),
		async copy(_doc, sql) {
			await sql.query(`SELECT pg_sleep(${seconds})`);
		},
		count: async () => ({}),
	};
}
