import type { CommandContext } from "../../src/core/context.js";
import type { Certificate, Major } from "../../src/core/knowledge-port.js";
import { type Block, heading, list, text } from "../../src/core/reply.js";
import { levelNames } from "./major-levels-view.js";
import { reasonText, recommendationBlocks, tierLabel } from "./major-view.js";

/**
 * "护理专业能考老年照护吗": the evidence that links the major and the certificate (every reason,
 * tier labelled), or that none does, then the major's own recommendations. `majors` are the
 * levels of one major name; the first is answered, all are named.
 */
export function pairingBlocks(
	ctx: CommandContext,
	majors: readonly Major[],
	cert: Certificate,
): Block[] {
	const [major] = majors;
	if (!major) return [];
	const { t } = ctx;
	const rec = ctx.services.knowledge.pairEvidence(major.code, cert.id);
	const blocks: Block[] = [
		heading(t("pairing.title", { major: major.name, certificate: cert.name })),
	];
	if (majors.length > 1)
		blocks.push(text(t("pairing.levels", { levels: levelNames(ctx, majors) })));
	if (rec) {
		blocks.push(
			text(
				t("pairing.evidence", {
					major: major.name,
					certificate: cert.name,
					tier: tierLabel(ctx, rec),
				}),
			),
			list(rec.reasons.map((r) => reasonText(ctx, major, r))),
		);
		if (rec.tier >= 4) blocks.push(text(t("major.inference_note")));
	} else {
		blocks.push(
			text(t("pairing.none", { major: major.name, certificate: cert.name })),
		);
	}
	blocks.push(text(t("pairing.see_cert", { id: cert.id })));
	return [...blocks, ...recommendationBlocks(ctx, major)];
}
