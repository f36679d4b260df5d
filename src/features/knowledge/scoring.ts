/**
 * Score bands shared by the indexes (0 best, 1 no match). Each pass maps its own measure into
 * a band, so a direct hit always outranks a fuzzy one whatever Fuse's internal scale does.
 */

import type { Hit } from "./knowledge-port.js";

export const SCORE = {
	exact: 0,
	/** Added to any hit found through a synonym, so the literal reading wins ties. */
	synonym: 0.03,
	/** Hits above this are dropped before results are returned. */
	cutoff: 0.7,
} as const;

/**
 * Direct comparison of two keys: exact 0, prefix ≈0.02–0.06, substring ≈0.06–0.12, or the
 * field contained in a longer query (a name inside a whole question) ≈0.08–0.18.
 * Needs at least two characters on the shorter side; returns null when nothing matches.
 */
export function directScore(query: string, field: string): number | null {
	if (query.length < 2 || field.length < 2) return null;
	if (query === field) return SCORE.exact;
	if (field.length > query.length) {
		const cover = query.length / field.length;
		if (field.startsWith(query)) return 0.02 + 0.04 * (1 - cover);
		if (field.includes(query)) return 0.06 + 0.06 * (1 - cover);
		return null;
	}
	if (query.includes(field)) {
		return 0.08 + 0.1 * (1 - field.length / query.length);
	}
	return null;
}

/** Maps a Fuse score (0–1) into a band starting at `base` and `span` wide. */
export function band(base: number, span: number, fuseScore = 0): number {
	return base + span * Math.min(1, Math.max(0, fuseScore));
}

/** Keeps the better (lower) score per reference. */
export function keepBest(
	scores: Map<number, number>,
	ref: number,
	score: number,
): void {
	const old = scores.get(ref);
	if (old === undefined || score < old) scores.set(ref, score);
}

/**
 * Share of the query's characters that appear in `field` in order (longest common
 * subsequence / query length). Catches one-character typos that Fuse's threshold rejects in
 * longer names (`云计算运唯` ↔ `云计算平台运维与开发`: 0.8).
 */
export function orderedCoverage(query: string, field: string): number {
	if (query.length === 0) return 0;
	const row = new Array<number>(field.length + 1).fill(0);
	for (let i = 1; i <= query.length; i++) {
		let diag = 0;
		for (let j = 1; j <= field.length; j++) {
			const up = row[j] as number;
			row[j] =
				query[i - 1] === field[j - 1]
					? diag + 1
					: Math.max(up, row[j - 1] as number);
			diag = up;
		}
	}
	return (row[field.length] as number) / query.length;
}

/**
 * The scored items that pass the cutoff, as hits (scores capped at 1), in no particular order:
 * each index sorts them by its own tie-breaks.
 */
export function hitsFrom<T>(
	scores: ReadonlyMap<number, number>,
	items: readonly T[],
): Hit<T>[] {
	const hits: Hit<T>[] = [];
	for (const [ref, score] of scores) {
		const item = items[ref];
		if (item !== undefined && score <= SCORE.cutoff)
			hits.push({ item, score: Math.min(1, score) });
	}
	return hits;
}
