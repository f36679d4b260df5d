import { defineCommand } from "../src/core/command.js";
import { fields, heading, reply, text } from "../src/core/reply.js";
import { addedLine } from "./views/about-layer.js";

/** What the bot knows and where it stops knowing: counts, coverage gaps, where the data is from. */
export const about = defineCommand({
	name: "about",
	aliases: ["关于", "数据来源"],
	summary: "cmd.about.summary",
	examples: ["/about"],
	run(ctx) {
		const { knowledge, exams } = ctx.services;
		const upcoming = exams
			.list()
			.filter((r) => (r.dates.results ?? r.dates.exam) >= ctx.today).length;
		return reply([
			heading(ctx.t("about.title")),
			fields([
				{
					label: ctx.t("about.certificates"),
					value: String(knowledge.certificates.length),
				},
				{
					label: ctx.t("about.majors"),
					value: String(knowledge.majors.length),
				},
				{ label: ctx.t("about.faq"), value: String(knowledge.faq.length) },
				{ label: ctx.t("about.exams"), value: String(upcoming) },
			]),
			...addedLine(ctx),
			text(ctx.t("about.sources")),
			text(ctx.t("about.gaps")),
		]);
	},
});
