import type { Repositories } from "../../features/repositories.js";
import type { PgDatabase } from "./database.js";
import { examMigrations } from "./exam-migrations.js";
import { postgresExamRoundRepository } from "./exam-round-repository.js";
import type { FeatureMigrations } from "./migrate.js";
import { postgresOutboxRepository } from "./outbox-repository.js";
import { reminderMigrations } from "./reminder-migrations.js";
import { postgresSubscriptionRepository } from "./subscription-repository.js";

/** Every feature's tables, migrated at start-up in this order. */
export const postgresMigrations: readonly FeatureMigrations[] = [
	examMigrations,
	reminderMigrations,
];

/** The features' repositories over one PostgreSQL database (`DATABASE_URL`). */
export function postgresRepositories(
	db: PgDatabase,
): Omit<Repositories, "store"> {
	return {
		examRounds: postgresExamRoundRepository(db),
		reminderSubscriptions: postgresSubscriptionRepository(db),
		reminderOutbox: postgresOutboxRepository(db),
	};
}
