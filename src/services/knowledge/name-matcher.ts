/**
 * The matching passes behind certificate and major search: direct (exact/prefix/substring),
 * pinyin syllables, homophone readings, an ordered-coverage typo pass, Fuse fuzzy over an
 * index of candidates, and word overlap for whole questions. Each pass writes into one score
 * map; callers add their own passes and tie-break.
 */

import Fuse, { type IFuseOptions } from "fuse.js";
import { hasHan, isLatinKey } from "./normalize.js";
import {
	blur,
	matchSyllables,
	type PinyinKeys,
	pinyinKeys,
	syllablesOf,
} from "./pinyin.js";
import { band, directScore, keepBest, orderedCoverage } from "./scoring.js";
import { segmentWords } from "./segment.js";

interface Reading {
	syllables: string[];
	/** The syllables joined, kept for the matcher's cheap first check. */
	full: string;
}

const reading = (syllables: string[]): Reading => ({
	syllables,
	full: syllables.join(""),
});

export interface NameDoc {
	/** `toKey` of the name first, then of each alias. */
	keys: string[];
}

interface IndexedDoc extends PinyinKeys {
	keys: string[];
	/** Pinyin syllables of every Han key (name, short forms), for pinyin and homophone typing. */
	readings: Reading[];
	/** The same, with near-same sounds merged (see `blur`). */
	blurred: Reading[];
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

// Bitap splits patterns over 32 units into chunks and slows down; longer keys use tokens only.
const MAX_FUZZY_LENGTH = 32;
// Fuse scans every record it is given (≈5 µs each, 20 µs for three pinyin keys): over ~1,300
// majors that is 7–20 ms a query. Fuse only ever sees the records that share characters with
// the query (an index of candidates built once), whatever the size of the corpus.
const CANDIDATES = 24;
// A reading match ranks below a character match of the same shape.
const HOMOPHONE = 0.08;

const COMMON: IFuseOptions<IndexedDoc> = {
	includeScore: true,
	ignoreLocation: true,
	minMatchCharLength: 2,
	shouldSort: true,
};
const HAN: IFuseOptions<IndexedDoc> = {
	...COMMON,
	threshold: 0.35,
	keys: ["keys"],
};
const LATIN: IFuseOptions<IndexedDoc> = {
	...COMMON,
	threshold: 0.3,
	keys: ["full", "initials", "keys"],
};

/** `q` occurs in `key` with no letter or digit right before or after it. */
function wholeWord(q: string, key: string): boolean {
	for (let at = key.indexOf(q); at >= 0; at = key.indexOf(q, at + 1)) {
		const before = key[at - 1] ?? "";
		const after = key[at + q.length] ?? "";
		if (!/[a-z0-9]/u.test(before) && !/[a-z0-9]/u.test(after)) return true;
	}
	return false;
}

/** `q` is the name's first initials (`lz`) or its whole first syllable. */
function initialsOrFirst(q: string, syllables: readonly string[]): boolean {
	if (syllables[0] === q) return true;
	let initials = "";
	for (const s of syllables) {
		initials += s[0] ?? "";
		if (initials.length >= q.length) break;
	}
	return initials === q;
}

/** Han characters one by one, Latin as letter pairs: what a typo leaves intact. */
function grams(text: string, latin: boolean): string[] {
	if (!latin) return [...new Set(text)];
	const out = new Set<string>();
	for (let i = 0; i + 2 <= text.length; i++) out.add(text.slice(i, i + 2));
	return [...out];
}

/** Builds every structure once; `match` is then bounded by the query cap and candidate count. */
export function createNameMatcher(docs: readonly NameDoc[]): NameMatcher {
	const pinyinCache = new Map<string, PinyinKeys>();
	const indexed: IndexedDoc[] = docs.map((doc) => {
		const name = doc.keys[0] ?? "";
		let py = pinyinCache.get(name);
		if (py === undefined) {
			py = pinyinKeys(name);
			pinyinCache.set(name, py);
		}
		const readings = doc.keys
			.filter(hasHan)
			.map((k) => (k === name ? (py as PinyinKeys) : pinyinKeys(k)).syllables);
		return {
			keys: doc.keys,
			...py,
			readings: readings.map(reading),
			blurred: readings.map((r) => reading(blur(r))),
		};
	});
	const postings = new Map<string, number[]>();
	indexed.forEach((doc, ref) => {
		const seen = new Set([
			...doc.keys.flatMap((k) => grams(k, false)),
			...grams(doc.full, true),
			...grams(doc.initials, true),
		]);
		for (const g of seen) {
			const list = postings.get(g);
			if (list) list.push(ref);
			else postings.set(g, [ref]);
		}
	});
	/** Records sharing at least half of the query's grams, most shared first. */
	function candidates(q: string, latin: boolean): number[] {
		const gs = grams(q, latin);
		const counts = new Map<number, number>();
		for (const g of gs) {
			for (const ref of postings.get(g) ?? []) {
				counts.set(ref, (counts.get(ref) ?? 0) + 1);
			}
		}
		const need = Math.max(latin ? 1 : 2, Math.ceil(gs.length / 2));
		return [...counts]
			.filter(([, n]) => n >= need)
			.sort((a, b) => b[1] - a[1] || a[0] - b[0])
			.slice(0, CANDIDATES)
			.map(([ref]) => ref);
	}

	/** Fuse over the candidate records only. */
	function fuseSearch(
		q: string,
		latin: boolean,
		kind: "han" | "latin",
	): { ref: number; score: number }[] {
		const refs = candidates(q, latin);
		if (refs.length === 0) return [];
		const options = kind === "han" ? HAN : LATIN;
		const subset = refs.map((ref) => indexed[ref] as IndexedDoc);
		return new Fuse(subset, options)
			.search(q, { limit: 20 })
			.map((r) => ({ ref: refs[r.refIndex] as number, score: r.score ?? 1 }));
	}

	return {
		match(q, scores, { penalty = 0, directOnly = false } = {}) {
			if (q.length < 2) return;
			const latin = isLatinKey(q);
			const digits = /^\d+$/u.test(q);
			let best = Math.min(Number.POSITIVE_INFINITY, ...scores.values());
			const put = (ref: number, score: number) => {
				keepBest(scores, ref, score + penalty);
				if (score + penalty < best) best = score + penalty;
			};
			// A longer name than the query is a little less likely to be what was meant.
			const spread = (ref: number) =>
				0.03 *
				(1 - Math.min(1, q.length / (indexed[ref]?.keys[0]?.length ?? 1)));
			// A name that holds the query, or that the query holds, shares a character with it:
			// a Han query is compared only with the names its characters' postings list.
			// A short Latin query (`ui`, `go`, `we`) counts only as a whole word of a name, never
			// inside a longer one (`we` in `web`), and as pinyin only as initials or a whole first
			// syllable.
			const short = latin && q.length <= 3;
			const direct = (doc: IndexedDoc, ref: number) => {
				for (const key of doc.keys) {
					if (short && !wholeWord(q, key)) continue;
					const s = directScore(q, key);
					if (s !== null) put(ref, s);
				}
			};
			if (!latin) {
				const refs = new Set<number>();
				for (const g of grams(q, false))
					for (const ref of postings.get(g) ?? []) refs.add(ref);
				for (const ref of refs) direct(indexed[ref] as IndexedDoc, ref);
			}
			indexed.forEach((doc, ref) => {
				if (!latin) return;
				direct(doc, ref);
				if (!digits) {
					for (const r of doc.readings) {
						if (short && !initialsOrFirst(q, r.syllables)) continue;
						const s = matchSyllables(q, r.syllables, r.full);
						if (s !== null) put(ref, s);
					}
				}
			});
			// Homophone typos (母影护理, 智能才税, 网落系统): the same or a near-same reading.
			if (!latin && best > 0.1 && q.length >= 3 && hasHan(q)) {
				const typed = blur(syllablesOf(q)).join("");
				indexed.forEach((doc, ref) => {
					for (const r of doc.blurred) {
						const s = matchSyllables(typed, r.syllables, r.full);
						if (s !== null) put(ref, HOMOPHONE + s + spread(ref));
					}
				});
			}
			if (directOnly || digits) return;
			if (best > 0.1 && !latin && q.length >= 3) {
				const refs = candidates(q, false);
				for (const ref of refs) {
					const cover = orderedCoverage(q, indexed[ref]?.keys[0] ?? "");
					if (cover >= 0.6) put(ref, band(0.2, 0.5, 1 - cover) + spread(ref));
				}
			}
			// A two-character pattern at these thresholds tolerates no error: the direct pass
			// already did all Fuse could.
			if (best > 0.12 && q.length >= 3 && q.length <= MAX_FUZZY_LENGTH) {
				for (const r of fuseSearch(q, latin, latin ? "latin" : "han")) {
					put(r.ref, band(0.15, 0.6, r.score) + spread(r.ref));
				}
			}
			// Word overlap is for whole questions; once a typo pass found a near name it only adds
			// noise. Every word of the query in a name ranks like Fuse's `all` token match, most
			// of them like `any`; plain containment instead of a Fuse token index built per call.
			if (best > 0.36 && hasHan(q)) {
				const words = segmentWords(q).filter((w) => w.length >= 2);
				const total = words.reduce((n, w) => n + w.length, 0);
				if (words.length >= 2) {
					for (const ref of candidates(q, false)) {
						const keys = indexed[ref]?.keys ?? [];
						let found = 0;
						for (const w of words)
							if (keys.some((k) => k.includes(w))) found += w.length;
						const share = found / total;
						if (share === 1) put(ref, 0.25 + spread(ref));
						else if (share >= 0.5) put(ref, band(0.35, 0.4, 1 - share));
					}
				}
			}
		},
	};
}
