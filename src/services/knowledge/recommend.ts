/**
 * Certificates for a major, each with the evidence that links them. Only stored links and the
 * certificate's own official description count as evidence; nothing is inferred from names.
 */

import type {
	Certificate,
	LinkKind,
	Major,
	MajorLink,
	Recommendation,
	RecommendationStrength,
} from "../../core/knowledge-port.js";
import { toKey } from "./normalize.js";

type ReasonKind = LinkKind | "class-match";

/** Strongest evidence first: an official list, the certificate's own text, then reports. */
export const REASON_RANK: Record<ReasonKind, number> = {
	official: 0,
	description: 1,
	article: 2,
	school: 3,
	"class-match": 4,
};

const STRENGTH: Record<ReasonKind, RecommendationStrength> = {
	official: "strong",
	description: "strong",
	article: "medium",
	school: "medium",
	"class-match": "weak",
};

// What may follow a major's name when a description lists it (`软件技术、软件与信息服务等专业`).
const LIST_END = '、，,。；;等专及和”"）)';

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

/**
 * Where the official description names the major in a list, or its 专业类 / 专业大类 as a
 * "…类" field: an excerpt around the mention, or null. Short names (< 3 characters) need the
 * list context, so that 护理 does not match every text about 护理技术.
 */
export function descriptionMention(
	description: string | null,
	major: Major,
): string | null {
	if (description === null || !description.includes("专业")) return null;
	const targets = [major.name, major.className];
	if (major.categoryName) {
		targets.push(major.categoryName.replace(/大类$/u, "类"));
	}
	for (const target of targets) {
		let at = description.indexOf(target);
		while (at >= 0) {
			const next = description[at + target.length] ?? "。";
			const isClass = target.endsWith("类");
			if ((isClass || target.length >= 2) && LIST_END.includes(next)) {
				const from = Math.max(0, at - 12);
				const to = Math.min(description.length, at + target.length + 12);
				return `${from > 0 ? "…" : ""}${description.slice(from, to)}${to < description.length ? "…" : ""}`;
			}
			at = description.indexOf(target, at + 1);
		}
	}
	return null;
}

/**
 * Builds recommendations for `major`, using every major with the same name (other levels) for
 * link matching. Ordered by best reason, then number of reasons, then name; empty when
 * nothing links them.
 */
export function recommend(
	major: Major,
	sameName: readonly Major[],
	certificates: readonly Certificate[],
	links: readonly MajorLink[],
): Recommendation[] {
	const codes = new Set([major.code, ...sameName.map((m) => m.code)]);
	const byId = new Map<string, Recommendation>();
	const reasonsOf = (cert: Certificate) => {
		let rec = byId.get(cert.id);
		if (!rec) {
			rec = { certificate: cert, strength: "weak", reasons: [] };
			byId.set(cert.id, rec);
		}
		return rec.reasons;
	};
	const certById = new Map(certificates.map((c) => [c.id, c]));
	for (const link of links) {
		const cert = certById.get(link.certificateId);
		if (!cert || !linkNamesMajor(link, codes, major.name)) continue;
		const reasons = reasonsOf(cert);
		if (
			!reasons.some((r) => r.kind === link.kind && r.text === link.evidence)
		) {
			reasons.push({
				kind: link.kind,
				text: link.evidence,
				source: link.source,
			});
		}
	}
	for (const cert of certificates) {
		if (byId.get(cert.id)?.reasons.some((r) => r.kind === "description")) {
			continue;
		}
		const excerpt = descriptionMention(cert.description, major);
		if (excerpt !== null) {
			reasonsOf(cert).push({
				kind: "class-match",
				text: excerpt,
				source: cert.sources[0],
			});
		}
	}
	const out = [...byId.values()];
	for (const rec of out) {
		rec.reasons.sort((a, b) => REASON_RANK[a.kind] - REASON_RANK[b.kind]);
		const first = rec.reasons[0];
		rec.strength = first ? STRENGTH[first.kind] : "weak";
	}
	const best = (r: Recommendation) =>
		r.reasons[0] ? REASON_RANK[r.reasons[0].kind] : 9;
	return out.sort(
		(a, b) =>
			best(a) - best(b) ||
			b.reasons.length - a.reasons.length ||
			a.certificate.name.length - b.certificate.name.length ||
			(a.certificate.id < b.certificate.id ? -1 : 1),
	);
}
