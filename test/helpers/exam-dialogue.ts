import type { Role } from "../../src/core/command.js";
import { createExamService } from "../../src/features/exams/exam-service.js";
import type {
	Certificate,
	ExamRound,
	KnowledgeService,
} from "../../src/features/knowledge/knowledge-port.js";
import { createReminderService } from "../../src/features/reminders/reminder-service.js";
import type { GroupSubscribeRole } from "../../src/features/reminders/reminders-port.js";
import { lowdbExamRoundRepository } from "../../src/storage/lowdb/exam-round-repository.js";
import { type Answer, chatClient, fakeBot } from "./chat-client.js";
import { FixedClock } from "./fixed-clock.js";
import {
	certificates,
	lowdbReminders,
	reminderStore,
} from "./reminder-fixtures.js";

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
	const store = reminderStore();
	const roles = options.roles ?? {
		"telegram:admin": "admin",
		"telegram:teacher": "teacher",
	};
	const repos = lowdbReminders(store);
	const reminders = createReminderService(repos, {
		zone: "Asia/Shanghai",
		reminderTime: "08:00",
		groupSubscribeRole: options.groupRole ?? "teacher",
	});
	const bot = fakeBot({
		clock,
		services: {
			knowledge: fakeKnowledge(certificates),
			exams: createExamService(
				lowdbExamRoundRepository(store),
				options.rounds ?? [],
			),
			reminders,
			users: { roleOf: async (key) => roles[key] ?? "student" },
		},
	});
	const { say } = chatClient(bot.dispatcher, clock, bot.logger, {
		platform: "telegram",
		chatKey: (user, kind) => (kind === "group" ? "telegram:-100" : user),
	});
	const services = bot.services;

	return { say, clock, store, services };
}
