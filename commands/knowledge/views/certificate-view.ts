import type { CommandContext } from "../../../src/core/context.js";
import { labelledList, withNote } from "../../../src/core/render-text.js";
import {
	type Block,
	fields,
	heading,
	list,
	text,
} from "../../../src/core/reply.js";
import { shorten } from "../../../src/core/text.js";
import type {
	Certificate,
	CertLevel,
	ExamRound,
} from "../../../src/features/knowledge/knowledge-port.js";
import { statusLine } from "./handover-status.js";
import { citable, sourceLines } from "./sources.js";

const DESCRIPTION_MAX = 300;
const LEVEL_ORDER: CertLevel[] = ["初级", "中级", "高级"];

function examLine(ctx: CommandContext, round: ExamRound): string {
	return ctx.t("cert.exam_line", {
		levels: round.levels.join("/"),
		exam: round.dates.exam,
		register: round.dates.register ?? "—",
	});
}

/** The certificate's levels and those its exam rounds name: a card never contradicts itself. */
function knownLevels(
	cert: Certificate,
	rounds: readonly ExamRound[],
): CertLevel[] {
	const found = new Set(cert.levels);
	for (const r of rounds) for (const l of r.levels) found.add(l);
	return LEVEL_ORDER.filter((l) => found.has(l));
}

function organisationValue(ctx: CommandContext, cert: Certificate): string {
	const { t } = ctx;
	if (cert.organisations.length > 1)
		return t("cert.organisations_joint", {
			names: cert.organisations.join(" / "),
		});
	if (cert.organisations[0]) return cert.organisations[0];
	return cert.kind === "skill-level"
		? t("cert.organisation_skill")
		: t("cert.organisation_unknown");
}

function factFields(
	ctx: CommandContext,
	cert: Certificate,
	rounds: readonly ExamRound[],
): Block {
	const { t } = ctx;
	const levels = knownLevels(cert, rounds);
	const facts = [
		{ label: t("cert.kind"), value: t(`cert.kind_${cert.kind}`) },
		{
			label: t(
				cert.kind === "skill-level"
					? "cert.organisation_skill_label"
					: "cert.organisation",
			),
			value: organisationValue(ctx, cert),
		},
		{
			label: t("cert.levels"),
			value:
				levels.length > 0
					? levels.join("、")
					: t(
							cert.kind === "skill-level"
								? "cert.levels_skill"
								: "cert.levels_unknown",
						),
		},
	];
	if (cert.batch !== null)
		facts.push({
			label: t("cert.batch"),
			value: t("cert.batch_value", { batch: cert.batch }),
		});
	const status = statusLine(ctx, cert);
	if (status) facts.push({ label: t("cert.status"), value: status });
	return fields(facts);
}

/** The full answer about one certificate: kind, status, facts, majors, upcoming exams, sources. */
export async function certificateBlocks(
	ctx: CommandContext,
	cert: Certificate,
): Promise<Block[]> {
	const { t } = ctx;
	const all = await ctx.services.exams.list(cert.id);
	const blocks: Block[] = [heading(cert.name), factFields(ctx, cert, all)];
	if (cert.description) {
		blocks.push(
			heading(t("cert.description")),
			text(shorten(cert.description, DESCRIPTION_MAX, { ellipsis: true })),
		);
	}
	// Links resting only on unverified reposts are not shown as evidence to students.
	const links = ctx.services.knowledge
		.linksForCertificate(cert.id)
		.filter((l) => citable(l.source));
	if (links.length > 0) {
		const seen = new Set<string>();
		const items: string[] = [];
		for (const link of links) {
			if (seen.has(link.majorName)) continue;
			seen.add(link.majorName);
			items.push(
				withNote(link.majorName, t(`knowledge.link_${link.kind}`), ctx.locale),
			);
			if (items.length >= 6) break;
		}
		blocks.push(heading(t("cert.majors")), list(items));
	}
	const rounds = await ctx.services.exams.upcoming(cert.id, ctx.today);
	blocks.push(heading(t("cert.exams")));
	if (rounds.length === 0) blocks.push(text(t("cert.no_exams")));
	else {
		blocks.push(list(rounds.slice(0, 3).map((r) => examLine(ctx, r))));
		blocks.push(text(t("cert.more_exams", { id: cert.id })));
	}
	const cited = sourceLines(cert.sources, 3, ctx.locale);
	blocks.push(
		text(
			labelledList(
				t("cert.sources"),
				cited.length > 0 ? cited : [t("knowledge.sources_none_citable")],
				ctx.locale,
			),
		),
	);
	return blocks;
}
