/**
 * Organisations (培训评价组织) and the certificates they issue: `科大讯飞的证书`, `华为`, `中慧`.
 */

import Fuse from "fuse.js";
import type { Certificate, Hit } from "../../core/knowledge-port.js";
import { boundQuery, isLatinKey, stripFiller, toKey } from "./normalize.js";
import { matchSyllables, pinyinKeys } from "./pinyin.js";
import { band, directScore, hitsFrom, keepBest } from "./scoring.js";

export interface OrganisationGroup {
	organisation: string;
	certificates: Certificate[];
}

export interface OrganisationIndex {
	search(query: string, limit: number): Hit<OrganisationGroup>[];
}

/** Groups certificates by each organisation they name (none: left out) and indexes the names. */
export function createOrganisationIndex(
	certificates: readonly Certificate[],
): OrganisationIndex {
	const groups = new Map<string, OrganisationGroup>();
	for (const cert of certificates) {
		// A joint listing is two organisations: each one finds the certificate under its own name.
		for (const name of cert.organisations) {
			const group = groups.get(name);
			if (group) group.certificates.push(cert);
			else groups.set(name, { organisation: name, certificates: [cert] });
		}
	}
	const list = [...groups.values()];
	const keys = list.map((g) => toKey(g.organisation));
	// Organisations are typed in pinyin too (`huawei`, `kedaxunfei`), from their first syllable.
	const readings = keys.map((k) => pinyinKeys(k).syllables);
	const options = {
		includeScore: true,
		ignoreLocation: true,
		minMatchCharLength: 2,
		threshold: 0.3,
	};
	// Fuse only sees the names sharing at least half of the query's characters: most parts of
	// a question name no organisation, and a full scan for each of them is what costs.
	const postings = new Map<string, number[]>();
	keys.forEach((key, ref) => {
		for (const ch of new Set(key)) {
			const list = postings.get(ch);
			if (list) list.push(ref);
			else postings.set(ch, [ref]);
		}
	});
	const candidates = (q: string) => {
		const chars = new Set(q);
		const counts = new Map<number, number>();
		for (const ch of chars)
			for (const ref of postings.get(ch) ?? [])
				counts.set(ref, (counts.get(ref) ?? 0) + 1);
		const need = Math.max(2, Math.ceil(chars.size / 2));
		return [...counts].filter(([, n]) => n >= need).map(([ref]) => ref);
	};

	return {
		search(query, limit) {
			const q = toKey(stripFiller(boundQuery(query)));
			if (q.length < 2) return [];
			const scores = new Map<number, number>();
			keys.forEach((key, ref) => {
				// Only the query inside the name: `华为` in `华为`, `中慧` in `中慧云启…`.
				if (q.length > key.length) return;
				const s = directScore(q, key);
				if (s !== null) keepBest(scores, ref, s);
			});
			if (q.length >= 4 && isLatinKey(q)) {
				readings.forEach((syllables, ref) => {
					const p = matchSyllables(q, syllables);
					if (p !== null && p < 0.06) keepBest(scores, ref, 0.04 + p);
				});
			}
			const refs =
				scores.size === 0 && q.length >= 3 && q.length <= 32
					? candidates(q)
					: [];
			if (refs.length > 0) {
				const fuse = new Fuse(
					refs.map((ref) => keys[ref] as string),
					options,
				);
				for (const r of fuse.search(q, { limit: 5 })) {
					const ref = refs[r.refIndex] as number;
					keepBest(scores, ref, band(0.15, 0.6, r.score));
				}
			}
			const hits = hitsFrom(scores, list);
			return hits
				.sort(
					(a, b) =>
						a.score - b.score ||
						b.item.certificates.length - a.item.certificates.length ||
						(a.item.organisation < b.item.organisation ? -1 : 1),
				)
				.slice(0, Math.max(0, limit));
		},
	};
}
