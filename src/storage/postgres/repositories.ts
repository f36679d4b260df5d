import type { Repositories } from "../../features/repositories.js";
import type { PgDatabase } from "./database.js";
import { inviteMigrations } from "./invite-migrations.js";
import { postgresInviteRepository } from "./invite-repository.js";
import { knowledgeLayerMigrations } from "./knowledge-layer-migrations.js";
import { postgresKnowledgeLayerRepository } from "./knowledge-layer-repository.js";
import type { FeatureMigrations } from "./migrate.js";
import { postgresQuestionLogRepository } from "./question-log-repository.js";
import { questionMigrations } from "./question-migrations.js";

/** Every feature's tables, migrated at start-up in this order. */
export const postgresMigrations: readonly FeatureMigrations[] = [
	questionMigrations,
	inviteMigrations,
	knowledgeLayerMigrations,
];

/** The features' repositories over one PostgreSQL database (`DATABASE_URL`). */
export function postgresRepositories(
	db: PgDatabase,
): Omit<Repositories, "store"> {
	return {
		questions: postgresQuestionLogRepository(db),
		invites: postgresInviteRepository(db),
		knowledgeLayer: postgresKnowledgeLayerRepository(db),
	};
}
