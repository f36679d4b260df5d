import type {
	Certificate,
	FaqEntry,
	MajorLink,
	Source,
} from "../knowledge-port.js";
import type { KnowledgeData } from "../load.js";
import type { LayerRecords } from "./data.js";
import { certificateNameKey } from "./names.js";

/** Shipped knowledge with the layer applied, and where layer ids now point. */
export interface LayeredKnowledge {
	data: KnowledgeData;
	/**
	 * Layer certificate ids whose name a later shipped release also carries: the shipped
	 * record answers for them (with the layer's sources added), so nothing is listed twice and
	 * subscriptions to the old id keep working.
	 */
	redirects: Map<string, string>;
}

const sameSource = (a: Source, b: Source) =>
	a.title === b.title && a.url === b.url;

/** `sources` plus those of `more` not already there, in order. */
export function withSources(
	sources: Source[],
	more: readonly Source[],
): Source[] {
	const out = [...sources];
	for (const s of more) if (!out.some((o) => sameSource(o, s))) out.push(s);
	return out;
}

function fillGaps(shipped: Certificate, added: Certificate): Certificate {
	return {
		...shipped,
		...(shipped.organisation
			? {}
			: {
					organisation: added.organisation,
					organisations: added.organisations,
				}),
		levels: shipped.levels.length > 0 ? shipped.levels : added.levels,
		description: shipped.description ?? added.description,
		sources: withSources(shipped.sources, added.sources),
	};
}

/**
 * Applies the layer to the shipped records: patches and removals first, then added records.
 * Links and FAQ entries are dropped when their certificate is gone; the result passes the
 * same cross-checks as the shipped files (ids and names unique, references resolve).
 */
export function applyLayer(
	shipped: KnowledgeData,
	layer: LayerRecords,
): LayeredKnowledge {
	const patches = new Map(layer.certificatePatches.map((p) => [p.id, p]));
	const certificates: Certificate[] = [];
	for (const c of shipped.certificates) {
		const p = patches.get(c.id);
		if (p?.removed) continue;
		certificates.push(
			p ? { ...c, ...p.set, sources: withSources(c.sources, p.addSources) } : c,
		);
	}
	const byKey = new Map(
		certificates.map((c, i) => [certificateNameKey(c.name), i]),
	);
	const redirects = new Map<string, string>();
	for (const { record } of layer.certificates) {
		const key = certificateNameKey(record.name);
		const at = byKey.get(key);
		const twin = at === undefined ? undefined : certificates[at];
		if (at !== undefined && twin) {
			certificates[at] = fillGaps(twin, record);
			redirects.set(record.id, twin.id);
		} else {
			byKey.set(key, certificates.length);
			certificates.push(record);
		}
	}

	const ids = new Set(certificates.map((c) => c.id));
	const resolve = (id: string) => redirects.get(id) ?? id;
	// A removal hides the shipped link for those majors only; links the layer adds are deleted.
	const removedCodes = (l: MajorLink) =>
		layer.removedLinks
			.filter((r) => r.certificateId === l.certificateId)
			.map((r) => r.majorCode);
	const shippedLinks = shipped.links.flatMap((l): MajorLink[] => {
		const gone = removedCodes(l);
		if (gone.length === 0) return [l];
		const majorCodes = l.majorCodes.filter((c) => !gone.includes(c));
		return majorCodes.length === 0 ? [] : [{ ...l, majorCodes }];
	});
	const links = [
		...shippedLinks,
		...layer.links.map((a) => ({
			...a.link,
			certificateId: resolve(a.link.certificateId),
		})),
	].filter((l) => ids.has(l.certificateId));

	const faqPatches = new Map(layer.faqPatches.map((p) => [p.id, p]));
	const faq: FaqEntry[] = [];
	for (const f of shipped.faq) {
		const p = faqPatches.get(f.id);
		if (p?.removed) continue;
		faq.push(
			p ? { ...f, ...p.set, sources: withSources(f.sources, p.addSources) } : f,
		);
	}
	for (const a of layer.faq) faq.push(a.entry);

	return {
		data: { ...shipped, certificates, links, faq },
		redirects,
	};
}
