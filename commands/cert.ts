import { defineCommand } from "../src/core/command.js";
import type { CommandContext } from "../src/core/context.js";
import { choices, type Reply, reply, text } from "../src/core/reply.js";
import { certificateBlocks } from "./views/certificate-view.js";
import { clearWinner, sameText } from "./views/pick.js";

/** Shared by `cert` and `ask`: the certificate's card, a choice between close matches, or "not found". */
export function answerCertificate(ctx: CommandContext, query: string): Reply {
	const { knowledge } = ctx.services;
	const byId = knowledge.getCertificate(query.trim());
	if (byId) return reply(certificateBlocks(ctx, byId));
	const hits = knowledge.searchCertificates(query, 6);
	const winner = clearWinner(
		hits,
		(c) => sameText(c.name, query) || c.aliases.some((a) => sameText(a, query)),
	);
	if (winner) return reply(certificateBlocks(ctx, winner));
	if (hits.length === 0) {
		return reply([
			text(ctx.t("cert.not_found", { query: query.slice(0, 40) })),
			text(
				ctx.t("cert.not_found_hint", { count: knowledge.certificates.length }),
			),
		]);
	}
	return reply([
		choices(
			hits
				.slice(0, 6)
				.map((h) => ({ label: h.item.name, command: `/cert ${h.item.id}` })),
			ctx.t("cert.choose"),
		),
	]);
}

export const cert = defineCommand({
	name: "cert",
	aliases: ["证书", "查证书", "certificate"],
	summary: "cmd.cert.summary",
	examples: ["/cert Web前端开发", "/证书 BIM", "/cert lnzh"],
	args: [
		{
			name: "query",
			type: "text",
			required: true,
			describe: "cmd.cert.arg.query",
			complete: "certificate",
		},
	],
	run: (ctx, args) => answerCertificate(ctx, args.query),
});
