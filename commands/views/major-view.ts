import type { CommandContext } from "../../src/core/context.js";
import type { Major } from "../../src/core/knowledge-port.js";
import {
	type Block,
	fields,
	heading,
	list,
	text,
} from "../../src/core/reply.js";

/** One major with the certificates that fit it, strongest evidence first, weak evidence said so. */
export function majorBlocks(ctx: CommandContext, major: Major): Block[] {
	const { t } = ctx;
	const facts = [
		{ label: t("major.fields.code"), value: major.code },
		{ label: t("major.fields.level"), value: major.level },
		{
			label: t("major.fields.class"),
			value: `${major.className}（${major.classCode}）`,
		},
	];
	if (major.categoryName) {
		facts.push({
			label: t("major.fields.category"),
			value: `${major.categoryName}（${major.categoryCode}）`,
		});
	}
	const blocks: Block[] = [heading(`${major.name}`), fields(facts)];
	const recs = ctx.services.knowledge.recommendForMajor(major.code, 8);
	if (recs.length === 0) {
		blocks.push(text(t("major.none")));
		return blocks;
	}
	blocks.push(heading(t("major.recommended")));
	blocks.push(
		list(
			recs.map((r) => {
				const reason = r.reasons[0];
				const why = reason ? `${t(`link.${reason.kind}`)}：${reason.text}` : "";
				return `${r.certificate.name}（${t(`major.strength.${r.strength}`)}）${why ? ` — ${why}` : ""}  /cert ${r.certificate.id}`;
			}),
			true,
		),
	);
	if (recs.some((r) => r.strength === "weak"))
		blocks.push(text(t("major.weak_note")));
	return blocks;
}
