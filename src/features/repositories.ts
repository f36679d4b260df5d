import type { DbData } from "../storage/db.js";
import type { Store } from "../storage/store.js";
import type { KnowledgeLayerRepository } from "./knowledge/layer/layer-repository.js";
import type { InviteRepository } from "./users/invite-repository.js";
import type { QuestionLogRepository } from "./users/question-log-repository.js";

/**
 * Every feature's storage as the services reach it: one entry per repository interface, each
 * declared in its feature's folder and implemented twice under `src/storage/` (lowdb and
 * PostgreSQL).
 */
export interface Repositories {
	/**
	 * The whole embedded document, for the services not yet moved onto a repository of their own.
	 * @deprecated read and write through a feature repository.
	 */
	store: Store<DbData>;
	/** Unanswered questions, guessed answers and 有用/没用 presses. */
	questions: QuestionLogRepository;
	/** Invite codes, the pause of joining and the join audit trail. */
	invites: InviteRepository;
	/** Admin-added knowledge over the shipped files; loaded before the bot answers. */
	knowledgeLayer: KnowledgeLayerRepository;
}
