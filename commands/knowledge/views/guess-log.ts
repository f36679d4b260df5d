import { changeOf } from "../../../src/core/change.js";
import type { CommandContext } from "../../../src/core/context.js";
import type { Reply } from "../../../src/core/reply.js";
import type { Intent } from "../../../src/features/knowledge/knowledge-port.js";
import type { GuessKind } from "../../../src/features/users/users-port.js";

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
	await ctx.services.unanswered.recordGuess(changeOf(ctx), {
		text: question,
		kind,
		score: Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000,
		shown: [...shown],
	});
}

/** What an answer showed: its title, or the labels of its choices. */
function shownIn(answer: Reply): string[] {
	const title = answer.blocks.find((b) => b.type === "heading");
	if (title?.type === "heading") return [title.text];
	return answer.blocks
		.flatMap((b) => (b.type === "choices" ? b.choices.map((c) => c.label) : []))
		.slice(0, 6);
}

/**
 * Logs a free-text answer that was a guess: a list of a field's certificates (`field`), an
 * honest "none" with the closest fields or a clarifying answer (`none`, `clarify`), or a policy
 * answer found only by a loose search (`unknown`). Other intents are confident answers.
 */
export async function logFreeTextGuess(
	ctx: CommandContext,
	question: string,
	intent: Intent,
	answer: Reply,
): Promise<void> {
	const { knowledge } = ctx.services;
	const best = (hits: readonly { score: number }[]) => hits[0]?.score ?? 1;
	switch (intent.kind) {
		case "field":
			return logGuess(
				ctx,
				question,
				"suggestions",
				best(knowledge.searchCertificates(question, 1)),
				shownIn(answer),
			);
		case "none":
		case "clarify":
			return logGuess(ctx, question, "fallback", 1, shownIn(answer));
		case "unknown":
			return logGuess(
				ctx,
				question,
				"low-score",
				best(knowledge.searchFaq(question, 1)),
				shownIn(answer),
			);
		default:
			return;
	}
}
