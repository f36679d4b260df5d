import type { Repositories } from "../../features/repositories.js";
import type { PgDatabase } from "./database.js";
import type { FeatureMigrations } from "./migrate.js";
import { postgresTeachers } from "./teacher-repository.js";
import { trainingMigrations } from "./training-migrations.js";
import { postgresTrainingRecords } from "./training-repository.js";

/** Every feature's tables, migrated at start-up in this order. */
export const postgresMigrations: readonly FeatureMigrations[] = [
	trainingMigrations,
];

/** The features' repositories over one PostgreSQL database (`DATABASE_URL`). */
export function postgresRepositories(
	db: PgDatabase,
): Omit<Repositories, "store"> {
	return {
		trainingRecords: postgresTrainingRecords(db),
		teachers: postgresTeachers(db),
	};
}
