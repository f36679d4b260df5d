import type { Hit } from "../../../src/features/knowledge/knowledge-port.js";

/**
 * Decides whether the best hit is clearly what was meant: an exact name or id, a near-perfect
 * score, or a clear lead over the next hit. Otherwise the user is shown choices.
 */
export function clearWinner<T>(
	hits: readonly Hit<T>[],
	isExact: (item: T) => boolean,
): T | undefined {
	const [first, second] = hits;
	if (!first) return undefined;
	if (isExact(first.item)) return first.item;
	if (second && isExact(second.item)) return undefined;
	if (!second) return first.item;
	if (first.score <= 0.01 && second.score > 0.01) return first.item;
	return second.score - first.score >= 0.15 ? first.item : undefined;
}

export function sameText(a: string, b: string): boolean {
	const norm = (s: string) =>
		s.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
	return norm(a) === norm(b);
}
