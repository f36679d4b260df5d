import type { Repositories } from "../../features/repositories.js";
import type { PgDatabase } from "./database.js";
import type { FeatureMigrations } from "./migrate.js";

/** Every feature's tables, migrated at start-up in this order. */
export const postgresMigrations: readonly FeatureMigrations[] = [];

/** The features' repositories over one PostgreSQL database (`DATABASE_URL`). */
export function postgresRepositories(
	db: PgDatabase,
): Omit<Repositories, "store"> {
	void db;
	return {};
}
