import type { CommandContext } from "../../../src/core/context.js";
import { localDateTime } from "../../../src/core/dates.js";
import { type Block, choices, heading, list } from "../../../src/core/reply.js";
import { quoteForAdmin, shorten } from "../../../src/core/text.js";
import type { QuestionGroup } from "../../../src/features/users/users-port.js";

/** How many groups get a "handled" button (Telegram shows eight buttons at most). */
const BUTTONS = 5;

/**
 * A user's question as admins see it: the one place user text enters the listing, so that
 * quoting rules apply to every line at once (one line in 「」, at most 80 characters).
 */
export function quoteQuestion(question: string): string {
	return quoteForAdmin(question, 80);
}

function groupLine(ctx: CommandContext, g: QuestionGroup): string {
	const { t } = ctx;
	const parts = [`${quoteQuestion(g.text)} ×${g.count}`];
	if (g.notUseful > 0)
		parts.push(t("unanswered.not_useful", { count: g.notUseful }));
	if (g.unanswered > 0)
		parts.push(t("unanswered.no_answer", { count: g.unanswered }));
	if (g.guesses > 0)
		parts.push(
			t("unanswered.guessed", {
				count: g.guesses,
				score: g.worstScore.toFixed(2),
			}),
		);
	if (g.shown.length > 0)
		parts.push(
			t("unanswered.shown", { shown: shorten(g.shown.join("、"), 60) }),
		);
	parts.push(
		t("unanswered.last", {
			at: localDateTime(new Date(g.lastAt), ctx.zone),
			user: g.lastUserKey,
		}),
	);
	parts.push(`#${g.id}`);
	return parts.join(" · ");
}

/** The weakest and worst-rated questions first, each with a button to mark it handled. */
export function reviewBlocks(
	ctx: CommandContext,
	groups: readonly QuestionGroup[],
): Block[] {
	return [
		heading(ctx.t("unanswered.review_title", { count: groups.length })),
		list(
			groups.map((g) => groupLine(ctx, g)),
			true,
		),
		choices(
			groups.slice(0, BUTTONS).map((g, i) => ({
				label: ctx.t("unanswered.handle_button", { n: i + 1 }),
				command: `/unanswered handled ${g.id}`,
			})),
			ctx.t("unanswered.handle_prompt"),
		),
	];
}
