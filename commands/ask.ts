import { defineCommand } from "../src/core/command.js";
import type { CommandContext } from "../src/core/context.js";
import {
	choices,
	heading,
	type Reply,
	reply,
	text,
} from "../src/core/reply.js";
import { answerCertificate } from "./cert.js";
import { answerExam } from "./exam.js";
import { answerMajor } from "./major.js";
import { tryThese } from "./start.js";
import { answerTeacherText } from "./teacher-text.js";
import { certificateBlocks } from "./views/certificate-view.js";
import { faqBlocks } from "./views/faq-view.js";

async function unanswered(
	ctx: CommandContext,
	question: string,
): Promise<Reply> {
	await ctx.services.unanswered.record({
		at: ctx.now.toISOString(),
		userKey: ctx.user.key,
		text: question,
	});
	return reply([text(ctx.t("ask.unknown")), text(ctx.t("ask.where"))]);
}

/** Best guesses from every index when the question's intent is unclear. */
function combined(ctx: CommandContext, question: string): Reply | undefined {
	const { knowledge } = ctx.services;
	const faq = knowledge.searchFaq(question, 1)[0];
	const certs = knowledge.searchCertificates(question, 3);
	if (faq && faq.score < 0.3) return reply(faqBlocks(ctx, faq.item));
	if (certs.length === 0 && !faq) return undefined;
	const options = certs.map((h) => ({
		label: h.item.name,
		command: `/cert ${h.item.id}`,
	}));
	if (faq)
		options.unshift({
			label: faq.item.question,
			command: `/ask ${faq.item.question}`,
		});
	return reply([choices(options.slice(0, 4), ctx.t("ask.related"))]);
}

// Small talk is answered with what the bot can do, not logged as an unanswered question.
const GREETING =
	/^(你好|您好|嗨|哈喽|在吗|在不在|早上好|下午好|晚上好|谢谢|多谢|谢谢你|hi|hello|hey|thanks|thank you)[\s!！。.~～]*$/i;

/** Routes a free-text question by intent: certificate, major, exam time, organisation, policy FAQ. */
export async function answerQuestion(
	ctx: CommandContext,
	question: string,
): Promise<Reply> {
	const teacherReply = await answerTeacherText(ctx, question);
	if (teacherReply) return teacherReply;
	const { knowledge } = ctx.services;
	// Small talk, and input with no word in it (`？？？`, emoji), is not a question to log.
	if (GREETING.test(question.trim()) || !/[\p{L}\p{N}]/u.test(question))
		return reply([text(ctx.t("ask.greeting")), tryThese(ctx)]);
	const intent = knowledge.classify(question);
	switch (intent.kind) {
		case "certificate":
			return answerCertificate(ctx, intent.certificateId);
		case "exam":
			return answerExam(ctx, intent.certificateId);
		case "major":
			// The question itself, not the one code picked: a major taught at several levels,
			// or several close majors (会计 → 会计事务, 大数据与会计 …), let the student choose.
			return answerMajor(ctx, question);
		case "faq": {
			const entry = knowledge.faq.find((f) => f.id === intent.faqId);
			if (entry) return reply(faqBlocks(ctx, entry));
			break;
		}
		case "organisation": {
			const found = knowledge.searchOrganisations(intent.organisation, 1)[0];
			if (found) {
				const certs = found.item.certificates;
				if (certs.length === 1 && certs[0])
					return reply(certificateBlocks(ctx, certs[0]));
				return reply([
					heading(
						ctx.t("ask.organisation", {
							organisation: found.item.organisation,
						}),
					),
					choices(
						certs
							.slice(0, 8)
							.map((c) => ({ label: c.name, command: `/cert ${c.id}` })),
					),
				]);
			}
			break;
		}
		case "unknown":
			break;
	}
	return combined(ctx, question) ?? (await unanswered(ctx, question));
}

export const ask = defineCommand({
	name: "ask",
	aliases: ["问", "提问"],
	summary: "cmd.ask.summary",
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
			describe: "cmd.ask.arg.question",
		},
	],
	run: (ctx, args) => answerQuestion(ctx, args.question),
});
