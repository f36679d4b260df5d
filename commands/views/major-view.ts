import type { CommandContext } from "../../src/core/context.js";
import type { Major } from "../../src/core/knowledge-port.js";
import {
	type Block,
	choices,
	fields,
	heading,
	list,
	text,
} from "../../src/core/reply.js";

// Words in many major names that say nothing about the field (软件技术 → 软件).
const GENERIC = /技术|管理|应用|工程|服务|设计|与|及|和/g;

/**
 * Certificates whose names resemble the major's (大数据技术 → 大数据分析与应用): a lead to
 * explore, shown apart from recommendations because a name is not evidence.
 */
function similarlyNamed(
	ctx: CommandContext,
	major: Major,
	exclude: ReadonlySet<string>,
): Block[] {
	const core = major.name.replace(GENERIC, "");
	if (core.length < 2) return [];
	const hits = ctx.services.knowledge
		.searchCertificates(core, 8)
		.filter((h) => h.score <= 0.2 && !exclude.has(h.item.id))
		.slice(0, 4);
	if (hits.length === 0) return [];
	return [
		choices(
			hits.map((h) => ({ label: h.item.name, command: `/cert ${h.item.id}` })),
			ctx.t("major.similar_names"),
		),
	];
}

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
	facts.push({
		label: t("major.fields.category"),
		value: major.categoryName
			? `${major.categoryName}（${major.categoryCode}）`
			: t("major.category_unconfirmed", { code: major.categoryCode }),
	});
	const blocks: Block[] = [heading(`${major.name}`), fields(facts)];
	const recs = ctx.services.knowledge.recommendForMajor(major.code, 8);
	const shown = new Set(recs.map((r) => r.certificate.id));
	if (recs.length === 0) {
		blocks.push(text(t("major.none")), ...similarlyNamed(ctx, major, shown));
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
	if (recs.length < 3) blocks.push(...similarlyNamed(ctx, major, shown));
	return blocks;
}
