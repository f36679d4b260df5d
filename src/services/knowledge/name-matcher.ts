/**
 * The matching passes behind certificate and major search: direct (exact/prefix/substring),
 * pinyin syllables, Fuse fuzzy, and Fuse token search for whole questions. Each pass writes
 * into one score map; callers add their own passes (codes, organisations) and the tie-break.
 */

import Fuse, { type IFuseOptions } from "fuse.js";
import { hasHan, isLatinKey } from "./normalize.js";
import { matchSyllables, type PinyinKeys, pinyinKeys } from "./pinyin.js";
import { band, directScore, keepBest, orderedCoverage } from "./scoring.js";
import { segmentWords } from "./segment.js";

export interface NameDoc {
	/** `toKey` of the name first, then of each alias. */
	keys: string[];
}

interface IndexedDoc {
	keys: string[];
	full: string;
	initials: string;
	syllables: string[];
}

export interface MatchOptions {
	/** Added to every score of this call (a synonym reading ranks below the literal one). */
	penalty?: number;
	/** Direct comparison only: for the unstripped question, where fuzzy passes add noise. */
	directOnly?: boolean;
}

export interface NameMatcher {
	/**
	 * Adds `ref → score` for `queryKey` into `scores`. The costly passes run only while
	 * `scores` holds nothing good yet, so later variants of a query are cheap.
	 */
	match(
		queryKey: string,
		scores: Map<number, number>,
		options?: MatchOptions,
	): void;
}

export interface NameMatcherOptions {
	/** Fuse threshold for Han queries; Chinese needs 0.3–0.4 (one wrong character in two is 0.5). */
	hanThreshold?: number;
	latinThreshold?: number;
}

// Bitap splits patterns over 32 units into chunks and slows down; longer keys use tokens only.
const MAX_FUZZY_LENGTH = 32;

/** Builds every structure once; `match` is then allocation-light and bounded by the query cap. */
export function createNameMatcher(
	docs: readonly NameDoc[],
	options: NameMatcherOptions = {},
): NameMatcher {
	const indexed: IndexedDoc[] = docs.map((doc) => {
		const py: PinyinKeys = pinyinKeys(doc.keys[0] ?? "");
		return { keys: doc.keys, ...py };
	});
	const common: IFuseOptions<IndexedDoc> = {
		includeScore: true,
		ignoreLocation: true,
		minMatchCharLength: 2,
		shouldSort: true,
	};
	const hanFuse = new Fuse(indexed, {
		...common,
		threshold: options.hanThreshold ?? 0.35,
		keys: ["keys"],
	});
	const latinFuse = new Fuse(indexed, {
		...common,
		threshold: options.latinThreshold ?? 0.3,
		keys: ["full", "initials", "keys"],
	});
	const tokenOptions: IFuseOptions<IndexedDoc> = {
		...common,
		threshold: 0.4,
		keys: ["keys"],
		useTokenSearch: true,
		tokenize: segmentWords,
	};
	const tokenAll = new Fuse(indexed, { ...tokenOptions, tokenMatch: "all" });
	const tokenAny = new Fuse(indexed, { ...tokenOptions, tokenMatch: "any" });

	return {
		match(q, scores, { penalty = 0, directOnly = false } = {}) {
			if (q.length < 2) return;
			const latin = isLatinKey(q);
			let best = Math.min(Number.POSITIVE_INFINITY, ...scores.values());
			const put = (ref: number, score: number) => {
				keepBest(scores, ref, score + penalty);
				if (score + penalty < best) best = score + penalty;
			};
			indexed.forEach((doc, ref) => {
				for (const key of doc.keys) {
					const s = directScore(q, key);
					if (s !== null) put(ref, s);
				}
				if (latin) {
					const s = matchSyllables(q, doc.syllables);
					if (s !== null) put(ref, s);
				}
			});
			if (directOnly) return;
			// A two-character pattern at these thresholds tolerates no error: the direct pass
			// already did all Fuse could.
			if (best > 0.12 && q.length >= 3 && q.length <= MAX_FUZZY_LENGTH) {
				const fuse = latin ? latinFuse : hanFuse;
				for (const r of fuse.search(q, { limit: 20 })) {
					put(r.refIndex, band(0.15, 0.6, r.score));
				}
			}
			if (best > 0.1 && !latin && q.length >= 3) {
				indexed.forEach((doc, ref) => {
					const cover = orderedCoverage(q, doc.keys[0] ?? "");
					if (cover >= 0.6) put(ref, band(0.2, 0.5, 1 - cover));
				});
			}
			if (best > 0.3 && hasHan(q) && segmentWords(q).length >= 2) {
				let hits = tokenAll.search(q, { limit: 20 });
				let base = 0.25;
				if (hits.length === 0) {
					hits = tokenAny.search(q, { limit: 20 });
					base = 0.35;
				}
				for (const r of hits) put(r.refIndex, band(base, 0.4, r.score));
			}
		},
	};
}
