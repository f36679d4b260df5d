/**
 * Major (专业) search by name, 6-digit code, pinyin, initials or a typo. A name that exists at
 * several levels returns every level, so the student can pick theirs.
 */

import type { Hit, Major, MajorLevel } from "./knowledge-port.js";
import { createNameMatcher, type MatchOptions } from "./name-matcher.js";
import { boundQuery, stripFiller, toKey } from "./normalize.js";
import { hitsFrom, keepBest, SCORE } from "./scoring.js";
import { buildSynonyms } from "./synonyms.js";

export interface MajorIndex {
	search(query: string, limit: number): Hit<Major>[];
}

/**
 * Among equally good matches the higher level comes first (本科, then 专科, then 中职); a
 * better-matching name always wins over a level.
 */
const LEVEL_RANK: Record<MajorLevel, number> = {
	高等职业教育本科: 0,
	高等职业教育专科: 1,
	中等职业教育: 2,
};

const CODE = /\d{6}k?/u;
const CLASS_CODE = /^\d{4}$/u;

/** Orders hits: score, then level, then the shorter name, then the code. */
export function compareMajorHits(a: Hit<Major>, b: Hit<Major>): number {
	return (
		a.score - b.score ||
		LEVEL_RANK[a.item.level] - LEVEL_RANK[b.item.level] ||
		a.item.name.length - b.item.name.length ||
		(a.item.code < b.item.code ? -1 : a.item.code > b.item.code ? 1 : 0)
	);
}

/**
 * Builds the index. A 6-digit code anywhere in the query is an exact hit; a 4-digit 专业类
 * code returns that class. Empty and emoji-only queries return [].
 */
export function createMajorIndex(majors: readonly Major[]): MajorIndex {
	const synonyms = buildSynonyms(majors.map((m) => m.name));
	const matcher = createNameMatcher(
		majors.map((m) => {
			const key = toKey(m.name);
			return { keys: [key, ...synonyms.aliasesFor(key)] };
		}),
	);
	const byCode = new Map<string, number>();
	majors.forEach((m, ref) => {
		byCode.set(m.code.toLowerCase(), ref);
	});

	return {
		search(query, limit) {
			const bounded = boundQuery(query);
			const raw = toKey(bounded);
			const stripped = toKey(stripFiller(bounded));
			const scores = new Map<number, number>();
			const code = CODE.exec(raw)?.[0];
			if (code !== undefined) {
				const ref = byCode.get(code) ?? byCode.get(`${code}k`);
				if (ref !== undefined) keepBest(scores, ref, SCORE.exact);
			} else if (CLASS_CODE.test(stripped)) {
				majors.forEach((m, ref) => {
					if (m.classCode === stripped) keepBest(scores, ref, 0.05);
				});
			}
			const variants: [string, MatchOptions][] = [
				[stripped.replace(/\d+k?/gu, ""), {}],
				[raw, { directOnly: true }],
				...synonyms
					.expand(stripped)
					.map((v): [string, MatchOptions] => [v, { penalty: SCORE.synonym }]),
			];
			const seen = new Set<string>();
			for (const [key, options] of variants) {
				if (key.length < 2 || seen.has(key)) continue;
				seen.add(key);
				matcher.match(key, scores, options);
			}
			const hits = hitsFrom(scores, majors);
			return hits.sort(compareMajorHits).slice(0, Math.max(0, limit));
		},
	};
}
