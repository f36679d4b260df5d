import type { Repositories } from "../../features/repositories.js";
import type { PgDatabase } from "./database.js";
import { examMigrations } from "./exam-migrations.js";
import { postgresExamRoundRepository } from "./exam-round-repository.js";
import { inviteMigrations } from "./invite-migrations.js";
import { postgresInviteRepository } from "./invite-repository.js";
import { knowledgeLayerMigrations } from "./knowledge-layer-migrations.js";
import { postgresKnowledgeLayerRepository } from "./knowledge-layer-repository.js";
import type { FeatureMigrations } from "./migrate.js";
import { postgresOutboxRepository } from "./outbox-repository.js";
import { postgresQuestionLogRepository } from "./question-log-repository.js";
import { questionMigrations } from "./question-migrations.js";
import { reminderMigrations } from "./reminder-migrations.js";
import { postgresSubscriptionRepository } from "./subscription-repository.js";
import { postgresTeachers } from "./teacher-repository.js";
import { trainingMigrations } from "./training-migrations.js";
import { postgresTrainingRecords } from "./training-repository.js";

/** Every feature's tables, migrated at start-up in this order. */
export const postgresMigrations: readonly FeatureMigrations[] = [
	questionMigrations,
	inviteMigrations,
	knowledgeLayerMigrations,
	examMigrations,
	reminderMigrations,
	trainingMigrations,
];

/** The features' repositories over one PostgreSQL database (`DATABASE_URL`). */
export function postgresRepositories(db: PgDatabase): Repositories {
	return {
		questions: postgresQuestionLogRepository(db),
		invites: postgresInviteRepository(db),
		knowledgeLayer: postgresKnowledgeLayerRepository(db),
		examRounds: postgresExamRoundRepository(db),
		reminderSubscriptions: postgresSubscriptionRepository(db),
		reminderOutbox: postgresOutboxRepository(db),
		trainingRecords: postgresTrainingRecords(db),
		teachers: postgresTeachers(db),
	};
}
