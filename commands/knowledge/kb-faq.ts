import { changeOf } from "../../src/core/change.js";
import { defineCommand } from "../../src/core/command.js";
import { UserError } from "../../src/core/errors.js";
import { reply, text } from "../../src/core/reply.js";
import type { FaqInput } from "../../src/features/knowledge/layer/layer-port.js";
import {
	editInput,
	type KbField,
	kbFieldsArg,
	listOf,
	parseKbFields,
	requireSource,
	sourceOnly,
} from "./views/kb-fields.js";

const FAQ_FIELDS: readonly KbField[] = [
	"question",
	"answer",
	"variants",
	"askwhere",
	"source",
];

function faqInput(fields: Partial<Record<KbField, string>>): FaqInput {
	const input: FaqInput = {};
	if (fields.question !== undefined) input.question = fields.question;
	if (fields.answer !== undefined) input.answer = fields.answer;
	if (fields.variants !== undefined) input.variants = listOf(fields.variants);
	if (fields.askwhere !== undefined) input.askWhere = fields.askwhere;
	return input;
}

const idArg = {
	name: "id",
	type: "string",
	required: true,
	describe: "kb.arg_faq_id",
} as const;

const faqAdd = defineCommand({
	name: "add",
	aliases: ["添加"],
	summary: "kb.faq.add.summary",
	access: "admin",
	examples: [
		"/kb faq add 问题=本校 1+X 考试在哪里报名 回答=在教务处 1+X 办公室（行政楼 305）报名。 问法=去哪报名|报名地点 来源=教务处 2026 年通知 https://example.edu.cn/n.html",
	],
	args: [{ ...kbFieldsArg, required: true }],
	async run(ctx, args) {
		const fields = parseKbFields(args.fields, FAQ_FIELDS);
		const input = faqInput(fields);
		if (input.question === undefined) throw new UserError("kb.needs_question");
		if (input.answer === undefined) throw new UserError("kb.needs_answer");
		const source = requireSource(ctx, fields.source);
		const entry = await ctx.services.knowledgeLayer.addFaq(
			changeOf(ctx),
			{ ...input, question: input.question, answer: input.answer },
			source,
		);
		return reply([
			text(ctx.t("kb.faq_added", { id: entry.id, question: entry.question })),
		]);
	},
});

const faqEdit = defineCommand({
	name: "edit",
	aliases: ["修改"],
	summary: "kb.faq.edit.summary",
	access: "admin",
	examples: [
		"/kb faq edit kb-1 回答=改在行政楼 210 报名。 来源=教务处 2026 年 12 月通知",
	],
	args: [idArg, kbFieldsArg],
	async run(ctx, args) {
		const { input, source } = editInput(ctx, args.fields, FAQ_FIELDS, faqInput);
		const entry = await ctx.services.knowledgeLayer.editFaq(
			changeOf(ctx),
			args.id,
			input,
			source,
		);
		return reply([
			text(ctx.t("kb.faq_edited", { id: entry.id, question: entry.question })),
		]);
	},
});

const faqRemove = defineCommand({
	name: "remove",
	aliases: ["删除", "rm"],
	summary: "kb.faq.remove.summary",
	access: "admin",
	examples: ["/kb faq remove kb-1 来源=已并入学校官网问答"],
	args: [idArg, kbFieldsArg],
	async run(ctx, args) {
		const source = sourceOnly(ctx, args.fields);
		const entry = await ctx.services.knowledgeLayer.removeFaq(
			changeOf(ctx),
			args.id,
			source,
		);
		return reply([
			text(ctx.t("kb.faq_removed", { id: entry.id, question: entry.question })),
		]);
	},
});

export const kbFaq = defineCommand({
	name: "faq",
	aliases: ["问答"],
	summary: "kb.faq.summary",
	access: "admin",
	examples: faqAdd.examples,
	subcommands: [faqAdd, faqEdit, faqRemove],
});
