import {
	type CommandDef,
	type Completion,
	hasRole,
	type Role,
} from "./command.js";
import type { CommandContext, Services } from "./context.js";
import { localDate } from "./dates.js";
import { closestNames } from "./did-you-mean.js";
import { isUserError, NotSavedError } from "./errors.js";
import { isNotForUs } from "./group-silence.js";
import {
	type Locale,
	type MessageKey,
	type MessageParams,
	type ParamsArg,
	type Translate,
	translator,
} from "./i18n.js";
import {
	ActionError,
	bindArgs,
	type Parsed,
	parseInvocation,
	parseText,
} from "./parse.js";
import type { Clock, Logger } from "./ports.js";
import { RateLimiter } from "./rate-limit.js";
import type { Registry } from "./registry.js";
import { choices, type Reply, reply, text } from "./reply.js";
import type { Request } from "./request.js";
import { cleanText, shorten } from "./text.js";

export interface DispatcherOptions {
	registry: Registry;
	services: Services;
	clock: Clock;
	logger: Logger;
	zone: string;
	/** Longest message handled (characters); default 2000. */
	maxInputLength?: number;
	/**
	 * Messages per user per window; default 20 per 10 s. `exempt` requests are never limited
	 * (the composition root decides which: the operator's own console).
	 */
	rateLimit?: {
		limit?: number;
		windowMs?: number;
		exempt?: (request: Request) => boolean;
	};
	/** Command that receives free text in private chats; default `ask`. */
	freeTextCommand?: string;
	/** Suggestions for a partly typed argument; without it `complete` suggests nothing. */
	completer?: Completer;
	/** The role of a user (admins from configuration, teachers from storage), asked per request. */
	roleOf: (userKey: string) => Promise<Role>;
	/**
	 * What one suggestion request costs, in messages; default 0.25. Suggestions are counted
	 * in their own bucket per user (same limiter, same window and limit), so a burst of
	 * keystrokes never uses up the messages of the command typed next, and a flood is still
	 * bounded: at most `limit / completionCost` requests per window (80 per 10 s by default).
	 */
	completionCost?: number;
}

/** One suggestion: what the user sees and what is filled into the argument. */
export interface Suggestion {
	label: string;
	value: string;
}

/** What a completer is asked: the argument's kind, what was typed, who types it and where. */
export interface CompletionQuery {
	kind: Completion;
	typed: string;
	locale: Locale;
	role: Role;
	registry: Registry;
}

/** Injected by the composition root: the dispatcher knows no domain it could complete. */
export type Completer = (query: CompletionQuery) => readonly Suggestion[];

export interface Dispatcher {
	readonly registry: Registry;
	/** The reply to a request, or `null` when the bot should stay silent (group chatter). */
	handle(request: Request): Promise<Reply | null>;
	/**
	 * What an adapter must know before running `request`: the command's path, its arguments
	 * (to read a platform's structured options back by name, and what each completes), whether
	 * it answers privately and whether it may be slow (acknowledge first). Read by the same parse
	 * `handle` uses, so the two never disagree; `undefined` when the request names no command
	 * (free text, a mistake).
	 */
	resolve(request: Request): CommandNeeds | undefined;
	/**
	 * Suggestions for an argument of `kind` being typed (`typed`) by the request's user, through
	 * the same rate limiter as messages at a fraction of a message each (see `completionCost`);
	 * over the limit, or when the completer fails, no suggestions.
	 */
	complete(
		request: Request,
		kind: Completion,
		typed: string,
	): Promise<Suggestion[]>;
}

/** See `Dispatcher.resolve`. */
export interface CommandNeeds {
	/** The command's canonical path (`["exam", "add"]`), aliases resolved. */
	path: readonly string[];
	/** Its arguments by name, and the kind of suggestion each offers while typed. */
	args: readonly { name: string; complete?: Completion }[];
	private: boolean;
	slow: boolean;
}

/** Request → parse → access check → run → Reply, with the error boundary around it all. */
/** What reading a request gave: a parse, a ready reply, nothing, or a mistake to answer. */
interface Reading {
	parsed: Parsed | Reply | null;
	error: unknown;
}

/** Step 2: group chatter not meant for the bot gets no answer and costs no rate limit. */
export function isSilent(request: Request, reading: Reading): boolean {
	const { parsed, error } = reading;
	return (
		error === undefined &&
		(parsed === null || !("blocks" in parsed)) &&
		isNotForUs(request, parsed)
	);
}

/**
 * Step 5: free text becomes the free-text command with the text as its first argument;
 * `null` when there is no such command. Commands pass through.
 */
export function routeFreeText(
	registry: Registry,
	freeText: string,
	parsed: Parsed | Reply | null,
): Extract<Parsed, { kind: "command" }> | null {
	if (parsed === null || "blocks" in parsed) return null;
	if (parsed.kind === "command") return parsed;
	if (parsed.kind !== "text") return null;
	const def = registry.find(freeText);
	if (!def) return null;
	const arg = def.args?.[0]?.name;
	const args = arg ? { [arg]: parsed.text } : {};
	return { kind: "command", path: [def.name], def, args };
}

