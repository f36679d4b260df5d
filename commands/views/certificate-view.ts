import type { CommandContext } from "../../src/core/context.js";
import type { Certificate, ExamRound } from "../../src/core/knowledge-port.js";
import {
	type Block,
	fields,
	heading,
	list,
	text,
} from "../../src/core/reply.js";
import { sourceLines } from "./sources.js";

const DESCRIPTION_MAX = 300;

function examLine(ctx: CommandContext, round: ExamRound): string {
	return ctx.t("cert.exam_line", {
		levels: round.levels.join("/"),
		exam: round.dates.exam,
		register: round.dates.register ?? "—",
	});
}

/** The full answer about one certificate: facts, majors, upcoming exams, sources. */
export function certificateBlocks(
	ctx: CommandContext,
	cert: Certificate,
): Block[] {
	const { t } = ctx;
	const facts = [
		{
			label: t("cert.organisation"),
			value: cert.organisation ?? t("cert.organisation_unknown"),
		},
		{
			label: t("cert.levels"),
			value:
				cert.levels.length > 0
					? cert.levels.join("、")
					: t("cert.levels_unknown"),
		},
	];
	if (cert.batch !== null)
		facts.push({
			label: t("cert.batch"),
			value: t("cert.batch_value", { batch: cert.batch }),
		});
	const blocks: Block[] = [heading(cert.name), fields(facts)];
	if (cert.description) {
		const cut = cert.description.length > DESCRIPTION_MAX;
		blocks.push(
			heading(t("cert.description")),
			text(
				cut
					? `${cert.description.slice(0, DESCRIPTION_MAX)}…`
					: cert.description,
			),
		);
	}
	const links = ctx.services.knowledge.linksForCertificate(cert.id);
	if (links.length > 0) {
		const seen = new Set<string>();
		const items: string[] = [];
		for (const link of links) {
			if (seen.has(link.majorName)) continue;
			seen.add(link.majorName);
			items.push(`${link.majorName}（${t(`link.${link.kind}`)}）`);
			if (items.length >= 6) break;
		}
		blocks.push(heading(t("cert.majors")), list(items));
	}
	const rounds = ctx.services.exams.upcoming(cert.id, ctx.today);
	blocks.push(heading(t("cert.exams")));
	if (rounds.length === 0) blocks.push(text(t("cert.no_exams")));
	else {
		blocks.push(list(rounds.slice(0, 3).map((r) => examLine(ctx, r))));
		blocks.push(text(t("cert.more_exams", { id: cert.id })));
	}
	blocks.push(
		text(`${t("cert.sources")}：${sourceLines(cert.sources).join("；")}`),
	);
	return blocks;
}
