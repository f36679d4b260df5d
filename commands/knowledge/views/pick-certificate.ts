import type { ArgSpec } from "../../../src/core/command.js";
import type { CommandContext } from "../../../src/core/context.js";
import { UserError } from "../../../src/core/errors.js";
import { choices, type Reply, reply } from "../../../src/core/reply.js";
import { shorten } from "../../../src/core/text.js";
import type { Certificate } from "../../../src/features/knowledge/knowledge-port.js";
import { clearWinner, sameText } from "./pick.js";

/** The argument of every command that acts on one certificate, completed from the same search. */
export const certificateArg = {
	name: "certificate",
	type: "text",
	required: true,
	describe: "exam.arg_certificate",
	complete: "certificate",
} as const satisfies ArgSpec;

export type Picked = { certificate: Certificate } | { reply: Reply };

function search(ctx: CommandContext, query: string) {
	const { knowledge } = ctx.services;
	const byId = knowledge.getCertificate(query.trim().toLowerCase());
	if (byId) return { winner: byId, hits: [] };
	const hits = knowledge.searchCertificates(query, 6);
	const winner = clearWinner(
		hits,
		(c) => sameText(c.name, query) || c.aliases.some((a) => sameText(a, query)),
	);
	if (hits.length === 0)
		throw new UserError("cert.not_found", {
			query: shorten(query, 40),
			count: knowledge.certificates.length,
		});
	return { winner, hits };
}

/**
 * Resolves what the user typed to one certificate, or answers with buttons for the close
 * matches (`<command> c012`: short ASCII, fits any platform's button payload).
 */
export function pickCertificate(
	ctx: CommandContext,
	query: string,
	command: string,
): Picked {
	const { winner, hits } = search(ctx, query);
	if (winner) return { certificate: winner };
	return {
		reply: reply([
			choices(
				hits.map((h) => ({
					label: h.item.name,
					command: `${command} ${h.item.id}`,
				})),
				ctx.t("exam.cert_ambiguous", { query: shorten(query, 40) }),
			),
		]),
	};
}

/** Like `pickCertificate`, for commands with more arguments than a button can carry. */
export function requireCertificate(
	ctx: CommandContext,
	query: string,
): Certificate {
	const { winner, hits } = search(ctx, query);
	if (winner) return winner;
	throw new UserError("exam.cert_ambiguous_ids", {
		query: shorten(query, 40),
		list: hits.map((h) => `${h.item.id} ${h.item.name}`).join("、"),
	});
}
