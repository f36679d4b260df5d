import type { Repositories } from "../../features/repositories.js";
import type { DbData } from "../db.js";
import type { Store } from "../store.js";
import { lowdbExamRoundRepository } from "./exam-round-repository.js";
import { lowdbInviteRepository } from "./invite-repository.js";
import { lowdbKnowledgeLayerRepository } from "./knowledge-layer-repository.js";
import { lowdbOutboxRepository } from "./outbox-repository.js";
import { lowdbQuestionLogRepository } from "./question-log-repository.js";
import { lowdbSubscriptionRepository } from "./subscription-repository.js";
import { lowdbTeachers } from "./teacher-repository.js";
import { lowdbTrainingRecords } from "./training-repository.js";

/** The features' repositories over the embedded document (a lowdb file, or memory in tests). */
export function lowdbRepositories(store: Store<DbData>): Repositories {
	return {
		trainingRecords: lowdbTrainingRecords(store),
		teachers: lowdbTeachers(store),
		questions: lowdbQuestionLogRepository(store),
		invites: lowdbInviteRepository(store),
		knowledgeLayer: lowdbKnowledgeLayerRepository(store),
		examRounds: lowdbExamRoundRepository(store),
		reminderSubscriptions: lowdbSubscriptionRepository(store),
		reminderOutbox: lowdbOutboxRepository(store),
	};
}
