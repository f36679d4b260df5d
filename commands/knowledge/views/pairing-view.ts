import type { CommandContext } from "../../../src/core/context.js";
import {
	type Block,
	choices,
	heading,
	list,
	text,
} from "../../../src/core/reply.js";
import type {
	Certificate,
	Major,
} from "../../../src/features/knowledge/knowledge-port.js";
import { levelNames } from "./major-levels-view.js";
import { reasonText, recommendationBlocks, tierLabel } from "./major-view.js";

/**
 * "护理专业能考老年照护吗": every reason that links the major and the certificate (tier labelled,
 * inference said so), or a plain statement that none does; buttons to both; then the major's
 * own recommendations. Given the levels of one major name, the first is answered and all are
 * named; given one major, its name's other levels count as for every major answer.
 */
export function pairingBlocks(
	ctx: CommandContext,
	majors: Major | readonly Major[],
	cert: Certificate,
): Block[] {
	const levels: readonly Major[] = Array.isArray(majors) ? majors : [majors];
	const [major] = levels;
	if (!major) return [];
	const { t } = ctx;
	const rec = ctx.services.knowledge.pairEvidence(major.code, cert.id);
	const blocks: Block[] = [
		heading(t("ask.pairing_title", { major: major.name, cert: cert.name })),
	];
	if (levels.length > 1)
		blocks.push(
			text(t("knowledge.pairing_levels", { levels: levelNames(ctx, levels) })),
		);
	if (rec) {
		blocks.push(
			text(
				t("knowledge.pairing_evidence", {
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
			text(
				t("knowledge.pairing_none", {
					major: major.name,
					certificate: cert.name,
				}),
			),
		);
	}
	blocks.push(
		choices(
			[
				{
					label: `${major.name}（${t(`major.level.${major.level}`)}）`,
					command: `/major ${major.code}`,
				},
				{ label: cert.name, command: `/cert ${cert.id}` },
			],
			t("ask.pairing_more"),
		),
	);
	return [...blocks, ...recommendationBlocks(ctx, major)];
}
