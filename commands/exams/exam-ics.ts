import { defineCommand } from "../../src/core/command.js";
import { file, reply, text } from "../../src/core/reply.js";
import {
	certificateArg,
	pickCertificate,
} from "../knowledge/views/pick-certificate.js";
import { levelsText } from "./views/exam-round-view.js";

const milestoneKey = {
	register: "exams.f_register",
	pay: "exams.f_pay",
	exam: "exams.f_exam",
	results: "exams.f_results",
} as const;

export const examIcs = defineCommand({
	name: "ics",
	aliases: ["日历", "calendar"],
	summary: "exams.summary_ics",
	examples: ["/exam ics Web前端", "/考试 日历 BIM"],
	args: [certificateArg],
	async run(ctx, args) {
		const picked = pickCertificate(ctx, args.certificate, "/exam ics");
		if ("reply" in picked) return picked.reply;
		const cert = picked.certificate;
		const rounds = await ctx.services.exams.upcoming(cert.id, ctx.today);
		const calendar = ctx.services.reminders.calendar({
			rounds,
			today: ctx.today,
			now: ctx.now,
			name: cert.name,
			summary: (round, m) =>
				ctx.t("exams.ics_summary", {
					cert: cert.name,
					levels: levelsText(round),
					milestone: ctx.t(milestoneKey[m]),
				}),
			description: (round) =>
				[round.site, round.note, round.source.title, round.source.url]
					.filter(Boolean)
					.join("\n"),
		});
		if (calendar.events === 0)
			return reply([text(ctx.t("exams.ics_none", { cert: cert.name }))]);
		return reply([
			file(
				`${cert.id}-exams.ics`,
				"text/calendar",
				calendar.content,
				ctx.t("exams.ics_caption", { cert: cert.name, n: calendar.events }),
			),
		]);
	},
});
