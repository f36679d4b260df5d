import type { Services } from "./core/context.js";
import type { Clock, Logger } from "./core/ports.js";
import { createExamService } from "./features/exams/exam-service.js";
import { createKnowledgeService } from "./features/knowledge/knowledge-service.js";
import type { LayerSnapshot } from "./features/knowledge/layer/layer-repository.js";
import { createLayeredKnowledge } from "./features/knowledge/layer/layer-service.js";
import type { KnowledgeData } from "./features/knowledge/load.js";
import { createReminderService } from "./features/reminders/reminder-service.js";
import type { GroupSubscribeRole } from "./features/reminders/reminders-port.js";
import type { Repositories } from "./features/repositories.js";
import { createTrainingService } from "./features/training/training-service.js";
import { createInviteService } from "./features/users/invites.js";
import type { AdminAlerts } from "./features/users/invites-port.js";
import { createUnansweredLog } from "./features/users/unanswered-log.js";
import { createUserDirectory } from "./features/users/user-directory.js";

export interface ServiceSettings {
	adminIds: readonly string[];
	/** `TEACHER_INVITE_CODE`; admins can also generate codes (`/teacher code new`). */
	teacherInviteCode: string | undefined;
	/** Where alerts for admins go (a pause of joining); the log only when absent. */
	alerts?: AdminAlerts;
	zone: string;
	reminderTime: string;
	groupSubscribeRole: GroupSubscribeRole;
	clock: Clock;
	/**
	 * The knowledge layer as loaded before the bot answers: `await
	 * repositories.knowledgeLayer.load()` (createBot reads it from the lowdb document itself).
	 */
	knowledgeLayer: LayerSnapshot;
	/** Where a failed background refresh of the knowledge layer is logged. */
	logger?: Logger;
}

/**
 * Builds every service over the features' repositories and the loaded knowledge base. The single place that
 * knows which concrete service implements which port; `main.ts`, scripts and tests call it.
 */
export function createServices(
	repositories: Repositories,
	knowledge: KnowledgeData,
	settings: ServiceSettings,
): Services {
	const users = createUserDirectory(repositories.teachers, settings.adminIds);
	const invites = createInviteService({
		repository: repositories.invites,
		...(settings.teacherInviteCode
			? { configuredCode: settings.teacherInviteCode }
			: {}),
		...(settings.alerts ? { alerts: settings.alerts } : {}),
	});
	// Shipped files plus the stored layer, rebuilt after every `/kb` change or import, and
	// reloaded when another instance changed it.
	const layered = createLayeredKnowledge({
		shipped: knowledge,
		repository: repositories.knowledgeLayer,
		snapshot: settings.knowledgeLayer,
		build: createKnowledgeService,
		clock: settings.clock,
		onRefreshError: (error) =>
			settings.logger?.error("could not refresh the knowledge layer", {
				error: String(error),
			}),
	});
	return {
		invites,
		knowledge: layered.knowledge,
		knowledgeLayer: layered.layer,
		exams: createExamService(repositories.examRounds, knowledge.exams),
		users,
		unanswered: createUnansweredLog(repositories.questions),
		training: createTrainingService({
			records: repositories.trainingRecords,
			teachers: repositories.teachers,
			users,
			policy: knowledge.policy,
			invites,
		}),
		reminders: createReminderService(
			{
				subscriptions: repositories.reminderSubscriptions,
				outbox: repositories.reminderOutbox,
			},
			{
				zone: settings.zone,
				reminderTime: settings.reminderTime,
				groupSubscribeRole: settings.groupSubscribeRole,
			},
		),
	};
}