/** Step 8: a read-only command's reply is marked so; a private command's reply is private. */
export function markReply(def: CommandDef, answer: Reply): Reply {
	const marked = def.readOnly ? { ...answer, readOnly: true } : answer;
	return def.private ? { ...marked, private: true } : marked;
}

export function createDispatcher(options: DispatcherOptions): Dispatcher {
	const { registry, services, clock, logger, zone, roleOf } = options;
	const maxInput = options.maxInputLength ?? 2000;
	const limiter = new RateLimiter(
		options.rateLimit?.limit ?? 20,
		options.rateLimit?.windowMs ?? 10_000,
	);
	const freeText = options.freeTextCommand ?? "ask";
	const exempt = options.rateLimit?.exempt ?? (() => false);
	const completer = options.completer;
	const completionCost = options.completionCost ?? 0.25;

	function errorReply<K extends MessageKey>(
		t: Translate,
		code: K,
		params: NonNullable<ParamsArg<K>[0]>,
		examples?: readonly string[],
	): Reply {
		const blocks = [text(t<MessageKey>(code, params as MessageParams))];
		if (examples?.length)
			blocks.push(
				text(
					t("errors.example", { examples: examples.slice(0, 2).join("  ") }),
				),
			);
		return reply(blocks);
	}

	/**
	 * "Did you mean": each close command as a button that runs it with what the user typed
	 * after the name (`/证 前端` → `/cert 前端`), or opens its help when nothing followed.
	 */
	function unknownReply(t: Translate, name: string, rest = ""): Reply {
		const close = closestNames(name, registry.names());
		const blocks = [
			text(t("errors.command_unknown", { name: shorten(name, 30) })),
		];
		if (close.length > 0) {
			const defs = [
				...new Set(
					close
						.map((n) => registry.find(n)?.name)
						.filter((n): n is string => !!n),
				),
			];
			const args = shorten(rest, 40);
			blocks.push(
				choices(
					defs.map((n) =>
						args
							? { label: `/${n} ${args}`, command: `/${n} ${args}` }
							: { label: `/${n}`, command: `/help ${n}` },
					),
					t("errors.command_did_you_mean"),
				),
			);
		}
		blocks.push(text(t("errors.command_unknown_hint")));
		return reply(blocks);
	}

	function noAccessReply(
		t: Translate,
		def: CommandDef,
		path: readonly string[],
	): Reply {
		const key =
			def.access === "admin"
				? "errors.command_no_access_admin"
				: "errors.command_no_access_teacher";
		return errorReply(t, key, { name: path.join(" ") });
	}

	function parse(request: Request, t: Translate): Parsed | Reply | null {
		if (request.invocation)
			return parseInvocation(registry, request.invocation);
		const cleaned = cleanText(request.text ?? "");
		const isGroup = request.chat.kind === "group";
		if (cleaned === "")
			return isGroup && !request.addressed
				? null
				: errorReply(t, "errors.input_empty", {}, ["/help"]);
		// In a group only a real command (`/cert …`, not a lone `/`) speaks to the bot unasked.
		if (isGroup && !request.addressed && !/^[/／][^\s/／]/.test(cleaned))
			return null;
		if (cleaned.length > maxInput)
			return errorReply(t, "errors.input_too_long", {
				length: cleaned.length,
				max: maxInput,
			});
		return parseText(registry, cleaned, request.botName);
	}

	/**
	 * Over the limit: a notice once per window, and only where it reaches the sender alone (a
	 * private chat, or a slash command's ephemeral answer). In a group a typed message gets
	 * nothing, so a flood never makes the bot post in the group.
	 */
	function limitedReply(
		request: Request,
		t: Translate,
		gate: { warn: boolean; retryInMs: number },
	): Reply | null {
		if (!gate.warn) return null;
		const answer = errorReply(t, "errors.rate_limited", {
			seconds: Math.ceil(gate.retryInMs / 1000),
		});
		return request.chat.kind === "group"
			? { ...answer, private: true }
			: answer;
	}

	/** Step 1: read the request; a parse mistake is kept to answer after the rate limit. */
	function read(request: Request, t: Translate): Reading {
		try {
			return { parsed: parse(request, t), error: undefined };
		} catch (error) {
			return { parsed: null, error };
		}
	}

	/** Step 3: the rate limit; `undefined` when the request may go on. */
	function limit(
		request: Request,
		t: Translate,
		now: Date,
	): Reply | null | undefined {
		if (exempt(request)) return undefined;
		const gate = limiter.check(
			request.user.key,
			now.getTime(),
			request.chat.kind !== "group" || !!request.invocation,
		);
		return gate.allowed ? undefined : limitedReply(request, t, gate);
	}

	/**
	 * Step 4: the answer to a request that names no command to run: a refused action (no access),
	 * a parse mistake (thrown on), a ready reply, another bot's command, an unknown command.
	 * `undefined` when a command or free text goes on.
	 */
	async function earlyAnswer(
		reading: Reading,
		t: Translate,
		mayRun: (def: CommandDef) => Promise<boolean>,
	): Promise<Reply | null | undefined> {
		const { parsed, error } = reading;
		if (error instanceof ActionError && !(await mayRun(error.def)))
			return noAccessReply(t, error.def, error.path);
		if (error !== undefined) throw error;
		if (parsed === null || "blocks" in parsed) return parsed;
		if (parsed.kind === "other-bot") return null;
		if (parsed.kind === "unknown")
			return unknownReply(t, parsed.name, parsed.rest);
		return undefined;
	}

	/** Step 6: the context a command runs with. */
	function contextFor(
		request: Request,
		t: Translate,
		role: Role,
		now: Date,
		today: string,
	): CommandContext {
		return {
			request,
			locale: request.locale,
			t,
			user: {
				key: request.user.key,
				role,
				...(request.user.name ? { name: request.user.name } : {}),
			},
			now,
			zone,
			today,
			services,
			clock,
			logger,
			registry,
		};
	}

	/** Step 7: a mistake is explained with an example; anything else is logged and apologised for. */
	function failure(
		request: Request,
		t: Translate,
		error: unknown,
		current: CommandDef | undefined,
		path: readonly string[],
	): Reply {
		if (isUserError(error)) {
			const answer = errorReply(
				t,
				error.code,
				error.params,
				error.examples ?? current?.examples,
			);
			// A mistake about personal records says something about them too: keep it private.
			return current?.private ? { ...answer, private: true } : answer;
		}
		logger.error("command failed", {
			error:
				error instanceof Error ? (error.stack ?? error.message) : String(error),
			platform: request.platform,
			user: request.user.key,
			chat: request.chat.key,
			command: path.join(" "),
			text: (request.text ?? JSON.stringify(request.invocation ?? {})).slice(
				0,
				200,
			),
		});
		return reply([
			text(
				t(
					error instanceof NotSavedError
						? "errors.not_saved"
						: "errors.internal",
				),
			),
		]);
	}

	/**
	 * read → silence in groups → rate limit → answer what is not a command → free text to
	 * `freeTextCommand` → access → context and run; a failure at any step goes to `failure`.
	 */
	async function handle(request: Request): Promise<Reply | null> {
		const t = translator(request.locale);
		const now = clock.now();
		// Parsed before the limit is counted: chatter the bot ignores costs the sender nothing.
		const reading = read(request, t);
		if (isSilent(request, reading)) return null;
		const limited = limit(request, t, now);
		if (limited !== undefined) return limited;
		let current: CommandDef | undefined;
		let path: string[] = [];
		try {
			const early = await earlyAnswer(reading, t, async (def) =>
				hasRole(await roleOf(request.user.key), def.access),
			);
			if (early !== undefined) return early;
			const parsed = routeFreeText(registry, freeText, reading.parsed);
			if (parsed === null) return null;
			current = parsed.def;
			path = parsed.path;
			const role = await roleOf(request.user.key);
			if (!hasRole(role, parsed.def.access))
				return noAccessReply(t, parsed.def, path);
			const today = localDate(now, zone);
			// `query：证书名称、简称、拼音或首字母`: the name the usage line shows, and what it means.
			const args = bindArgs(path, parsed.def, parsed.args, today, (spec) =>
				t("help.arg_label", { name: spec.name, meaning: t(spec.describe) }),
			);
			const run = parsed.def.run;
			if (!run) return null;
			const answer = await run(
				contextFor(request, t, role, now, today),
				args as never,
			);
			return markReply(parsed.def, answer);
		} catch (error) {
			return failure(request, t, error, current, path);
		}
	}

	function resolve(request: Request): CommandNeeds | undefined {
		let parsed: Parsed | Reply | null;
		try {
			parsed = parse(request, translator(request.locale));
		} catch {
			return undefined;
		}
		if (parsed === null || "blocks" in parsed || parsed.kind !== "command")
			return undefined;
		return {
			path: parsed.path,
			args: (parsed.def.args ?? []).map((spec) =>
				spec.complete
					? { name: spec.name, complete: spec.complete }
					: { name: spec.name },
			),
			private: parsed.def.private === true,
			slow: parsed.def.slow === true,
		};
	}

	async function complete(
		request: Request,
		kind: Completion,
		typed: string,
	): Promise<Suggestion[]> {
		if (!completer) return [];
		if (
			!exempt(request) &&
			!limiter.check(
				`${request.user.key}\u0000complete`,
				clock.now().getTime(),
				false,
				completionCost,
			).allowed
		)
			return [];
		try {
			return [
				...completer({
					kind,
					typed,
					locale: request.locale,
					role: await roleOf(request.user.key),
					registry,
				}),
			];
		} catch (error) {
			logger.error("completion failed", {
				error:
					error instanceof Error
						? (error.stack ?? error.message)
						: String(error),
				platform: request.platform,
				user: request.user.key,
				kind,
			});
			return [];
		}
	}

	return { registry, handle, resolve, complete };
}
