import type { CommandContext } from "../../src/core/context.js";
import type { GuessKind } from "../../src/core/users-port.js";

/**
 * Logs an answer that was a guess (a list to choose from, a weak match, a fallback) with its
 * best score and what was shown, so admins see it next to the unanswered questions.
 */
export async function logGuess(
	ctx: CommandContext,
	question: string,
	kind: GuessKind,
	score: number,
	shown: readonly string[],
): Promise<void> {
	await ctx.services.unanswered.recordGuess({
		at: ctx.now.toISOString(),
		userKey: ctx.user.key,
		text: question,
		kind,
		score: Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000,
		shown: [...shown],
	});
}
