/**
 * FAQ search over questions and their variants, with the answer as a weak extra field. Whole
 * questions are the normal case here, so the token pass (Chinese words via Intl.Segmenter)
 * carries most of the weight.
 */

import Fuse from "fuse.js";
import type { FaqEntry, Hit } from "../../core/knowledge-port.js";
import { boundQuery, toKey } from "./normalize.js";
import { band, directScore, hitsFrom, keepBest, SCORE } from "./scoring.js";
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
	const base = {
		includeScore: true,
		ignoreLocation: true,
		minMatchCharLength: 2,
		keys: [
			{ name: "question", weight: 3 },
			{ name: "variants", weight: 2 },
			{ name: "answer", weight: 0.5 },
		],
	};
	const fuzzy = new Fuse(docs, { ...base, threshold: 0.35 });
	// The answers are long: token passes over them cost milliseconds and add little, so the
	// answer field only takes part in the plain fuzzy pass.
	const token = {
		...base,
		keys: base.keys.filter((k) => k.name !== "answer"),
		threshold: 0.4,
		useTokenSearch: true,
		tokenize: segmentWords,
	};
	const tokenAll = new Fuse(docs, { ...token, tokenMatch: "all" });
	const tokenAny = new Fuse(docs, { ...token, tokenMatch: "any" });

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
				seen.add(q);
				docs.forEach((doc, ref) => {
					for (const field of [doc.question, ...doc.variants]) {
						const s = directScore(q, field);
						if (s !== null) keepBest(scores, ref, s + penalty);
					}
				});
				if (q.length <= 32) {
					for (const r of fuzzy.search(q, { limit: 10 })) {
						keepBest(scores, r.refIndex, band(0.15, 0.6, r.score) + penalty);
					}
				}
				let hits = tokenAll.search(q, { limit: 10 });
				let start = 0.2;
				if (hits.length === 0) {
					hits = tokenAny.search(q, { limit: 10 });
					start = 0.3;
				}
				for (const r of hits) {
					keepBest(scores, r.refIndex, band(start, 0.4, r.score) + penalty);
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
