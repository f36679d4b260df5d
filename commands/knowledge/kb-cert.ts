import { changeOf } from "../../src/core/change.js";
import { defineCommand } from "../../src/core/command.js";
import type { CommandContext } from "../../src/core/context.js";
import { UserError } from "../../src/core/errors.js";
import { reply, text } from "../../src/core/reply.js";
import { shorten } from "../../src/core/text.js";
import type {
	Certificate,
	CertificateKind,
} from "../../src/features/knowledge/knowledge-port.js";
import type { CertificateInput } from "../../src/features/knowledge/layer/layer-port.js";
import { parseLevels } from "../exams/exam-add.js";
import {
	editInput,
	isNone,
	type KbField,
	kbFieldsArg,
	listOf,
	parseKbFields,
	requireSource,
	sourceOnly,
} from "./views/kb-fields.js";

const CERT_FIELDS: readonly KbField[] = [
	"name",
	"type",
	"org",
	"levels",
	"description",
	"aliases",
	"source",
];

/** What admins call the kinds (`类型=`). */
const KINDS: Record<string, CertificateKind> = {
	x: "x",
	x证书: "x",
	"1+x": "x",
	认定: "skill-level",
	技能等级认定: "skill-level",
	职业技能等级认定: "skill-level",
	"skill-level": "skill-level",
	其他: "other",
	other: "other",
};
const KIND_LIST = "X证书(x) 认定(skill-level) 其他(other)";

function kindOf(raw: string): CertificateKind {
	const word = raw.trim().toLowerCase();
	if (!Object.hasOwn(KINDS, word))
		throw new UserError("kb.bad_type", { value: raw, kinds: KIND_LIST });
	return KINDS[word] as CertificateKind;
}

/** The certificate fields present in `fields`; `无` clears organisation, description, levels. */
function certificateInput(
	fields: Partial<Record<KbField, string>>,
): CertificateInput {
	const input: CertificateInput = {};
	if (fields.name !== undefined) input.name = fields.name;
	if (fields.type !== undefined) input.kind = kindOf(fields.type);
	if (fields.org !== undefined)
		input.organisation = isNone(fields.org) ? null : fields.org;
	if (fields.description !== undefined)
		input.description = isNone(fields.description) ? null : fields.description;
	if (fields.levels !== undefined)
		input.levels = isNone(fields.levels) ? [] : parseLevels(fields.levels);
	if (fields.aliases !== undefined) input.aliases = listOf(fields.aliases);
	return input;
}

function summary(ctx: CommandContext, c: Certificate): string {
	return ctx.t("kb.cert_line", {
		id: c.id,
		name: c.name,
		kind: ctx.t(`cert.kind_${c.kind}`),
		org: c.organisation ?? ctx.t("kb.unknown_value"),
		levels: c.levels.join("、") || ctx.t("kb.unknown_value"),
	});
}

const idArg = {
	name: "id",
	type: "string",
	required: true,
	describe: "kb.arg_cert_id",
	complete: "certificate",
} as const;

const certAdd = defineCommand({
	name: "add",
	aliases: ["添加"],
	summary: "kb.cert.add.summary",
	access: "admin",
	examples: [
		"/kb cert add 名称=普通话水平测试 类型=其他 简称=普通话 来源=本校 2026 年学生证书清单 https://example.edu.cn/zs.html",
		"/kb cert add name=Digital marketing source=School 1+X office list 2026",
	],
	args: [{ ...kbFieldsArg, required: true }],
	async run(ctx, args) {
		const fields = parseKbFields(args.fields, CERT_FIELDS);
		const source = requireSource(ctx, fields.source);
		const input = certificateInput(fields);
		if (input.name === undefined) throw new UserError("kb.needs_name");
		const c = await ctx.services.knowledgeLayer.addCertificate(
			changeOf(ctx),
			{ ...input, name: input.name },
			source,
		);
		return reply([
			text(ctx.t("kb.cert_added", { id: c.id })),
			text(summary(ctx, c)),
			text(ctx.t("kb.cert_try", { id: c.id })),
		]);
	},
});

const certEdit = defineCommand({
	name: "edit",
	aliases: ["修改"],
	summary: "kb.cert.edit.summary",
	access: "admin",
	examples: [
		"/kb cert edit c012 等级=初级,中级 来源=培训评价组织 2026 年通知 https://example.org/n.html",
		"/kb cert edit k001 组织=无 来源=组织名称待核实（1+X 办公室）",
	],
	args: [idArg, kbFieldsArg],
	async run(ctx, args) {
		const { input, source } = editInput(
			ctx,
			args.fields,
			CERT_FIELDS,
			certificateInput,
		);
		const c = await ctx.services.knowledgeLayer.editCertificate(
			changeOf(ctx),
			args.id,
			input,
			source,
		);
		return reply([
			text(ctx.t("kb.cert_edited", { id: c.id })),
			text(summary(ctx, c)),
		]);
	},
});

const certRemove = defineCommand({
	name: "remove",
	aliases: ["删除", "rm"],
	summary: "kb.cert.remove.summary",
	access: "admin",
	examples: [
		"/kb cert remove k001 来源=重复录入（与 c045 同一证书）",
		"/kb cert remove c050 来源=培训评价组织已停止该证书 https://example.org/stop.html",
	],
	args: [idArg, kbFieldsArg],
	async run(ctx, args) {
		const source = sourceOnly(ctx, args.fields);
		const c = await ctx.services.knowledgeLayer.removeCertificate(
			changeOf(ctx),
			args.id,
			source,
		);
		return reply([
			text(ctx.t("kb.cert_removed", { id: c.id, name: shorten(c.name, 60) })),
		]);
	},
});

export const kbCert = defineCommand({
	name: "cert",
	aliases: ["证书"],
	summary: "kb.cert.summary",
	access: "admin",
	examples: certAdd.examples,
	subcommands: [certAdd, certEdit, certRemove],
});
