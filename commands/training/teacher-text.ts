import type { CommandContext } from "../../src/core/context.js";
import { scanDates } from "../../src/core/date-scan.js";
import { isUserError, UserError } from "../../src/core/errors.js";
import { quotedTokens } from "../../src/core/raw-args.js";
import {
	choices,
	list,
	type Reply,
	reply,
	text,
} from "../../src/core/reply.js";
import { readPractice } from "../../src/features/training/practice-line.js";
import {
	type ReadLine,
	readTraining,
} from "../../src/features/training/record-line.js";
import { progressReply } from "./progress.js";
import {
	canonicalLine,
	describeDraft,
	readingsBlock,
} from "./views/record-draft.js";

/** A teacher asking about their own standing, in words. Exam countdowns are not meant. */
const progressQuestion =
	/^(?:我的|我|查看|查询|看看|查一下)?(?:当前|现在的?)?(?:进度|完成情况|考核进度|实践进度|学时进度)(?:如何|怎么样|怎样)?[?？。!！]*$|还差多少|还差几天|还要多少(?:天|学时)|够不够|\bmy progress\b|\bhow (?:many|much) .*\b(?:left|still|missing)\b/iu;
const notProgress = /考试|报名|考点|exam/iu;

const hoursInSentence =
	/(?<![\d.])\d+(?:\.\d+)?\s*(?:个)?(?:学时|小时|课时|h\b|hours?\b)/iu;
const practiceInSentence = /企业实践|下企业|挂职|企业锻炼/u;
/** Questions are not records (`培训要多少学时？`). */
const questionLike = /[?？]|吗|多少|几个|怎么|如何|是否|要求/u;

const logExamples = [
	"/log training 8 数控编程师资培训 2026-07-01",
	"/log practice 2026-07-01 至 2026-08-31 某公司",
];

/** What would be saved, with 保存 (the exact command) and 修改 (how to type it). */
function draftReply(ctx: CommandContext, read: ReadLine): Reply {
	const line = canonicalLine(read.draft);
	return reply([
		text(ctx.t("training.draft_title")),
		list([describeDraft(ctx, read.draft)]),
		...readingsBlock(ctx, read),
		text(ctx.t("training.draft_change_hint", { line })),
		choices([
			{ label: ctx.t("training.draft_save"), command: line },
			{ label: ctx.t("training.draft_change"), command: "/help log" },
		]),
	]);
}

function read(question: string, ctx: CommandContext): ReadLine | undefined {
	if (questionLike.test(question)) return undefined;
	const tokens = quotedTokens(question);
	try {
		if (
			practiceInSentence.test(question) &&
			scanDates(question, ctx.today).length > 0
		)
			return readPractice(tokens, ctx.today, true);
		if (hoursInSentence.test(question))
			return readTraining(tokens, ctx.today, {
				title: ctx.t("training.default_title"),
			});
	} catch (error) {
		// It reads as a record but cannot be settled: say why, with the command's form.
		if (isUserError(error))
			throw new UserError(error.code, error.params, {
				examples: logExamples,
				cause: error,
			});
		throw error;
	}
	return undefined;
}

/**
 * Free text from a teacher in a private chat that is about their records: a line that reads
 * as a record gets a draft with 保存 / 修改 buttons (nothing is saved before the press); a
 * question about their own progress gets `/progress`, privately, in a group too. `undefined`
 * for anything else.
 */
export async function answerTeacherText(
	ctx: CommandContext,
	question: string,
): Promise<Reply | undefined> {
	if (ctx.user.role === "student") return undefined;
	const q = question.trim();
	// Progress is personal: answered privately, also when asked in a group.
	if (progressQuestion.test(q) && !notProgress.test(q))
		return { ...(await progressReply(ctx, ctx.user.key)), private: true };
	if (ctx.request.chat.kind !== "private") return undefined;
	const draft = read(q, ctx);
	return draft ? draftReply(ctx, draft) : undefined;
}
