import type { Locale } from "./i18n.js";

export type Platform = "console" | "telegram" | "discord";
export type ChatKind = "private" | "group";

/** A user is `platform:id`, e.g. `telegram:123`, `console:local`. */
export interface UserRef {
	key: string;
	name?: string;
}

export interface ChatRef {
	/** Platform chat id (`telegram:-100123`, `discord:channel:42`, `console:local`). */
	key: string;
	kind: ChatKind;
}

/** A command invoked with structured arguments (slash command, button) instead of text. */
export interface Invocation {
	/** Command path, e.g. `["log", "training"]`. */
	path: string[];
	/** Argument values as the user typed them, by argument name; parsed like text arguments. */
	args: Record<string, string>;
}

/** One message or interaction, as every adapter hands it to the core. */
export interface Request {
	platform: Platform;
	user: UserRef;
	chat: ChatRef;
	locale: Locale;
	text?: string;
	invocation?: Invocation;
	/** The bot was mentioned or replied to (free text in a group is ignored otherwise). */
	addressed?: boolean;
	/** The bot's own username, so `/cmd@ThisBot` is understood and `/cmd@OtherBot` ignored. */
	botName?: string;
	/**
	 * Users the message points at where the platform gives their id: the author of the
	 * message replied to, users mentioned with an id (not the bot itself). For `/role grant`.
	 */
	mentions?: UserRef[];
}

export function userPlatform(userKey: string): string {
	const i = userKey.indexOf(":");
	return i < 0 ? userKey : userKey.slice(0, i);
}
