import type { ExamRoundRepository } from "./exams/exam-round-repository.js";
import type { KnowledgeLayerRepository } from "./knowledge/layer/layer-repository.js";
import type { OutboxRepository } from "./reminders/outbox-repository.js";
import type { SubscriptionRepository } from "./reminders/subscription-repository.js";
import type { TrainingRecordsRepository } from "./training/records-repository.js";
import type { TeacherRepository } from "./training/teacher-repository.js";
import type { InviteRepository } from "./users/invite-repository.js";
import type { QuestionLogRepository } from "./users/question-log-repository.js";

/**
 * Every feature's storage as the services reach it: one entry per repository interface, each
 * declared in its feature's folder and implemented twice under `src/storage/` (lowdb and
 * PostgreSQL).
 */
export interface Repositories {
	/** Teachers' training and practice records with the audit trail. */
	trainingRecords: TrainingRecordsRepository;
	/** Granted teacher roles and teachers' profiles. */
	teachers: TeacherRepository;
	/** Unanswered questions, guessed answers and 有用/没用 presses. */
	questions: QuestionLogRepository;
	/** Invite codes, the pause of joining and the join audit trail. */
	invites: InviteRepository;
	/** Admin-added knowledge over the shipped files; loaded before the bot answers. */
	knowledgeLayer: KnowledgeLayerRepository;
	examRounds: ExamRoundRepository;
	reminderSubscriptions: SubscriptionRepository;
	reminderOutbox: OutboxRepository;
}
