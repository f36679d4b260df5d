import { defineCommand, hasRole } from "../../src/core/command.js";
import { fields, heading, reply, text } from "../../src/core/reply.js";
import { addedLine } from "./views/about-layer.js";

/** What the bot knows and where it stops knowing: counts per kind, coverage gaps, sources. */
export const about = defineCommand({
	name: "about",
	aliases: ["关于", "数据来源"],
	summary: "about.summary",
	examples: ["/about"],
	async run(ctx) {
		const { knowledge, exams } = ctx.services;
		const upcoming = (await exams.list()).filter(
			(r) => (r.dates.results ?? r.dates.exam) >= ctx.today,
		).length;
		const certs = knowledge.certificates;
		const ofKind = (kind: string) =>
			certs.filter((c) => c.kind === kind).length;
		const links = certs.flatMap((c) => knowledge.linksForCertificate(c.id));
		const ofLink = (kind: string) =>
			links.filter((l) => l.kind === kind).length;
		const blocks = [
			heading(ctx.t("about.title")),
			fields([
				{
					label: ctx.t("about.certificates"),
					value: ctx.t("about.kinds", {
						x: ofKind("x"),
						skill: ofKind("skill-level"),
						other: ofKind("other"),
						total: certs.length,
					}),
				},
				{
					label: ctx.t("about.majors"),
					value: String(knowledge.majors.length),
				},
				{ label: ctx.t("about.faq"), value: String(knowledge.faq.length) },
				{ label: ctx.t("about.exams"), value: String(upcoming) },
			]),
			text(
				ctx.t("about.links", {
					n: links.length,
					official: ofLink("official"),
					description: ofLink("description"),
					school: ofLink("school"),
					article: ofLink("article"),
				}),
			),
			...(await addedLine(ctx)),
			text(ctx.t("about.sources")),
			text(ctx.t("about.gaps")),
		];
		if (hasRole(ctx.user.role, "admin"))
			blocks.push(text(ctx.t("about.admin")));
		return reply(blocks);
	},
});
