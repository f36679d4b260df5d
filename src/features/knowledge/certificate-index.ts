/**
 * Certificate search: names, short names, curated synonyms, pinyin, initials, typos,
 * English aliases of several words and organisations. Built once per knowledge base.
 */

import type { Certificate, Hit } from "./knowledge-port.js";
import { createNameMatcher, type MatchOptions } from "./name-matcher.js";
import { boundQuery, isLatinKey, stripFiller, toKey } from "./normalize.js";
import { isPhraseAlias, phraseScore, toPhrase } from "./phrases.js";
import { matchSyllables, pinyinKeys } from "./pinyin.js";
import { directScore, hitsFrom, keepBest, SCORE } from "./scoring.js";
import { buildSynonyms } from "./synonyms.js";

export interface CertificateIndex {
	search(query: string, limit: number): Hit<Certificate>[];
}

// An organisation hit says "issued by", not "is called": it ranks below any name hit.
const ORG_BASE = 0.1;

/**
 * Keys a certificate is found by: its name, the name without (…), the (…) part, aliases, short
 * forms. Aliases of several Latin words are left to phrase matching (see `phrases.ts`).
 */
export function certificateKeys(
	cert: Certificate,
	aliasesFor: (key: string) => string[],
): string[] {
	const name = cert.name.normalize("NFKC");
	const keys = [toKey(name)];
	const inner = /\(([^)]*)\)/u.exec(name)?.[1];
	if (inner !== undefined) {
		keys.push(toKey(name.replace(/\([^)]*\)/gu, "")));
		keys.push(toKey(inner));
	}
	for (const alias of cert.aliases)
		if (!isPhraseAlias(alias)) keys.push(toKey(alias));
	for (const key of [...keys]) keys.push(...aliasesFor(key));
	return [...new Set(keys.filter((k) => k.length >= 2))];
}

/** Ties go to the shorter name (the more specific certificate), then to the id, for stable output. */
export function compareHits<T>(
	name: (item: T) => string,
	id: (item: T) => string,
): (a: Hit<T>, b: Hit<T>) => number {
	return (a, b) =>
		a.score - b.score ||
		name(a.item).length - name(b.item).length ||
		(id(a.item) < id(b.item) ? -1 : id(a.item) > id(b.item) ? 1 : 0);
}

/**
 * Builds the index. `search` returns [] for empty, emoji-only or one-character queries;
 * queries longer than MAX_QUERY_CHARS are cut, so a pasted essay costs no more than a line.
 */
export function createCertificateIndex(
	certificates: readonly Certificate[],
): CertificateIndex {
	const synonyms = buildSynonyms(certificates.map((c) => c.name));
	const matcher = createNameMatcher(
		certificates.map((c) => ({
			keys: certificateKeys(c, (k) => synonyms.aliasesFor(k)),
		})),
	);
	const phrases = certificates.map((c) =>
		c.aliases.filter(isPhraseAlias).flatMap((a) => toPhrase(a) ?? []),
	);
	const orgKeys = certificates.map((c) =>
		c.organisation === null ? "" : toKey(c.organisation),
	);
	// Organisations are also typed in pinyin (`huawei`, `keda xunfei`), from their first syllable.
	const orgPinyin = new Map<string, string[]>();
	for (const key of new Set(orgKeys)) {
		if (key !== "") orgPinyin.set(key, pinyinKeys(key).syllables);
	}
	const order = compareHits<Certificate>(
		(c) => c.name,
		(c) => c.id,
	);

	return {
		search(query, limit) {
			const bounded = boundQuery(query);
			const stripped = toKey(stripFiller(bounded));
			const raw = toKey(bounded);
			const scores = new Map<number, number>();
			// First, so that a phrase hit spares the matcher its costly passes.
			const phrase = toPhrase(bounded);
			if (phrase !== null) {
				phrases.forEach((list, ref) => {
					for (const p of list) {
						const s = phraseScore(phrase, p);
						if (s !== null) keepBest(scores, ref, s);
					}
				});
			}
			const variants: [string, MatchOptions][] = [
				[stripped, {}],
				[raw, { directOnly: true }],
				...synonyms
					.expand(stripped)
					.map((v): [string, MatchOptions] => [v, { penalty: SCORE.synonym }]),
			];
			const seen = new Set<string>();
			for (const [key, options] of variants) {
				if (key.length < 2 || seen.has(key)) continue;
				seen.add(key);
				orgKeys.forEach((org, ref) => {
					// Only "query inside the organisation's name": 科大讯飞 in 科大讯飞股份有限公司.
					if (org.length === 0) return;
					const s = key.length > org.length ? null : directScore(key, org);
					if (s !== null) {
						keepBest(scores, ref, ORG_BASE + s + (options.penalty ?? 0));
					}
					if (key.length >= 4 && isLatinKey(key)) {
						const syllables = orgPinyin.get(org) ?? [];
						const p = matchSyllables(key, syllables);
						if (p !== null && p < 0.06)
							keepBest(scores, ref, ORG_BASE + 0.05 + p);
					}
				});
				matcher.match(key, scores, options);
			}
			const hits = hitsFrom(scores, certificates);
			return hits.sort(order).slice(0, Math.max(0, limit));
		},
	};
}
