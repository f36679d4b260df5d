/**
 * Certificates for a major in evidence tiers, strongest first: (1) official text, (2) a school's
 * example or report, (3) the certificate's own description naming the major (or an older name
 * of it, or its 专业类), (4) links of majors in the same 专业类, (5) a field word shared by the
 * names. Tiers 4 and 5 are inferences and are labelled as such by the views.
 */

import type {
	Certificate,
	EvidenceTier,
	LinkKind,
	Major,
	MajorLink,
	MajorRename,
	ReasonKind,
	Recommendation,
	RecommendationStrength,
} from "../../core/knowledge-port.js";
import { descriptionMention } from "./description-mention.js";
import { toKey } from "./normalize.js";
import { sharedField } from "./shared-field.js";

export { descriptionMention } from "./description-mention.js";

export const TIER: Record<ReasonKind, EvidenceTier> = {
	official: 1,
	school: 2,
	article: 2,
	description: 3,
	"class-match": 3,
	"same-class": 4,
	"shared-field": 5,
};

/** Order of stored links, strongest first, as the tiers rank them. */
export const REASON_RANK: Record<LinkKind, number> = {
	official: 0,
	school: 1,
	article: 2,
	description: 3,
};

const INFERRED_PER_TIER = 3;

const STRENGTH: Record<EvidenceTier, RecommendationStrength> = {
	1: "strong",
	2: "medium",
	3: "strong",
	4: "weak",
	5: "weak",
};

/** Does `link` speak about this major (by catalogue code, or by the same name at another level)? */
export function linkNamesMajor(
	link: MajorLink,
	codes: ReadonlySet<string>,
	name: string,
): boolean {
	if (link.majorCodes.some((c) => codes.has(c))) return true;
	const written = link.majorName.normalize("NFKC");
	return toKey(written) === toKey(name) || written.startsWith(`${name}(`);
}

export interface RecommenderInput {
	majors: readonly Major[];
	certificates: readonly Certificate[];
	links: readonly MajorLink[];
	/** Older major names mapped to 2021 names; empty when no source is loaded. */
	renames?: readonly MajorRename[];
}

/**
 * Builds the recommender once; answers are cached per major code (the data does not change
 * while it lives). Unknown majors are the caller's concern: it is given a `Major`.
 */
export interface Recommender {
	/** Strongest first; at most three of each inference tier. */
	forMajor(major: Major): Recommendation[];
	/** What links this major and certificate, in any tier; `undefined` when nothing does. */
	evidence(major: Major, certificateId: string): Recommendation | undefined;
}

export function createRecommender(input: RecommenderInput): Recommender {
	const renames = input.renames ?? [];
	const byCode = new Map(input.majors.map((m) => [m.code, m]));
	const byName = new Map<string, Major[]>();
	for (const m of input.majors)
		byName.set(m.name, [...(byName.get(m.name) ?? []), m]);
	// A link without catalogue codes may name a pre-2021 major that a source maps to a 2021 one.
	const linkMajors = input.links.map((link) => {
		if (link.majorCodes.length > 0)
			return link.majorCodes.flatMap((c) => byCode.get(c) ?? []);
		const written = toKey(link.majorName);
		return renames
			.filter((r) => toKey(r.oldName) === written)
			.flatMap((r) =>
				(r.newCode
					? [byCode.get(r.newCode)]
					: (byName.get(r.newName) ?? [])
				).filter((m): m is Major => m !== undefined),
			);
	});
	const certById = new Map(input.certificates.map((c) => [c.id, c]));
	const cache = new Map<string, Recommendation[]>();

	function build(major: Major): Recommendation[] {
		const sameName = byName.get(major.name) ?? [major];
		const codes = new Set(sameName.map((m) => m.code));
		const recs = new Map<string, Recommendation>();
		const add = (
			cert: Certificate,
			reason: Recommendation["reasons"][number],
		) => {
			let rec = recs.get(cert.id);
			if (!rec) {
				rec = { certificate: cert, strength: "weak", tier: 5, reasons: [] };
				recs.set(cert.id, rec);
			}
			if (
				!rec.reasons.some(
					(r) => r.kind === reason.kind && r.text === reason.text,
				)
			)
				rec.reasons.push(reason);
		};
		input.links.forEach((link, i) => {
			const cert = certById.get(link.certificateId);
			if (!cert) return;
			const named = linkMajors[i] ?? [];
			const direct =
				linkNamesMajor(link, codes, major.name) ||
				named.some((m) => codes.has(m.code));
			if (direct) {
				// Evidence that names other levels' codes only is said to be about that level.
				const exact =
					named.length === 0 || named.some((m) => m.code === major.code);
				const other = exact
					? undefined
					: named.find((m) => codes.has(m.code))?.level;
				add(cert, {
					kind: link.kind,
					text: link.evidence,
					source: link.source,
					...(other ? { level: other } : {}),
				});
				return;
			}
			const peer = named.find((m) => m.className === major.className);
			if (peer)
				add(cert, {
					kind: "same-class",
					text: peer.name,
					source: link.source,
					via: link.kind,
				});
		});
		const olderNames = renames
			.filter((r) => r.newName === major.name)
			.map((r) => r.oldName);
		for (const cert of input.certificates) {
			const excerpt = descriptionMention(cert.description, major, olderNames);
			if (excerpt !== null)
				add(cert, {
					kind: "class-match",
					text: excerpt,
					source: cert.sources[0],
				});
		}
		for (const cert of input.certificates) {
			if (recs.has(cert.id)) continue;
			const field = sharedField(major.name, cert.name);
			if (field !== null) add(cert, { kind: "shared-field", text: field });
		}
		const out = [...recs.values()];
		for (const rec of out) {
			rec.reasons.sort(
				(a, b) =>
					TIER[a.kind] - TIER[b.kind] ||
					Number(a.level !== undefined) - Number(b.level !== undefined),
			);
			rec.tier = TIER[rec.reasons[0]?.kind ?? "shared-field"];
			rec.strength = STRENGTH[rec.tier];
		}
		const elsewhere = (r: Recommendation) =>
			Number(r.reasons[0]?.level !== undefined);
		const fieldLength = (r: Recommendation) =>
			r.tier === 5 ? [...(r.reasons[0]?.text ?? "")].length : 0;
		out.sort(
			(a, b) =>
				a.tier - b.tier ||
				elsewhere(a) - elsewhere(b) ||
				fieldLength(b) - fieldLength(a) ||
				b.reasons.length - a.reasons.length ||
				a.certificate.name.length - b.certificate.name.length ||
				(a.certificate.id < b.certificate.id ? -1 : 1),
		);
		return out;
	}

	const all = (major: Major) => {
		let recs = cache.get(major.code);
		if (!recs) {
			recs = build(major);
			cache.set(major.code, recs);
		}
		return recs;
	};
	return {
		forMajor(major) {
			// Inference is a lead, not a list: a few of each kind, so stronger tiers stay visible.
			const seen = { 4: 0, 5: 0 };
			return all(major).filter((r) =>
				r.tier === 4 || r.tier === 5
					? ++seen[r.tier] <= INFERRED_PER_TIER
					: true,
			);
		},
		evidence: (major, certificateId) =>
			all(major).find((r) => r.certificate.id === certificateId),
	};
}
