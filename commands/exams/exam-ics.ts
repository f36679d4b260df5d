import { defineCommand } from "../../src/core/command.js";
import { file, reply, text } from "../../src/core/reply.js";
import {
	certificateArg,
	pickCertificate,
} from "../knowledge/views/pick-certificate.js";
import { levelsText } from "./views/exam-round-view.js";

const milestoneKey = {
	register: "exam.f_register",
	pay: "exam.f_pay",
	exam: "exam.f_exam",
	results: "exam.f_results",
} as const;

export const examIcs = defineCommand({
	name: "ics",
	aliases: ["日历", "calendar"],
	summary: "exam.ics.summary",
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
				ctx.t("exam.ics_event", {
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
			return reply([text(ctx.t("exam.ics_none", { cert: cert.name }))]);
		return reply([
			file(
				`${cert.id}-exams.ics`,
				"text/calendar",
				calendar.content,
				ctx.t("exam.ics_caption", { cert: cert.name, n: calendar.events }),
			),
		]);
	},
});
