import { commands as allCommands } from "../../commands/index.js";
import type { CommandDef } from "../../src/core/command.js";
import type { Services } from "../../src/core/context.js";
import {
	createDispatcher,
	type Dispatcher,
	type DispatcherOptions,
} from "../../src/core/dispatcher.js";
import type { Locale } from "../../src/core/i18n.js";
import { Registry } from "../../src/core/registry.js";
import type { ChatKind, Platform, Request } from "../../src/core/request.js";
import { type Answer, readAnswer, unavailable } from "./answer.js";
import { FixedClock } from "./fixed-clock.js";
import { MemoryLogger } from "./memory-logger.js";

export type { Answer };

/** How one line is sent: who, where, in which language. */
export interface ChatOptions {
	platform?: Platform;
	chat?: ChatKind;
	chatKey?: string;
	locale?: Locale;
	name?: string;
	/** Users the message replies to or mentions, as an adapter fills them. */
	mentions?: string[];
}

/** A chat client over a dispatcher: say a line, or press a button of an answer, as a user. */
export interface ChatClient {
	say(user: string, line: string, options?: ChatOptions): Promise<Answer>;
	/** Presses the `index`th button of `answer`: sends the command behind it. */
	press(
		user: string,
		answer: Answer,
		index: number,
		options?: ChatOptions,
	): Promise<Answer>;
	dispatcher: Dispatcher;
	clock: FixedClock;
	logger: MemoryLogger;
}

/**
 * The one chat shape the dialogue harnesses share. `defaults` picks the platform and the key a
 * group chat gets; every line is addressed to the bot, and a silent reply or a logged error
 * fails the test.
 */
/** The request a chat line makes; the one shape every test client sends. */
export function chatRequest(
	user: string,
	line: string,
	o: ChatOptions & { addressed?: boolean },
	chatKey: (user: string, kind: ChatKind) => string,
): Request {
	const kind = o.chat ?? "private";
	return {
		platform: o.platform ?? "console",
		user: { key: user, ...(o.name ? { name: o.name } : {}) },
		chat: { key: o.chatKey ?? chatKey(user, kind), kind },
		locale: o.locale ?? "zh-CN",
		text: line,
		...(o.addressed ? { addressed: true } : {}),
		...(o.mentions ? { mentions: o.mentions.map((key) => ({ key })) } : {}),
	};
}

export function chatClient(
	dispatcher: Dispatcher,
	clock: FixedClock,
	logger: MemoryLogger,
	defaults: {
		platform?: Platform;
		chatKey?: (user: string, kind: ChatKind) => string;
	} = {},
): ChatClient {
	const platform = defaults.platform ?? "console";
	const chatKey = defaults.chatKey ?? ((_user, kind) => `chat:${kind}`);
	return {
		dispatcher,
		clock,
		logger,
		async say(user, line, o = {}) {
			const answer = await dispatcher.handle(
				chatRequest(
					user,
					line,
					{ ...o, platform: o.platform ?? platform, addressed: true },
					chatKey,
				),
			);
			return readAnswer(answer, line, logger);
		},
		press(user, answer, index, o) {
			const command = answer.choices[index];
			if (command === undefined)
				throw new Error(`no button ${index} in ${answer.text}`);
			return this.say(user, command, o);
		},
	};
}

/**
 * A dispatcher over `commands` (all of them by default) and the given services; services not
 * given throw when used. For tests that want fakes instead of the bot `createBot` builds.
 */
export function fakeBot(options: {
	commands?: readonly CommandDef[];
	services: Partial<Services>;
	clock?: FixedClock;
	logger?: MemoryLogger;
	/** The bot's own rate limit (20 messages per 10 s) instead of one no test reaches. */
	productionLimit?: boolean;
	/** Answers `dispatcher.complete` (autocomplete); none by default. */
	completer?: (services: Services) => DispatcherOptions["completer"];
}): {
	dispatcher: Dispatcher;
	clock: FixedClock;
	logger: MemoryLogger;
	services: Services;
} {
	const clock = options.clock ?? new FixedClock("2026-11-28T02:00:00Z");
	const logger = options.logger ?? new MemoryLogger();
	const services: Services = {
		knowledge: unavailable("knowledge"),
		exams: unavailable("exams"),
		unanswered: unavailable("unanswered"),
		knowledgeLayer: unavailable("knowledgeLayer"),
		reminders: unavailable("reminders"),
		invites: unavailable("invites"),
		users: unavailable("users"),
		training: unavailable("training"),
		...options.services,
	};
	const dispatcher = createDispatcher({
		registry: new Registry(options.commands ?? allCommands),
		services,
		clock,
		logger,
		zone: "Asia/Shanghai",
		...(options.productionLimit
			? {}
			: { rateLimit: { limit: 10_000, windowMs: 1000 } }),
		...(options.completer ? { completer: options.completer(services) } : {}),
	});
	return { dispatcher, clock, logger, services };
}
