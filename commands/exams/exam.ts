import { changeOf } from "../../src/core/change.js";
import { defineCommand } from "../../src/core/command.js";
import type { CommandContext } from "../../src/core/context.js";
import { withNote } from "../../src/core/render-text.js";
import {
	type Block,
	choices,
	heading,
	list,
	type Reply,
	reply,
	text,
} from "../../src/core/reply.js";
import { shorten } from "../../src/core/text.js";
import {
	askWhere,
	pastMonths,
	whyNoRound,
} from "../knowledge/views/handover-status.js";
import {
	certificateArg,
	pickCertificate,
} from "../knowledge/views/pick-certificate.js";
import { citable } from "../knowledge/views/sources.js";
import { examAdd } from "./exam-add.js";
import { examIcs } from "./exam-ics.js";
import { levelsText, roundBlocks } from "./views/exam-round-view.js";

const LIST_MAX = 30;
const SHOW_MAX = 6;
const PAST_MAX = 4;

const examList = defineCommand({
	name: "list",
	aliases: ["列表"],
	summary: "exam.list.summary",
	examples: ["/exam list", "/exam list Web前端"],
	args: [
		{
			name: "certificate",
			type: "text",
			describe: "exam.arg_certificate",
			complete: "certificate",
		},
	],
	async run(ctx, args) {
		const { exams, knowledge } = ctx.services;
		let certificateId: string | undefined;
		if (args.certificate) {
			const picked = pickCertificate(ctx, args.certificate, "/exam list");
			if ("reply" in picked) return picked.reply;
			certificateId = picked.certificate.id;
		}
		// Upcoming rounds only: past ones no longer drive reminders or need removing.
		const rounds = (await exams.list(certificateId)).filter(
			(r) => (r.dates.results ?? r.dates.exam) >= ctx.today,
		);
		if (rounds.length === 0) return reply([text(ctx.t("exam.list_empty"))]);
		const items = rounds.slice(0, LIST_MAX).map((r) =>
			ctx.t("exam.list_item", {
				id: r.id,
				cert:
					knowledge.getCertificate(r.certificateId)?.name ?? r.certificateId,
				levels: levelsText(r),
				exam: r.dates.exam,
				register: r.dates.register ?? ctx.t("exam.not_published"),
				mark: exams.isShipped(r.id) ? "" : ctx.t("exam.mark_added"),
			}),
		);
		const blocks = [heading(ctx.t("exam.list_title")), text(items.join("\n"))];
		if (rounds.length > LIST_MAX)
			blocks.push(
				text(ctx.t("exam.list_more", { n: rounds.length - LIST_MAX })),
			);
		return reply(blocks);
	},
});

const examRemove = defineCommand({
	name: "remove",
	aliases: ["删除", "rm"],
	summary: "exam.remove.summary",
	access: "admin",
	examples: ["/exam remove r1"],
	args: [
		{ name: "id", type: "string", required: true, describe: "exam.arg_id" },
	],
	async run(ctx, args) {
		const id = args.id.replace(/^#/, "").toLowerCase();
		const result = await ctx.services.exams.remove(changeOf(ctx), id);
		const key =
			result === "removed"
				? "exam.removed"
				: result === "shipped"
					? "exam.remove_shipped"
					: "exam.remove_not_found";
		return reply([text(ctx.t(key, { id: shorten(id, 20) }))]);
	},
});

/** When exams of this certificate were held before, as schools reported: a hint, not a plan. */
async function pastExamBlocks(
	ctx: CommandContext,
	certificateId: string,
): Promise<Block[]> {
	const blocks: Block[] = [];
	// Published plans that are over show the organisation's usual rhythm better than reports.
	const plans = (await ctx.services.exams.list(certificateId))
		.filter((r) => (r.dates.results ?? r.dates.exam) < ctx.today)
		.slice(-PAST_MAX)
		.reverse();
	if (plans.length > 0) {
		blocks.push(
			heading(ctx.t("exam.past_rounds_title")),
			list(
				plans.map((r) =>
					ctx.t("exam.past_round_line", {
						exam: r.dates.exam,
						register: r.dates.register ?? "—",
					}),
				),
			),
		);
	}
	// Reports too weak to cite are not shown to students (their months still count below).
	const reports = ctx.services.knowledge
		.pastExams(certificateId)
		.filter((p) => citable(p.source))
		.slice(0, PAST_MAX);
	if (reports.length > 0) {
		blocks.push(
			heading(ctx.t("exam.past_title")),
			list(
				reports.map((p) =>
					p.source.url
						? withNote(
								`${p.dateAsStated} · ${p.school}`,
								p.source.url,
								ctx.locale,
							)
						: `${p.dateAsStated} · ${p.school}`,
				),
			),
		);
	}
	const months = await pastMonths(ctx, certificateId);
	if (months.length > 0)
		blocks.push(
			text(
				ctx.t("exam.months_hint", {
					months: months.join(ctx.locale === "en" ? ", " : "、"),
				}),
			),
		);
	return blocks;
}

/** Shared by `exam` and `ask`: a certificate's upcoming rounds with every milestone. */
export async function answerExam(
	ctx: CommandContext,
	query: string,
): Promise<Reply> {
	const picked = pickCertificate(ctx, query, "/exam");
	if ("reply" in picked) return picked.reply;
	const cert = picked.certificate;
	const rounds = await ctx.services.exams.upcoming(cert.id, ctx.today);
	const title = heading(ctx.t("exam.upcoming_title", { cert: cert.name }));
	const ask =
		cert.kind === "x" && cert.organisations.length > 0
			? ctx.t("exam.ask_org", { org: cert.organisations.join(" / ") })
			: ctx.t("exam.ask");
	if (rounds.length === 0) {
		// Why there is none first (dated against today), then the past months, then where to ask.
		const why = whyNoRound(ctx, cert);
		return reply([
			title,
			text(why ?? ctx.t("exam.none", { cert: cert.name })),
			...(await pastExamBlocks(ctx, cert.id)),
			text(askWhere(ctx) ?? ask),
		]);
	}
	return reply([
		title,
		...rounds.slice(0, SHOW_MAX).flatMap((r) => roundBlocks(ctx, r)),
		text(ask),
		choices([
			{
				label: ctx.t("exam.btn_subscribe"),
				command: `/subscribe ${cert.id}`,
			},
			{ label: ctx.t("exam.btn_ics"), command: `/exam ics ${cert.id}` },
		]),
	]);
}

export const exam = defineCommand({
	name: "exam",
	aliases: ["考试", "考试安排", "exams"],
	summary: "exam.summary",
	examples: ["/exam Web前端", "/考试 BIM", "/exam ics 前端", "/exam list"],
	args: [certificateArg],
	subcommands: [examAdd, examList, examRemove, examIcs],
	run: (ctx, args) => answerExam(ctx, args.certificate),
});
