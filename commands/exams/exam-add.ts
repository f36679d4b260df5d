import { changeOf } from "../../src/core/change.js";
import { defineCommand } from "../../src/core/command.js";
import { UserError } from "../../src/core/errors.js";
import { ownValue } from "../../src/core/own.js";
import { reply, text } from "../../src/core/reply.js";
import type {
	CertLevel,
	ExamRound,
} from "../../src/features/knowledge/knowledge-port.js";
import { requireCertificate } from "../knowledge/views/pick-certificate.js";
import { levelsText } from "./views/exam-round-view.js";

const levelWords: Record<string, CertLevel> = {
	初级: "初级",
	初: "初级",
	junior: "初级",
	中级: "中级",
	中: "中级",
	intermediate: "中级",
	高级: "高级",
	高: "高级",
	advanced: "高级",
};
const levelOrder: CertLevel[] = ["初级", "中级", "高级"];

/** `初级,中级` / `中级、高级` → levels in their natural order; a `UserError` for anything else. */
export function parseLevels(raw: string): CertLevel[] {
	const found = new Set<CertLevel>();
	for (const part of raw.normalize("NFKC").split(/[,，、/]+/)) {
		const word = part.trim().toLowerCase();
		if (word === "") continue;
		const level = ownValue(levelWords, word);
		if (!level) throw new UserError("exam.bad_level", { value: part.trim() });
		found.add(level);
	}
	if (found.size === 0) throw new UserError("exam.bad_level", { value: raw });
	return levelOrder.filter((l) => found.has(l));
}

const SITE_MAX = 100;

export const examAdd = defineCommand({
	name: "add",
	aliases: ["添加"],
	summary: "exam.add.summary",
	access: "admin",
	examples: [
		"/exam add Web前端 中级 exam=2027-03-20 register-by=2027-03-15 pay-by=2027-03-16 results=2027-04-10",
		"/考试 添加 c012 初级,中级 exam=3月20日 register-by=3月15日",
	],
	args: [
		{
			name: "certificate",
			type: "string",
			required: true,
			describe: "exam.arg_certificate",
			complete: "certificate",
		},
		{
			name: "level",
			type: "string",
			required: true,
			describe: "exam.arg_level",
		},
		{
			name: "exam",
			type: "date",
			year: "future",
			required: true,
			option: true,
			describe: "exam.arg_exam",
		},
		{
			name: "register-by",
			type: "date",
			year: "future",
			required: true,
			option: true,
			describe: "exam.arg_register_by",
		},
		{
			name: "pay-by",
			type: "date",
			year: "future",
			option: true,
			describe: "exam.arg_pay_by",
		},
		{
			name: "results",
			type: "date",
			year: "future",
			option: true,
			describe: "exam.arg_results",
		},
		{ name: "site", type: "string", option: true, describe: "exam.arg_site" },
	],
	async run(ctx, args) {
		const certificate = requireCertificate(ctx, args.certificate);
		const levels = parseLevels(args.level);
		if (args.exam < ctx.today)
			throw new UserError("exam.exam_past", { date: args.exam });
		if (args.site && Array.from(args.site).length > SITE_MAX)
			throw new UserError("exam.site_too_long", { max: SITE_MAX });
		const dates: ExamRound["dates"] = {
			register: args["register-by"],
			exam: args.exam,
			...(args["pay-by"] ? { pay: args["pay-by"] } : {}),
			...(args.results ? { results: args.results } : {}),
		};
		const round = await ctx.services.exams.add(changeOf(ctx), {
			certificateId: certificate.id,
			levels,
			dates,
			...(args.site ? { site: args.site } : {}),
			source: {
				// Who added it is in the round's record; students see only that the school did.
				title: ctx.t("exam.source_added", { date: ctx.today }),
				trust: "medium",
			},
		});
		return reply([
			text(
				ctx.t("exam.added", {
					id: round.id,
					cert: certificate.name,
					levels: levelsText(round),
					exam: round.dates.exam,
				}),
			),
			text(ctx.t("exam.added_hint")),
		]);
	},
});
