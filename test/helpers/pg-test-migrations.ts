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
