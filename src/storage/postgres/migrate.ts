import type { Logger } from "../../core/ports.js";
import { StorageError } from "../storage-error.js";
import type { PgDatabase } from "./database.js";
import { translatePgError } from "./pg-errors.js";

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

/** The session-level advisory lock every migrating process takes (`hashtextextended` of it). */
export const MIGRATION_LOCK = "onex-bot schema migrations";

/** Versions must be 1, 2, 3 … within a feature and features must be unique: a bug otherwise. */
function checkDeclared(features: readonly FeatureMigrations[]): void {
	const seen = new Set<string>();
	for (const { feature, migrations } of features) {
		if (seen.has(feature))
			throw new Error(`migrations of ${feature} are listed twice`);
		seen.add(feature);
		const versions = migrations.map((m) => m.version).sort((a, b) => a - b);
		versions.forEach((v, i) => {
			if (v !== i + 1)
				throw new Error(
					`migrations of ${feature} must be numbered 1, 2, 3 …; found ${versions.join(", ")}`,
				);
		});
	}
}

/**
 * Brings the schema up to date: every pending step of every feature, each in its own transaction
 * together with its row in `schema_migrations`, so a process killed half-way leaves only whole
 * steps behind and the next start resumes after the last one. One session advisory lock makes two
 * instances starting at once migrate one after the other (the second finds nothing to do).
 * Refuses, changing nothing, a database that a newer build has migrated. Returns the steps applied.
 */
export async function migrateSchema(
	db: PgDatabase,
	features: readonly FeatureMigrations[],
	options: { logger?: Logger } = {},
): Promise<string[]> {
	checkDeclared(features);
	const client = await db.pool.connect().catch((error: unknown) => {
		throw translatePgError(error, db.where);
	});
	let broken: Error | undefined;
	// A connection cut while checked out emits `error`; unheard, it would end the process.
	const onError = (error: Error) => {
		broken = error;
	};
	client.on("error", onError);
	const applied: string[] = [];
	try {
		await client.query("SELECT pg_advisory_lock(hashtextextended($1, 0))", [
			MIGRATION_LOCK,
		]);
		await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
			feature text NOT NULL,
			version integer NOT NULL,
			name text NOT NULL,
			applied_at timestamptz NOT NULL DEFAULT now(),
			PRIMARY KEY (feature, version))`);
		const { rows } = await client.query<{ feature: string; version: number }>(
			"SELECT feature, max(version)::int AS version FROM schema_migrations GROUP BY feature",
		);
		const done = new Map(rows.map((r) => [r.feature, r.version]));
		const known = new Map(
			features.map((f) => [f.feature, f.migrations.length]),
		);
		const newer = [...done]
			.filter(([feature, at]) => at > (known.get(feature) ?? 0))
			.map(
				([feature, at]) =>
					`${feature} at version ${at}, this build knows ${known.get(feature) ?? 0}`,
			);
		if (newer.length > 0)
			throw new StorageError(
				db.where,
				`The database at ${db.where} was migrated by a newer onex-bot (${newer.join("; ")}). It was left unchanged: run that newer version, or restore a backup made for this one.`,
			);
		for (const { feature, migrations } of features) {
			const at = done.get(feature) ?? 0;
			for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
				if (m.version <= at) continue;
				try {
					await client.query("BEGIN");
					await client.query(m.sql);
					await client.query(
						"INSERT INTO schema_migrations (feature, version, name) VALUES ($1, $2, $3)",
						[feature, m.version, m.name],
					);
					await client.query("COMMIT");
				} catch (error) {
					await client.query("ROLLBACK").catch((e: unknown) => {
						broken = e instanceof Error ? e : new Error(String(e));
					});
					const reason = error instanceof Error ? error.message : String(error);
					throw new StorageError(
						db.where,
						`Migration ${feature} ${m.version} (${m.name}) failed and was rolled back (${reason}); the database keeps version ${m.version - 1} of ${feature}`,
						{ cause: translatePgError(error, db.where) },
					);
				}
				applied.push(`${feature} ${m.version}: ${m.name}`);
				options.logger?.info("database migrated", {
					feature,
					version: m.version,
					name: m.name,
				});
			}
		}
		return applied;
	} catch (error) {
		if (!(error instanceof StorageError)) broken ??= error as Error;
		throw error instanceof StorageError
			? error
			: translatePgError(error, db.where);
	} finally {
		if (!broken)
			await client
				.query("SELECT pg_advisory_unlock(hashtextextended($1, 0))", [
					MIGRATION_LOCK,
				])
				.catch((e: unknown) => {
					broken = e instanceof Error ? e : new Error(String(e));
				});
		// A connection that failed is closed, which also releases the lock on the server.
		client.off("error", onError);
		client.release(broken);
	}
}
