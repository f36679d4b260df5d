import { commands } from "../../commands/index.js";
import type { Role } from "../../src/core/command.js";
import type { Services } from "../../src/core/context.js";
import { createDispatcher } from "../../src/core/dispatcher.js";
import type { Locale } from "../../src/core/i18n.js";
import { Registry } from "../../src/core/registry.js";
import type { ChatKind } from "../../src/core/request.js";
import { createExamService } from "../../src/features/exams/exam-service.js";
import type {
	Certificate,
	ExamRound,
	KnowledgeService,
} from "../../src/features/knowledge/knowledge-port.js";
import { createReminderService } from "../../src/features/reminders/reminder-service.js";
import type { GroupSubscribeRole } from "../../src/features/reminders/reminders-port.js";
import { type Answer, readAnswer, unavailable } from "./answer.js";
import { FixedClock } from "./fixed-clock.js";
import { MemoryLogger } from "./memory-logger.js";
import { certificates, reminderStore } from "./reminder-fixtures.js";

/** Just enough of the knowledge service: ids, and substring search over names and aliases. */
function fakeKnowledge(certs: readonly Certificate[]): KnowledgeService {
	const norm = (s: string) =>
		s.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
	return {
		certificates: certs,
		getCertificate: (id: string) => certs.find((c) => c.id === id),
		pastExams: () => [],
		searchCertificates(query: string, limit = 10) {
			const q = norm(query);
			return certs
				.map((c) => {
					const names = [c.name, ...c.aliases].map(norm);
					const score = names.includes(q)
						? 0
						: names.some((n) => n.includes(q))
							? 0.3
							: 1;
					return { item: c, score };
				})
				.filter((h) => h.score < 1)
				.slice(0, limit);
		},
	} as unknown as KnowledgeService;
}

export type ExamAnswer = Answer;

/**
 * The real dispatcher and every registered command, with the real exam and reminder services
 * over a memory store. `say(user, line, { chat })`; roles come from `roles`.
 */
export function examDialogue(
	options: {
		rounds?: ExamRound[];
		groupRole?: GroupSubscribeRole;
		roles?: Record<string, Role>;
	} = {},
) {
	const clock = new FixedClock("2026-11-28T02:00:00Z");
	const logger = new MemoryLogger();
	const store = reminderStore();
	const roles = options.roles ?? {
		"telegram:admin": "admin",
		"telegram:teacher": "teacher",
	};
	const reminders = createReminderService(store, {
		zone: "Asia/Shanghai",
		reminderTime: "08:00",
		groupSubscribeRole: options.groupRole ?? "teacher",
	});
	const services: Services = {
		knowledge: fakeKnowledge(certificates),
		exams: createExamService(store, options.rounds ?? []),
		reminders,
		users: { roleOf: (key) => roles[key] ?? "student" },
		training: unavailable("training"),
		unanswered: unavailable("unanswered"),
		knowledgeLayer: unavailable("knowledgeLayer"),
		invites: unavailable("invites"),
	};
	const dispatcher = createDispatcher({
		registry: new Registry(commands),
		services,
		clock,
		logger,
		zone: "Asia/Shanghai",
		rateLimit: { limit: 10_000, windowMs: 1000 },
	});

	async function say(
		user: string,
		line: string,
		opts: { chat?: ChatKind; chatKey?: string; locale?: Locale } = {},
	): Promise<ExamAnswer> {
		const kind = opts.chat ?? "private";
		const answer = await dispatcher.handle({
			platform: "telegram",
			user: { key: user },
			chat: {
				key: opts.chatKey ?? (kind === "group" ? "telegram:-100" : user),
				kind,
			},
			locale: opts.locale ?? "zh-CN",
			text: line,
			addressed: true,
		});
		return readAnswer(answer, line, logger);
	}

	return { say, clock, store, services };
}
