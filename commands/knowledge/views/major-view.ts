import type { CommandContext } from "../../../src/core/context.js";
import {
	type Block,
	choices,
	fields,
	heading,
	list,
	text,
} from "../../../src/core/reply.js";
import type {
	Major,
	Recommendation,
	RecommendationReason,
} from "../../../src/features/knowledge/knowledge-port.js";

// Words in many major names that say nothing about the field (软件技术 → 软件).
const GENERIC = /技术|管理|应用|工程|服务|设计|与|及|和/g;
/** How many recommendations a major's answer lists. */
export const SHOWN = 8;

/**
 * Certificates whose names resemble the major's (大数据技术 → 大数据分析与应用): a lead to
 * explore, shown apart from recommendations because a name found by search is not evidence.
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

/** The 专业类 of the same 专业大类 whose majors have evidence, with a few of their certificates. */
function closestFields(ctx: CommandContext, major: Major): Block[] {
	const { knowledge } = ctx.services;
	const neighbours = knowledge.majors.filter(
		(m) =>
			m.categoryCode === major.categoryCode && m.classCode !== major.classCode,
	);
	// Fields with evidence (tiers 1–3) first; only when there are none, fields with an inference.
	const collect = (maxTier: number) => {
		const classes = new Map<string, Set<string>>();
		for (const m of neighbours) {
			const recs = knowledge
				.recommendForMajor(m.code, 3)
				.filter((r) => r.tier <= maxTier);
			if (recs.length === 0) continue;
			const certs = classes.get(m.className) ?? new Set<string>();
			for (const r of recs) certs.add(r.certificate.id);
			classes.set(m.className, certs);
		}
		return classes;
	};
	let classes = collect(3);
	if (classes.size === 0) classes = collect(5);
	if (classes.size === 0) return [];
	const names = [...classes.keys()].slice(0, 3);
	const certIds = [
		...new Set(names.flatMap((n) => [...(classes.get(n) ?? [])])),
	];
	const category =
		major.categoryName ??
		ctx.t("major.category_code", { code: major.categoryCode });
	return [
		text(
			ctx.t("major.closest_fields", { category, classes: names.join("、") }),
		),
		choices(
			certIds.slice(0, 4).flatMap((id) => {
				const cert = knowledge.getCertificate(id);
				return cert ? [{ label: cert.name, command: `/cert ${cert.id}` }] : [];
			}),
			ctx.t("major.closest_certs"),
		),
	];
}

/** The tier label shown after a certificate's name: 官方依据 … 推断·领域相同. */
export function tierLabel(ctx: CommandContext, rec: Recommendation): string {
	return ctx.t(`major.tier.${rec.tier}`);
}

/** `老年照护（学校实例）` / `老年照护 (a school's example)`. */
export function labelledName(ctx: CommandContext, rec: Recommendation): string {
	return ctx.t("major.labelled", {
		name: rec.certificate.name,
		tier: tierLabel(ctx, rec),
	});
}

function why(ctx: CommandContext, major: Major, rec: Recommendation): string {
	const reason = rec.reasons[0];
	return reason ? reasonText(ctx, major, reason) : "";
}

/** One reason as a student reads it: its kind, the level it is about, the evidence. */
export function reasonText(
	ctx: CommandContext,
	major: Major,
	reason: RecommendationReason,
): string {
	if (reason.kind === "shared-field")
		return ctx.t("major.reason.shared_field", { field: reason.text });
	if (reason.kind === "same-class")
		return ctx.t("major.reason.same_class", {
			className: major.className,
			peer: reason.text,
			kind: ctx.t(`knowledge.link_${reason.via ?? "school"}`),
		});
	const about = reason.level
		? ctx.t("major.reason.other_level", {
				level: ctx.t(`major.level.${reason.level}`),
			})
		: "";
	return `${ctx.t(`knowledge.link_${reason.kind}`)}${about}：${reason.text}`;
}

/** The recommendations of one major in tiers, or an honest "none" with the closest fields. */
export function recommendationBlocks(
	ctx: CommandContext,
	major: Major,
): Block[] {
	const { t } = ctx;
	const recs = ctx.services.knowledge.recommendForMajor(major.code, SHOWN);
	const shown = new Set(recs.map((r) => r.certificate.id));
	if (recs.length === 0) {
		return [
			text(t("major.no_field", { name: major.name })),
			text(t("major.none")),
			...closestFields(ctx, major),
			...similarlyNamed(ctx, major, shown),
		];
	}
	const blocks: Block[] = [
		heading(t("major.recommended")),
		list(
			recs.map((r) => {
				const reason = why(ctx, major, r);
				return `${labelledName(ctx, r)}${reason ? ` — ${reason}` : ""}  /cert ${r.certificate.id}`;
			}),
			true,
		),
	];
	if (recs.some((r) => r.tier >= 4))
		blocks.push(text(t("major.inference_note")));
	if (recs.length < 3) blocks.push(...similarlyNamed(ctx, major, shown));
	return blocks;
}

export function classFacts(ctx: CommandContext, major: Major) {
	const { t } = ctx;
	return [
		{
			label: t("major.fields.class"),
			value: `${major.className}（${major.classCode}）`,
		},
		{
			label: t("major.fields.category"),
			value: major.categoryName
				? `${major.categoryName}（${major.categoryCode}）`
				: t("major.category_unconfirmed", { code: major.categoryCode }),
		},
	];
}

/** One major with the certificates that fit it, strongest evidence first, inference said so. */
export function majorBlocks(ctx: CommandContext, major: Major): Block[] {
	const { t } = ctx;
	return [
		heading(major.name),
		fields([
			{ label: t("major.fields.code"), value: major.code },
			{ label: t("major.fields.level"), value: major.level },
			...classFacts(ctx, major),
		]),
		...recommendationBlocks(ctx, major),
	];
}
