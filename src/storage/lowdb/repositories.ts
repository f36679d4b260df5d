import type { Repositories } from "../../features/repositories.js";
import type { DbData } from "../db.js";
import type { Store } from "../store.js";
import { lowdbInviteRepository } from "./invite-repository.js";
import { lowdbKnowledgeLayerRepository } from "./knowledge-layer-repository.js";
import { lowdbQuestionLogRepository } from "./question-log-repository.js";

/** The features' repositories over the embedded document (a lowdb file, or memory in tests). */
export function lowdbRepositories(store: Store<DbData>): Repositories {
	return {
		store,
		questions: lowdbQuestionLogRepository(store),
		invites: lowdbInviteRepository(store),
		knowledgeLayer: lowdbKnowledgeLayerRepository(store),
	};
}
