import type { CommandContext } from "../../../src/core/context.js";
import type { MessageKey } from "../../../src/core/i18n.js";
import { choices, type Reply } from "../../../src/core/reply.js";
import { shorten } from "../../../src/core/text.js";

// Telegram shows at most eight buttons under a message; the two feedback buttons must fit.
const ROOM = 6;
// Replies that are not an answer to rate: small talk, "recorded for the staff", a teacher's
// record draft (its own 保存 / 修改 buttons are the next step).
const NOT_ANSWERS: readonly MessageKey[] = [
	"ask.greeting",
	"ask.unknown",
	"training.draft_title",
	"ask.clarify",
	"ask.clarify_long",
];

/** What the answer was about, as one token: its first heading, spaces removed. */
function topicOf(answer: Reply): string {
	const title = answer.blocks.find((b) => b.type === "heading");
	const topic = title?.type === "heading" ? title.text.replace(/\s+/g, "") : "";
	return shorten(topic, 30) || "-";
}

/**
 * Adds 有用 / 没用 buttons under an answer in a private chat; they run the hidden `/feedback`
 * with the question. Left off in groups, under non-answers (small talk, "not found", "recorded
 * for the staff"), and when the buttons would not fit.
 */
export function withFeedback(
	ctx: CommandContext,
	question: string,
	answer: Reply,
): Reply {
	// Personal replies (a teacher's progress) are about the user's records, not the knowledge.
	if (ctx.request.chat.kind !== "private" || answer.private) return answer;
	const first = answer.blocks[0];
	if (
		first?.type === "text" &&
		NOT_ANSWERS.some((key) => first.text === ctx.t(key))
	)
		return answer;
	// "Not found" and the like carry no heading and no choices: nothing to rate.
	if (!answer.blocks.some((b) => b.type === "heading" || b.type === "choices"))
		return answer;
	const buttons = answer.blocks.reduce(
		(n, b) => n + (b.type === "choices" ? b.choices.length : 0),
		0,
	);
	const asked = shorten(question.replace(/\s+/g, " ").trim(), 100);
	if (buttons > ROOM || asked === "") return answer;
	const topic = topicOf(answer);
	return {
		...answer,
		blocks: [
			...answer.blocks,
			choices([
				{
					label: ctx.t("feedback.useful"),
					command: `/feedback up ${topic} ${asked}`,
				},
				{
					label: ctx.t("feedback.not_useful"),
					command: `/feedback down ${topic} ${asked}`,
				},
			]),
		],
	};
}
