import { changeOf } from "../../src/core/change.js";
import { defineCommand } from "../../src/core/command.js";
import type { CommandContext } from "../../src/core/context.js";
import {
	type Block,
	choices,
	heading,
	type Reply,
	reply,
	text,
} from "../../src/core/reply.js";
import type { Intent } from "../../src/features/knowledge/knowledge-port.js";
import { answerExam } from "../exams/exam.js";
import { tryThese } from "../general/start.js";
import { answerCertificate } from "../knowledge/cert.js";
import { answerMajor } from "../knowledge/major.js";
import { certificateBlocks } from "../knowledge/views/certificate-view.js";
import { faqBlocks } from "../knowledge/views/faq-view.js";
import { withFeedback } from "../knowledge/views/feedback-buttons.js";
import { logFreeTextGuess } from "../knowledge/views/guess-log.js";
import { pairingBlocks } from "../knowledge/views/pairing-view.js";
import { answerTeacherText } from "../training/teacher-text.js";

const LIST_MAX = 8;
// Past this, a question is a ramble: the clarifying answer says only its start was read.
const READ_CHARS = 160;

async function unanswered(
	ctx: CommandContext,
	question: string,
): Promise<Reply> {
	await ctx.services.unanswered.record(changeOf(ctx), { text: question });
	return reply([text(ctx.t("ask.unknown")), text(ctx.t("ask.where"))]);
}

/** Buttons for a list of certificate ids, unknown ids skipped. */
function certificateChoices(
	ctx: CommandContext,
	ids: readonly string[],
	title: string,
	command = "/cert",
): Block | undefined {
	const options = ids.flatMap((id) => {
		const cert = ctx.services.knowledge.getCertificate(id);
		return cert ? [{ label: cert.name, command: `${command} ${cert.id}` }] : [];
	});
	return options.length > 0
		? choices(options.slice(0, LIST_MAX), title)
		: undefined;
}

function organisationReply(ctx: CommandContext, organisation: string) {
	const found = ctx.services.knowledge.searchOrganisations(organisation, 1)[0];
	if (!found) return undefined;
	const certs = found.item.certificates;
	if (certs.length === 1 && certs[0])
		return certificateBlocks(ctx, certs[0]).then(reply);
	return reply([
		heading(
			ctx.t("ask.organisation", { organisation: found.item.organisation }),
		),
		choices(
			certs
				.slice(0, LIST_MAX)
				.map((c) => ({ label: c.name, command: `/cert ${c.id}` })),
		),
	]);
}

/** The answer for one understood intent; undefined when it names nothing that exists. */
function answerIntent(
	ctx: CommandContext,
	intent: Intent,
	question: string,
): Reply | Promise<Reply> | undefined {
	const { knowledge } = ctx.services;
	switch (intent.kind) {
		case "certificate":
			return answerCertificate(ctx, intent.certificateId);
		case "exam": {
			const options = intent.organisation
				? certificateChoices(
						ctx,
						intent.alternatives ?? [],
						ctx.t("ask.exam_choose", {
							organisation: intent.organisation,
						}),
						"/exam",
					)
				: undefined;
			return options ? reply([options]) : answerExam(ctx, intent.certificateId);
		}
		case "field": {
			const options = certificateChoices(
				ctx,
				intent.certificateIds,
				ctx.t("ask.field", { topic: intent.topic }),
			);
			return options ? reply([options]) : undefined;
		}
		case "major":
			// A stated level picks the code; otherwise the major's name, so that one name taught
			// at several levels is answered for all of them.
			return answerMajor(
				ctx,
				intent.level ? intent.majorCode : (intent.query ?? question),
			);
		case "pairing": {
			const major = knowledge.getMajor(intent.majorCode);
			const cert = knowledge.getCertificate(intent.certificateId);
			return major && cert ? reply(pairingBlocks(ctx, major, cert)) : undefined;
		}
		case "faq": {
			const entry = knowledge.faq.find((f) => f.id === intent.faqId);
			return entry ? reply(faqBlocks(ctx, entry)) : undefined;
		}
		case "organisation":
			return organisationReply(ctx, intent.organisation);
		case "major-english": {
			const related = certificateChoices(
				ctx,
				intent.certificateIds,
				ctx.t("ask.major_english_related"),
			);
			return reply([
				text(ctx.t("ask.major_english")),
				...(related ? [related] : []),
			]);
		}
		case "none": {
			const closest = certificateChoices(
				ctx,
				intent.certificateIds,
				ctx.t("ask.none_closest"),
			);
			return reply([
				text(ctx.t("ask.none", { word: intent.word })),
				...(closest ? [closest] : []),
				text(ctx.t("ask.none_hint")),
			]);
		}
		case "clarify":
			return reply([
				text(
					ctx.t(
						question.length > READ_CHARS ? "ask.clarify_long" : "ask.clarify",
					),
				),
				tryThese(ctx),
			]);
		case "unknown": {
			// A close policy answer is still worth giving; a random certificate is not.
			const faq = knowledge.searchFaq(question, 1)[0];
			return faq && faq.score < 0.3
				? reply(faqBlocks(ctx, faq.item))
				: undefined;
		}
	}
}

// Small talk is answered with what the bot can do, not logged as an unanswered question.
const GREETING =
	/^(你好|您好|嗨|哈喽|在吗|在不在|早上好|下午好|晚上好|谢谢|多谢|谢谢你|hi|hello|hey|thanks|thank you)[\s!！。.~～]*$/i;

/**
 * Routes a free-text question through query understanding: certificate, field, major,
 * major + certificate, exam time, organisation, policy FAQ, or a clarifying answer.
 * Questions that find nothing are logged for admins.
 */
export async function answerQuestion(
	ctx: CommandContext,
	question: string,
): Promise<Reply> {
	const teacherReply = await answerTeacherText(ctx, question);
	if (teacherReply) return teacherReply;
	// Small talk, and input with no word in it (`？？？`, emoji): what the bot can do, with examples.
	if (GREETING.test(question.trim()) || !/[\p{L}\p{N}]/u.test(question))
		return reply([text(ctx.t("ask.greeting")), tryThese(ctx)]);
	const intent = ctx.services.knowledge.classify(question);
	const answer = await answerIntent(ctx, intent, question);
	if (!answer) return unanswered(ctx, question);
	await logFreeTextGuess(ctx, question, intent, answer);
	return answer;
}

export const ask = defineCommand({
	name: "ask",
	aliases: ["问", "提问"],
	summary: "ask.summary",
	examples: [
		"/ask Web前端什么时候考试",
		"/ask 我是软件技术专业的，能考哪些X证书",
		"/ask 企业实践要求多久",
	],
	args: [
		{
			name: "question",
			type: "text",
			required: true,
			describe: "ask.arg_question",
		},
	],
	run: async (ctx, args) =>
		withFeedback(ctx, args.question, await answerQuestion(ctx, args.question)),
});
