import { changeOf } from "../../src/core/change.js";
import { defineCommand } from "../../src/core/command.js";
import type { CommandContext } from "../../src/core/context.js";
import { UserError } from "../../src/core/errors.js";
import { reply, text } from "../../src/core/reply.js";
import type { LinkKind } from "../../src/features/knowledge/knowledge-port.js";
import {
	kbFieldsArg,
	parseKbFields,
	requireSource,
	sourceOnly,
} from "./views/kb-fields.js";

/** Evidence as admins name it → the link kind, and the words the evidence starts with. */
const KINDS: Record<string, { kind: LinkKind; plan?: true }> = {
	方案: { kind: "school", plan: true },
	培养方案: { kind: "school", plan: true },
	人才培养方案: { kind: "school", plan: true },
	本校人才培养方案: { kind: "school", plan: true },
	plan: { kind: "school", plan: true },
	官方: { kind: "official" },
	官方文件: { kind: "official" },
	official: { kind: "official" },
	简介: { kind: "description" },
	证书简介: { kind: "description" },
	description: { kind: "description" },
	学校: { kind: "school" },
	考过: { kind: "school" },
	school: { kind: "school" },
	文章: { kind: "article" },
	article: { kind: "article" },
};
const KIND_LIST =
	"方案(plan) 官方(official) 简介(description) 学校(school) 文章(article)";

function kindOf(ctx: CommandContext, raw: string | undefined) {
	if (raw === undefined)
		throw new UserError("kb.needs_kind", { kinds: KIND_LIST });
	const word = [raw.trim(), raw.trim().toLowerCase()].find((w) =>
		Object.hasOwn(KINDS, w),
	);
	const found = word === undefined ? undefined : KINDS[word];
	if (!found)
		throw new UserError("kb.bad_kind", { value: raw, kinds: KIND_LIST });
	const key = found.plan ? "kb.kind_plan" : (`kb.kind_${found.kind}` as const);
	return { ...found, label: ctx.t(key) };
}

const certArg = {
	name: "certificate",
	type: "string",
	required: true,
	describe: "kb.arg_cert_id",
	complete: "certificate",
} as const;
const majorArg = {
	name: "major",
	type: "string",
	required: true,
	describe: "kb.arg_major",
	complete: "major",
} as const;

const linkAdd = defineCommand({
	name: "add",
	aliases: ["添加"],
	summary: "kb.link.add.summary",
	access: "admin",
	examples: [
		"/kb link add c001 510203 依据=方案 证据=2025 级软件技术专业人才培养方案列入 Web前端开发（中级） 来源=本校 2025 级人才培养方案",
		"/kb link add c019 软件技术 依据=官方 证据=专业简介“职业类证书举例” 来源=职业教育专业简介（2022 年修订） https://example.edu.cn/jj.html",
	],
	args: [certArg, majorArg, kbFieldsArg],
	async run(ctx, args) {
		const fields = parseKbFields(args.fields, ["kind", "evidence", "source"]);
		const kind = kindOf(ctx, fields.kind);
		const source = requireSource(ctx, fields.source);
		const evidence = fields.evidence
			? kind.plan
				? `${kind.label}：${fields.evidence}`
				: fields.evidence
			: `${kind.label}：${source.title}`;
		const link = await ctx.services.knowledgeLayer.addLink(
			changeOf(ctx),
			{
				certificateId: args.certificate,
				major: args.major,
				kind: kind.kind,
				evidence,
			},
			source,
		);
		const cert = ctx.services.knowledge.getCertificate(link.certificateId);
		return reply([
			text(
				ctx.t("kb.link_added", {
					cert: cert?.name ?? link.certificateId,
					major: link.majorName,
					codes: link.majorCodes.join("、"),
				}),
			),
			text(ctx.t("kb.link_try", { code: link.majorCodes[0] ?? args.major })),
		]);
	},
});

const linkRemove = defineCommand({
	name: "remove",
	aliases: ["删除", "rm"],
	summary: "kb.link.remove.summary",
	access: "admin",
	examples: ["/kb link remove c001 510203 来源=人才培养方案 2026 版已不再列入"],
	args: [certArg, majorArg, kbFieldsArg],
	async run(ctx, args) {
		const source = sourceOnly(ctx, args.fields);
		const n = await ctx.services.knowledgeLayer.removeLink(
			changeOf(ctx),
			args.certificate,
			args.major,
			source,
		);
		return reply([text(ctx.t("kb.link_removed", { count: n }))]);
	},
});

export const kbLink = defineCommand({
	name: "link",
	aliases: ["关联"],
	summary: "kb.link.summary",
	access: "admin",
	examples: linkAdd.examples,
	subcommands: [linkAdd, linkRemove],
});
