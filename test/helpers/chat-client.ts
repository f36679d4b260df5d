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
	/** Aimed at the bot (a mention or a reply); default true. `false`: group chatter. */
	addressed?: boolean;
}

/**
 * The one test chat client: say a line, or press a button of an answer, as a user. `say`
 * expects an answer and no logged bug; a test about silence or failures hands
 * `request(user, line)` to `dispatcher.handle` itself.
 */
export interface ChatClient {
	say(user: string, line: string, options?: ChatOptions): Promise<Answer>;
	/** The request `say` would send. */
	request(user: string, line: string, options?: ChatOptions): Request;
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

/** The chat a line goes to when the test names none: by user, kind and platform. */
export type ChatKeyOf = (
	user: string,
	kind: ChatKind,
	platform: Platform,
) => string;

/** The request a chat line makes; the one shape every test client sends. */
export function chatRequest(
	user: string,
	line: string,
	o: ChatOptions,
	chatKey: ChatKeyOf,
): Request {
	const kind = o.chat ?? "private";
	const platform = o.platform ?? "console";
	return {
		platform,
		user: { key: user, ...(o.name ? { name: o.name } : {}) },
		chat: { key: o.chatKey ?? chatKey(user, kind, platform), kind },
		locale: o.locale ?? "zh-CN",
		text: line,
		...(o.addressed === false ? {} : { addressed: true }),
		...(o.mentions ? { mentions: o.mentions.map((key) => ({ key })) } : {}),
	};
}

/**
 * The one chat shape every dialogue test shares. `defaults` picks the platform and the key a
 * chat gets; every line is addressed to the bot unless told, and a silent reply or a logged
 * error fails the test.
 */
export function chatClient(
	dispatcher: Dispatcher,
	clock: FixedClock,
	logger: MemoryLogger,
	defaults: {
		platform?: Platform;
		chatKey?: ChatKeyOf;
	} = {},
): ChatClient {
	const platform = defaults.platform ?? "console";
	const chatKey: ChatKeyOf =
		defaults.chatKey ?? ((_user, kind) => `chat:${kind}`);
	const request = (user: string, line: string, o: ChatOptions = {}) =>
		chatRequest(
			user,
			line,
			{ ...o, platform: o.platform ?? platform },
			chatKey,
		);
	return {
		dispatcher,
		clock,
		logger,
		request,
		async say(user, line, o = {}) {
			const answer = await dispatcher.handle(request(user, line, o));
			return readAnswer(answer, line, logger, o.locale);
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
	/** A rate limit of the test's own (the production one is `productionLimit`). */
	rateLimit?: DispatcherOptions["rateLimit"];
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
		roleOf: (key) => services.users.roleOf(key),
		...(options.productionLimit
			? {}
			: { rateLimit: options.rateLimit ?? { limit: 10_000, windowMs: 1000 } }),
		...(options.completer ? { completer: options.completer(services) } : {}),
	});
	return { dispatcher, clock, logger, services };
}
