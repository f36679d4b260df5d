import type { Parsed } from "./parse.js";
import type { Request } from "./request.js";
import { cleanText } from "./text.js";

/** `/cmd@ThisBot …`: a command that names this bot, in a group with several bots. */
function namesThisBot(request: Request): boolean {
	const m = /^[/／][^\s@＠]+[@＠](\S+)/.exec(cleanText(request.text ?? ""));
	return (
		!!m?.[1] &&
		!!request.botName &&
		m[1].toLowerCase() === request.botName.toLowerCase()
	);
}

/**
 * Whether the bot stays silent about a parsed message, without counting it against the
 * sender's rate limit: chatter (`null`), another bot's command, and in a group an unknown
 * `/name` that neither names this bot nor replies to it (most likely another bot's command).
 */
export function isNotForUs(request: Request, parsed: Parsed | null): boolean {
	if (parsed === null || parsed.kind === "other-bot") return true;
	return (
		parsed.kind === "unknown" &&
		request.chat.kind === "group" &&
		!request.addressed &&
		!request.invocation &&
		!namesThisBot(request)
	);
}
