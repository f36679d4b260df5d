import type { CommandDef } from "../../src/core/command.js";
import type { Services } from "../../src/core/context.js";
import { createDispatcher } from "../../src/core/dispatcher.js";
import type { Locale } from "../../src/core/i18n.js";
import { Registry } from "../../src/core/registry.js";
import type { ChatKind } from "../../src/core/request.js";
import { type Answer, readAnswer, unavailable } from "./answer.js";
import { FixedClock } from "./fixed-clock.js";
import { MemoryLogger } from "./memory-logger.js";

export type { Answer };

/**
 * Talks to the real dispatcher as a chat would: `say("console:t1", "/log training 8 培训")`
 * returns the rendered reply. Only `users` and `training` are real; the rest throw if used.
 */
export function dispatchDialogue(options: {
	commands: readonly CommandDef[];
	services: Pick<Services, "users" | "training"> &
		Partial<Pick<Services, "invites">>;
	clock?: FixedClock;
}) {
	const clock = options.clock ?? new FixedClock("2026-11-28T02:00:00Z");
	const logger = new MemoryLogger();
	const services: Services = {
		knowledge: unavailable("knowledge"),
		exams: unavailable("exams"),
		unanswered: unavailable("unanswered"),
		knowledgeLayer: unavailable("knowledgeLayer"),
		reminders: unavailable("reminders"),
		invites: unavailable("invites"),
		...options.services,
	};
	const dispatcher = createDispatcher({
		registry: new Registry(options.commands),
		services,
		clock,
		logger,
		zone: "Asia/Shanghai",
		rateLimit: { limit: 10_000, windowMs: 1000 },
	});

	async function say(
		user: string,
		line: string,
		opts: {
			locale?: Locale;
			chat?: ChatKind;
			name?: string;
			/** Users the message replies to or mentions, as an adapter fills them. */
			mentions?: string[];
		} = {},
	): Promise<Answer> {
		const answer = await dispatcher.handle({
			platform: "console",
			user: { key: user, ...(opts.name ? { name: opts.name } : {}) },
			chat: {
				key: `chat:${opts.chat ?? "private"}`,
				kind: opts.chat ?? "private",
			},
			locale: opts.locale ?? "zh-CN",
			text: line,
			addressed: true,
			...(opts.mentions
				? { mentions: opts.mentions.map((key) => ({ key })) }
				: {}),
		});
		return readAnswer(answer, line, logger);
	}

	return { say, clock, logger, dispatcher };
}
