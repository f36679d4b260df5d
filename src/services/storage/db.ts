import type {
	AnswerFeedback,
	GuessedAnswer,
	UnansweredQuestion,
} from "../../core/users-port.js";
import {
	emptyKnowledgeLayer,
	type KnowledgeLayerData,
} from "../knowledge/layer/data.js";
import { emptyReminderData, type ReminderData } from "../reminders/data.js";
import { emptyTrainingData, type TrainingData } from "../training/data.js";
import { emptyInviteData, type InviteData } from "../users/invite-data.js";

/** Bumped with every change of shape; `migrations.ts` upgrades older files. */
export const SCHEMA_VERSION = 2;

/** The whole lowdb document: one section per service. */
export interface DbData {
	schemaVersion: number;
	unanswered: UnansweredQuestion[];
	/** Answers that were guesses (suggestion lists, weak matches), for admins. */
	guesses: GuessedAnswer[];
	/** 有用 / 没用 presses under answers. */
	feedback: AnswerFeedback[];
	training: TrainingData;
	reminders: ReminderData;
	/** Admin-added and imported knowledge over the shipped files. */
	knowledgeLayer: KnowledgeLayerData;
	/** Generated invite code (hashed), pause, and the join audit trail. */
	invites: InviteData;
}

export function emptyDb(): DbData {
	return {
		schemaVersion: SCHEMA_VERSION,
		unanswered: [],
		guesses: [],
		feedback: [],
		training: emptyTrainingData(),
		reminders: emptyReminderData(),
		knowledgeLayer: emptyKnowledgeLayer(),
		invites: emptyInviteData(),
	};
}
