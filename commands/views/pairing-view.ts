import type { CommandContext } from "../../src/core/context.js";
import type { Certificate, Major } from "../../src/core/knowledge-port.js";
import {
	type Block,
	choices,
	heading,
	list,
	text,
} from "../../src/core/reply.js";
import { sourceLines } from "./sources.js";

const EVIDENCE_MAX = 4;

/**
 * "Can a 护理 student take 老年照护?": the links in the sources between this major (any level
 * of its name) and the certificate, or a plain statement that none is known; then a pointer to
 * the major's own recommendations. A first, simple view of the pairing.
 */
export function pairingBlocks(
	ctx: CommandContext,
	major: Major,
	cert: Certificate,
): Block[] {
	const { knowledge } = ctx.services;
	const links = knowledge
		.linksForCertificate(cert.id)
		.filter(
			(l) => l.majorCodes.includes(major.code) || l.majorName === major.name,
		)
		.slice(0, EVIDENCE_MAX);
	const blocks: Block[] = [
		heading(
			ctx.t("understand.pairing_title", { major: major.name, cert: cert.name }),
		),
	];
	if (links.length === 0) {
		blocks.push(
			text(
				ctx.t("understand.pairing_none", {
					major: major.name,
					cert: cert.name,
				}),
			),
		);
	} else {
		blocks.push(
			text(ctx.t("understand.pairing_evidence")),
			list(
				links.map(
					(l) =>
						`${ctx.t(`link.${l.kind}`)}：${l.evidence}${sourceLines([l.source], 1).map((s) => `（${s}）`)[0] ?? ""}`,
				),
			),
		);
	}
	blocks.push(
		choices(
			[
				{
					label: `${major.name}（${major.level}）`,
					command: `/major ${major.code}`,
				},
				{ label: cert.name, command: `/cert ${cert.id}` },
			],
			ctx.t("understand.pairing_more"),
		),
	);
	return blocks;
}
