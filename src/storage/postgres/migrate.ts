import type { PgDatabase } from "./database.js";

/** One step of a feature's schema, applied once, in order of `version`. */
export interface Migration {
	version: number;
	/** What it does, for the log. */
	name: string;
	sql: string;
}

/**
 * Each feature owns its tables and their migrations, numbered from 1 within the feature, so two
 * features never compete for a number.
 */
export interface FeatureMigrations {
	feature: string;
	migrations: readonly Migration[];
}

/**
 * Brings the schema up to date: every pending step of every feature, each in its own transaction
 * together with its row in `schema_migrations`, under one advisory lock so two instances starting
 * at once do not both migrate. Refuses a database migrated by a newer build.
 */
export async function migrateSchema(
	db: PgDatabase,
	features: readonly FeatureMigrations[],
): Promise<void> {
	await db.transaction(
		async (sql) => {
			await sql.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
				feature text NOT NULL,
				version integer NOT NULL,
				name text NOT NULL,
				applied_at timestamptz NOT NULL DEFAULT now(),
				PRIMARY KEY (feature, version))`);
			const { rows } = await sql.query<{ feature: string; version: number }>(
				"SELECT feature, max(version)::int AS version FROM schema_migrations GROUP BY feature",
			);
			const done = new Map(rows.map((r) => [r.feature, r.version]));
			for (const { feature, migrations } of features) {
				const at = done.get(feature) ?? 0;
				const known = Math.max(0, ...migrations.map((m) => m.version));
				if (at > known)
					throw new Error(
						`the database's ${feature} tables are at version ${at}, newer than this build knows (${known}); run a newer onex-bot`,
					);
				for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
					if (m.version <= at) continue;
					await sql.query(m.sql);
					await sql.query(
						"INSERT INTO schema_migrations (feature, version, name) VALUES ($1, $2, $3)",
						[feature, m.version, m.name],
					);
				}
			}
		},
		{ lock: "onex-bot schema migrations" },
	);
}
