/**
 * Latin aliases of several words (`front-end development`, `elderly care`). As plain keys they
 * would lose their word boundaries, and a short query would match inside a word (`ai` in
 * `maintenance`); here a match must start where a word starts. Case, spacing, hyphens and a
 * plural s do not matter: `Front End`, `front-end` and `frontend` are the same query.
 */

import { normalize } from "./normalize.js";

export interface Phrase {
	/** The words joined: `frontenddevelopment`. */
	key: string;
	/** Offsets in `key` where a match may begin: word starts, except small joining words. */
	starts: number[];
	/** The words without the joining ones, singular. */
	words: string[];
}

/** Words a match never begins with: `an` or `and` alone should not find every `… and …` name. */
const JOINING = new Set(["and", "of", "the", "for", "with", "in", "on", "to"]);

/** `robots` → `robot`, `vehicles` → `vehicle`; `analysis`, `business`, `status` stay. */
function singular(word: string): string {
	return word.length >= 4 && /[^isu]s$/u.test(word) ? word.slice(0, -1) : word;
}

/** The phrase form of Latin-only text, or null when it holds anything else (Han, …). */
export function toPhrase(text: string): Phrase | null {
	const norm = normalize(text);
	if (!/^[a-z0-9][a-z0-9\s\-_'’./&+]*$/u.test(norm)) return null;
	const words = norm
		.split(/[^a-z0-9]+/u)
		.filter((w) => w !== "")
		.map(singular);
	if (words.length === 0) return null;
	let key = "";
	const starts: number[] = [];
	for (const word of words) {
		if (!JOINING.has(word)) starts.push(key.length);
		key += word;
	}
	return { key, starts, words: words.filter((w) => !JOINING.has(w)) };
}

/** True for an alias that goes through phrase matching: Latin words with a separator. */
export function isPhraseAlias(alias: string): boolean {
	return /[\s-]/u.test(alias.trim()) && toPhrase(alias) !== null;
}

function occursAt(haystack: Phrase, needle: string): number | null {
	for (const start of haystack.starts) {
		if (haystack.key.startsWith(needle, start)) return start;
	}
	return null;
}

/** Every query word begins some alias word, in order: `robot programming` in `robot application programming`. */
function wordsInOrder(query: Phrase, alias: Phrase): boolean {
	let next = 0;
	for (const word of alias.words) {
		const wanted = query.words[next];
		if (wanted !== undefined && word.startsWith(wanted)) next++;
	}
	return next === query.words.length;
}

/**
 * Same bands as `directScore`: exact 0, from the first word ≈0.02–0.06, from a later word
 * ≈0.06–0.12, the alias inside a longer query ≈0.08–0.18, the query's words spread over the
 * alias ≈0.12–0.2; null when nothing matches.
 */
export function phraseScore(query: Phrase, alias: Phrase): number | null {
	const q = query.key;
	const a = alias.key;
	if (q.length < 2 || a.length < 2) return null;
	if (q === a) return 0;
	// A short query is a whole word or nothing: `we` is not `web`, `op` not `operation`.
	if (q.length <= 3)
		return alias.words.includes(q)
			? 0.06 + 0.06 * (1 - q.length / a.length)
			: null;
	if (a.length > q.length) {
		const cover = q.length / a.length;
		const at = occursAt(alias, q);
		if (at !== null)
			return at === 0 ? 0.02 + 0.04 * (1 - cover) : 0.06 + 0.06 * (1 - cover);
		if (query.words.length >= 2 && wordsInOrder(query, alias))
			return 0.12 + 0.08 * (1 - cover);
		return null;
	}
	if (occursAt(query, a) === null) return null;
	return 0.08 + 0.1 * (1 - a.length / q.length);
}
