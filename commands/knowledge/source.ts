import { defineCommand } from "../../src/core/command.js";
import type { CommandContext } from "../../src/core/context.js";
import { heading, type Reply, reply, text } from "../../src/core/reply.js";
import { shorten } from "../../src/core/text.js";
import type { Source } from "../../src/features/knowledge/knowledge-port.js";

const NOTE_MAX = 300;
const SOURCES_MAX = 8;
const LINKS_MAX = 10;

/** Every detail of one source, for admins: title, link, repository, trust, curator note. */
function sourceText(ctx: CommandContext, s: Source, n: number): string {
	const lines = [ctx.t("source.line", { n, title: s.title, trust: s.trust })];
	if (s.url) lines.push(ctx.t("source.url", { url: s.url }));
	if (s.repo)
		lines.push(ctx.t("source.repo", { repo: s.repo, path: s.path ?? "" }));
	if (s.note)
		lines.push(
			ctx.t("source.note", {
				note:
					s.note.length > NOTE_MAX ? `${shorten(s.note, NOTE_MAX)}…` : s.note,
			}),
		);
	return lines.join("\n");
}

function sourcesReply(
	ctx: CommandContext,
	what: string,
	sources: readonly Source[],
	extra: string[] = [],
): Reply {
	const shown = sources.slice(0, SOURCES_MAX);
	const blocks = [
		heading(ctx.t("source.title", { what })),
		text(shown.map((s, i) => sourceText(ctx, s, i + 1)).join("\n")),
	];
	if (sources.length > shown.length)
		blocks.push(
			text(ctx.t("source.more", { n: sources.length - shown.length })),
		);
	for (const e of extra) blocks.push(text(e));
	return reply(blocks);
}

/** Finds the record `id` names: certificate, FAQ entry, exam round, exam report, hand-over. */
async function lookUp(ctx: CommandContext, id: string): Promise<Reply | null> {
	const { knowledge, exams } = ctx.services;
	const cert = knowledge.getCertificate(id);
	if (cert) {
		const links = knowledge.linksForCertificate(cert.id);
		const extra: string[] = [];
		if (links.length > 0)
			extra.push(
				`${ctx.t("source.links_title", { n: links.length })}\n${links
					.slice(0, LINKS_MAX)
					.map((l) =>
						ctx.t("source.link_line", {
							major: l.majorName,
							kind: l.kind,
							trust: l.source.trust,
							title: l.source.url ?? l.source.title,
						}),
					)
					.join("\n")}`,
			);
		return sourcesReply(ctx, `${cert.id} ${cert.name}`, cert.sources, extra);
	}
	const faq = knowledge.faq.find((f) => f.id === id);
	if (faq) return sourcesReply(ctx, faq.question, faq.sources);
	if (id === "handover" && knowledge.handover)
		return sourcesReply(
			ctx,
			knowledge.handover.notice,
			knowledge.handover.sources,
		);
	const round = await exams.get(id);
	if (round) return sourcesReply(ctx, round.id, [round.source]);
	for (const c of knowledge.certificates) {
		const past = knowledge
			.pastExams(c.id)
			.find((p) => p.id.toLowerCase() === id);
		if (past) return sourcesReply(ctx, past.id, [past.source]);
	}
	return null;
}

/**
 * Admin-only: where a record comes from, with what students never see (trust grades, curator
 * notes, repositories and paths, hijacked-domain notes).
 */
export const source = defineCommand({
	name: "source",
	aliases: ["来源"],
	summary: "source.summary",
	examples: ["/source c004", "/source x-exams-now", "/source handover"],
	access: "admin",
	private: true,
	args: [
		{ name: "id", type: "string", required: true, describe: "source.arg_id" },
	],
	async run(ctx, args) {
		const id = args.id.trim().toLowerCase();
		return (
			(await lookUp(ctx, id)) ??
			reply([text(ctx.t("source.not_found", { id: shorten(args.id, 30) }))])
		);
	},
});
