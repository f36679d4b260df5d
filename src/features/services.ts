import type { ExamService } from "./exams/exams-port.js";
import type { KnowledgeService } from "./knowledge/knowledge-port.js";
import type { KnowledgeLayerPort } from "./knowledge/layer/layer-port.js";
import type { ReminderService } from "./reminders/reminders-port.js";
import type { TrainingService } from "./training/training-port.js";
import type { InviteService } from "./users/invites-port.js";
import type { UnansweredLog, UserDirectory } from "./users/users-port.js";

/**
 * The services every command reaches through `ctx.services`. The core declares `Services` empty
 * and this file fills it, so the framework depends on no feature and a feature's type is one
 * import away from its folder.
 */
declare module "../core/context.js" {
	interface Services {
		knowledge: KnowledgeService;
		exams: ExamService;
		users: UserDirectory;
		unanswered: UnansweredLog;
		training: TrainingService;
		reminders: ReminderService;
		/** Admin changes to the knowledge base (`/kb`), searched at once. */
		knowledgeLayer: KnowledgeLayerPort;
		invites: InviteService;
	}
}
