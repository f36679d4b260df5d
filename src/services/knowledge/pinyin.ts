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

/** Syllables only (one pinyin-pro call instead of two): for a query's homophone reading. */
export function syllablesOf(text: string): string[] {
	return clean(
		pinyin(text, {
			toneType: "none",
			type: "array",
			nonZh: "consecutive",
			v: true,
		}),
	);
}

/**
 * Scores a Latin query against a name's syllables: each syllable may be typed in full or as a
 * prefix (`lnzh`, `laonzhaohu`), consecutively. Returns `null` when it does not match; 0 when
 * the query spells the whole name from its start. No typo tolerance (Fuse covers typos).
 */
export function matchSyllables(
	query: string,
	syllables: readonly string[],
	full: string = syllables.join(""),
): number | null {
	if (query.length < 2 || !isSubsequence(query, full)) return null;
	const first = query.charCodeAt(0);
	let best: number | null = null;
	for (let start = 0; start < syllables.length; start++) {
		// Cheap rejection first: most names have no syllable starting with the query's letter.
		if ((syllables[start] as string).charCodeAt(0) !== first) continue;
		const walk = spell(query, syllables, start);
		if (walk === null) continue;
		const score =
			(start > 0 ? 0.06 : 0) +
			Math.min(walk.partial, 5) * 0.01 +
			(walk.end < syllables.length ? 0.02 : 0);
		if (best === null || score < best) best = score;
		if (best === 0) break;
	}
	return best;
}

/**
 * Any spelling is a subsequence of the full pinyin, so this linear check rejects almost every
 * name before the search over syllable prefixes starts.
 */
function isSubsequence(query: string, full: string): boolean {
	let at = 0;
	for (let i = 0; i < full.length && at < query.length; i++) {
		if (full.charCodeAt(i) === query.charCodeAt(at)) at++;
	}
	return at === query.length;
}

interface Spelling {
	/** Syllables typed as a prefix only. */
	partial: number;
	/** Index after the last syllable used. */
	end: number;
}

/**
 * Depth-first spelling of the query from syllable `start`, whole syllables tried before
 * prefixes. Dead ends are remembered so that an unlucky query stays polynomial.
 */
function spell(
	query: string,
	syllables: readonly string[],
	start: number,
): Spelling | null {
	const width = syllables.length + 1;
	let dead: Uint8Array | null = null;
	const visit = (at: number, s: number, partial: number): Spelling | null => {
		if (at === query.length) return { partial, end: s };
		const syllable = syllables[s];
		if (syllable === undefined) return null;
		if (dead?.[at * width + s]) return null;
		let common = 0;
		const most = Math.min(syllable.length, query.length - at);
		while (
			common < most &&
			query.charCodeAt(at + common) === syllable.charCodeAt(common)
		) {
			common++;
		}
		for (let k = common; k >= 1; k--) {
			const found = visit(
				at + k,
				s + 1,
				partial + (k < syllable.length ? 1 : 0),
			);
			if (found) return found;
		}
		dead ??= new Uint8Array((query.length + 1) * width);
		dead[at * width + s] = 1;
		return null;
	};
	return visit(0, start, 0);
}

/**
 * Merges sounds that are typed for one another (zh/z, ch/c, sh/s, n/l, -ng/-n), so that a
 * near-same reading meets its name: 才税 `caishui` and 财税 `caishui`, 运赢 `yunyin` and 运营.
 */
export function blur(syllables: readonly string[]): string[] {
	return syllables.map((s) =>
		s
			.replace(/^([zcs])h/u, "$1")
			.replace(/^n(?=[aeiouv])/u, "l")
			.replace(/([aeio])ng$/u, "$1n"),
	);
}
