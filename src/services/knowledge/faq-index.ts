/**
 * FAQ search over questions and their variants, with the answer as a weak extra field. Whole
 * questions are the normal case here, so word overlap (Chinese words via Intl.Segmenter)
 * carries most of the weight; no pass scans the long answers with Fuse.
 */

import type { FaqEntry, Hit } from "../../core/knowledge-port.js";
import { boundQuery, toKey } from "./normalize.js";
import {
	band,
	directScore,
	hitsFrom,
	keepBest,
	orderedCoverage,
	SCORE,
} from "./scoring.js";
import { segmentWords } from "./segment.js";
import { buildSynonyms } from "./synonyms.js";

export interface FaqIndex {
	search(query: string, limit: number): Hit<FaqEntry>[];
}

interface FaqDoc {
	question: string;
	variants: string[];
	answer: string;
}

// Words that say nothing about which policy question is meant; they only dilute token scores.
const NOISE = /(请问|一下|我想|知道|怎么样|是什么|什么|吗|呢|的|了|啊)/gu;

/** Builds the index; empty and emoji-only queries return []. */
export function createFaqIndex(entries: readonly FaqEntry[]): FaqIndex {
	const synonyms = buildSynonyms(
		entries.flatMap((e) => [e.question, ...e.variants, e.answer]),
	);
	const docs: FaqDoc[] = entries.map((e) => ({
		question: toKey(e.question),
		variants: e.variants.map(toKey),
		answer: toKey(e.answer),
	}));
	// The answers are long: they take part only through a plain containment check (below), a
	// weak signal, as their low weight in a fuzzy search used to be.
	// Word overlap for whole questions: the share of the query's words (Intl.Segmenter) found
	// in a question or its variants. Fuse's token search did this with a Bitap run per word and
	// field, 5–8 ms a query for 21 entries; containment gives the same ranking here in µs.
	const texts = docs.map((d) => [d.question, ...d.variants].join("|"));
	const overlap = (q: string): { ref: number; share: number }[] => {
		const words = segmentWords(q).filter((w) => w.length >= 2 || /\d/u.test(w));
		const total = words.reduce((n, w) => n + w.length, 0);
		if (total === 0) return [];
		const out: { ref: number; share: number }[] = [];
		texts.forEach((t, ref) => {
			let found = 0;
			for (const w of words) if (t.includes(w)) found += w.length;
			if (found > 0) out.push({ ref, share: found / total });
		});
		return out;
	};

	return {
		search(query, limit) {
			const key = toKey(boundQuery(query));
			if (key.length < 2) return [];
			const core = key.replace(NOISE, "");
			const scores = new Map<number, number>();
			const variants: [string, number][] = [
				[key, 0],
				[core, 0],
				...synonyms
					.expand(core)
					.map((v): [string, number] => [v, SCORE.synonym]),
			];
			const seen = new Set<string>();
			for (const [q, penalty] of variants) {
				if (q.length < 2 || seen.has(q)) continue;
				// A near-exact question match is not improved by more variants or passes.
				if (Math.min(Number.POSITIVE_INFINITY, ...scores.values()) <= 0.1)
					break;
				seen.add(q);
				docs.forEach((doc, ref) => {
					for (const field of [doc.question, ...doc.variants]) {
						const s = directScore(q, field);
						if (s !== null) keepBest(scores, ref, s + penalty);
					}
				});
				if (q.length >= 3) {
					docs.forEach((doc, ref) => {
						if (doc.answer.includes(q)) keepBest(scores, ref, 0.35 + penalty);
					});
				}
				// Every word found: like a whole-question match; some words: weaker, by share.
				for (const { ref, share } of overlap(q)) {
					const score =
						share === 1 ? 0.2 : share >= 0.5 ? band(0.3, 0.4, 1 - share) : 1;
					keepBest(scores, ref, score + penalty);
				}
				// Typos in a short question, when nothing closer was found: characters in order
				// (a Bitap pass over every field cost more than all the other passes together).
				const best = Math.min(Number.POSITIVE_INFINITY, ...scores.values());
				if (q.length <= 16 && best > 0.2 && penalty === 0) {
					docs.forEach((doc, ref) => {
						for (const field of [doc.question, ...doc.variants]) {
							const cover = orderedCoverage(q, field);
							if (cover >= 0.7)
								keepBest(scores, ref, band(0.15, 0.6, 1 - cover));
						}
					});
				}
			}
			const hits = hitsFrom(scores, entries);
			return hits
				.sort(
					(a, b) =>
						a.score - b.score ||
						a.item.question.length - b.item.question.length ||
						(a.item.id < b.item.id ? -1 : 1),
				)
				.slice(0, Math.max(0, limit));
		},
	};
}
