import type { Role } from "./command.js";
import type { ExamService } from "./exams-port.js";
import type { Locale, Translate } from "./i18n.js";
import type { InviteService } from "./invites-port.js";
import type { KnowledgeLayerPort } from "./knowledge-layer-port.js";
import type { KnowledgeService } from "./knowledge-port.js";
import type { Clock, Logger } from "./ports.js";
import type { Registry } from "./registry.js";
import type { ReminderService } from "./reminders-port.js";
import type { Request } from "./request.js";
import type { TrainingService } from "./training-port.js";
import type { UnansweredLog, UserDirectory } from "./users-port.js";

/** Everything a command reaches; built by `main.ts`, faked in tests. */
export interface Services {
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

export interface CommandContext {
	request: Request;
	locale: Locale;
	t: Translate;
	user: { key: string; role: Role; name?: string };
	/** The instant this request is handled. */
	now: Date;
	/** IANA zone for dates people type and read (default Asia/Shanghai). */
	zone: string;
	/** Today's date in `zone`, `YYYY-MM-DD`. */
	today: string;
	services: Services;
	clock: Clock;
	logger: Logger;
	/** All commands, for help and menus. */
	registry: Registry;
}
