import type { CommandDef } from "../../src/core/command.js";
import type { Services } from "../../src/core/context.js";
import { type Answer, chatClient, fakeBot } from "./chat-client.js";
import type { FixedClock } from "./fixed-clock.js";

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
	const bot = fakeBot(options);
	return chatClient(bot.dispatcher, bot.clock, bot.logger);
}
