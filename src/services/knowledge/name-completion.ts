/**
 * Completion candidates from the first keystroke: one Chinese character (`护` → 护理, 母婴护理)
 * or one pinyin syllable (`hu` → 护理, 呼吸治疗技术). Names beginning with the query come
 * first, then names containing it; pinyin is matched from a syllable start, never inside one.
 */
import { pinyinKeys } from "./pinyin.js";

interface Entry<T> {
	item: T;
	names: string[];
	/** Pinyin of each name from every syllable on (`ruanjianjishu`, `jianjishu`, `jishu`). */
	tails?: string[][];
}

const LATIN = /^[a-z0-9 ]+$/i;

export interface NameCompleter<T> {
	complete(query: string, limit: number): T[];
}

/** `namesOf` gives the names to complete on (a name first, then aliases). */
export function createNameCompleter<T>(
	items: readonly T[],
	namesOf: (item: T) => string[],
): NameCompleter<T> {
	const entries: Entry<T>[] = items.map((item) => ({
		item,
		names: namesOf(item).map((n) => n.normalize("NFKC").toLowerCase()),
	}));
	// Pinyin is built on the first Latin query only: the Chinese path needs none of it.
	const withPinyin = () => {
		for (const e of entries) {
			if (e.tails) continue;
			e.tails = e.names.map((n) => {
				const { syllables } = pinyinKeys(n);
				return syllables.map((_, i) => syllables.slice(i).join(""));
			});
		}
		return entries;
	};
	return {
		complete(query, limit) {
			const q = query.normalize("NFKC").toLowerCase().trim();
			if (q === "" || limit <= 0) return [];
			const ranked: { item: T; rank: number; length: number }[] = [];
			const latin = LATIN.test(q);
			const key = q.replace(/\s+/g, "");
			for (const e of latin ? withPinyin() : entries) {
				let rank = Number.POSITIVE_INFINITY;
				e.names.forEach((name, i) => {
					if (name.startsWith(q)) rank = Math.min(rank, i === 0 ? 0 : 1);
					else if (name.includes(q)) rank = Math.min(rank, 2);
					const tails = e.tails?.[i] ?? [];
					if (latin && tails[0]?.startsWith(key))
						rank = Math.min(rank, i === 0 ? 0 : 1);
					else if (latin && tails.some((t) => t.startsWith(key)))
						rank = Math.min(rank, 3);
				});
				if (rank !== Number.POSITIVE_INFINITY)
					ranked.push({ item: e.item, rank, length: e.names[0]?.length ?? 0 });
			}
			return ranked
				.sort((a, b) => a.rank - b.rank || a.length - b.length)
				.slice(0, limit)
				.map((r) => r.item);
		},
	};
}
