/**
 * Pinyin keys for Latin-only queries (`laonian zhaohu`, `lnzh`, `web`). Computed when an index
 * is built, never stored in the data files.
 */

import { pinyin } from "pinyin-pro";

export interface PinyinKeys {
	/** Full pinyin, no tones, no spaces (`webqianduankaifa`). */
	full: string;
	/** First letter of each syllable; Latin runs stay whole (`webqdkf`). */
	initials: string;
	/** One entry per syllable or Latin run (`["web", "qian", "duan", "kai", "fa"]`). */
	syllables: string[];
}

function clean(parts: string[]): string[] {
	return parts
		.map((p) =>
			p
				.normalize("NFKC")
				.toLowerCase()
				.replace(/[^a-z0-9]+/gu, ""),
		)
		.filter((p) => p.length > 0);
}

/** Pinyin of a name; polyphones are resolved by word context (会计 → kuaiji). */
export function pinyinKeys(text: string): PinyinKeys {
	const syllables = clean(
		pinyin(text, {
			toneType: "none",
			type: "array",
			nonZh: "consecutive",
			v: true,
		}),
	);
	const initials = clean(
		pinyin(text, {
			pattern: "first",
			toneType: "none",
			type: "array",
			nonZh: "consecutive",
		}),
	);
	return { full: syllables.join(""), initials: initials.join(""), syllables };
}

/**
 * Scores a Latin query against a name's syllables: each syllable may be typed in full or as a
 * prefix (`lnzh`, `laonzhaohu`), consecutively. Returns `null` when it does not match; 0 when
 * the query spells the whole name from its start. No typo tolerance (Fuse covers typos).
 */
export function matchSyllables(
	query: string,
	syllables: readonly string[],
): number | null {
	if (query.length < 2) return null;
	let best: number | null = null;
	for (let start = 0; start < syllables.length; start++) {
		const partial = consume(query, 0, syllables, start, new Map());
		if (partial === null) continue;
		const used = countUsed(query, syllables, start);
		const rest = syllables.length - start - used;
		const score =
			(start > 0 ? 0.06 : 0) +
			Math.min(partial, 5) * 0.01 +
			(rest > 0 ? 0.02 : 0);
		if (best === null || score < best) best = score;
		if (best === 0) break;
	}
	return best;
}

/** Fewest abbreviated syllables needed to spell `query[at..]` from syllable `s`, or null. */
function consume(
	query: string,
	at: number,
	syllables: readonly string[],
	s: number,
	memo: Map<number, number | null>,
): number | null {
	if (at === query.length) return 0;
	const syllable = syllables[s];
	if (syllable === undefined) return null;
	// Memoised on (position, syllable) so a pathological query stays linear-ish.
	const memoKey = at * 1024 + s;
	const known = memo.get(memoKey);
	if (known !== undefined) return known;
	let best: number | null = null;
	for (let k = Math.min(syllable.length, query.length - at); k >= 1; k--) {
		if (query.charCodeAt(at + k - 1) !== syllable.charCodeAt(k - 1)) continue;
		if (query.slice(at, at + k) !== syllable.slice(0, k)) continue;
		const rest = consume(query, at + k, syllables, s + 1, memo);
		if (rest === null) continue;
		const total = rest + (k < syllable.length ? 1 : 0);
		if (best === null || total < best) best = total;
		if (best === 0) break;
	}
	memo.set(memoKey, best);
	return best;
}

/** How many syllables the greedy full-syllable reading uses; only to see if the name is covered. */
function countUsed(
	query: string,
	syllables: readonly string[],
	start: number,
): number {
	let at = 0;
	let s = start;
	while (at < query.length && s < syllables.length) {
		const syllable = syllables[s] as string;
		let k = Math.min(syllable.length, query.length - at);
		while (k > 0 && query.slice(at, at + k) !== syllable.slice(0, k)) k--;
		if (k === 0) break;
		at += k;
		s++;
	}
	return s - start;
}
