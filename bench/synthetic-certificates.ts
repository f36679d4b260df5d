/**
 * Synthetic certificates for the search bench: the shipped ones plus made-up names built from
 * the words of real names (`智能` + `网络` + `运维`), so that the index grows to the size the
 * knowledge base may reach. Never shipped, never shown to anyone.
 */

import type { Certificate } from "../src/core/knowledge-port.js";
import { segmentWords } from "../src/services/knowledge/segment.js";

/** `count` certificates in all: the real ones first, then deterministic made-up ones. */
export function withSyntheticCertificates(
	real: readonly Certificate[],
	count: number,
): Certificate[] {
	const words = [...new Set(real.flatMap((c) => segmentWords(c.name)))].filter(
		(w) => w.length >= 2,
	);
	const out = [...real];
	const names = new Set(real.map((c) => c.name));
	let seed = 7;
	const next = () => {
		seed = (seed * 1103515245 + 12345) % 2147483648;
		return seed;
	};
	while (out.length < count) {
		const parts = 2 + (next() % 3);
		let name = "";
		for (let i = 0; i < parts; i++) name += words[next() % words.length];
		if (names.has(name)) continue;
		names.add(name);
		const template = real[next() % real.length] as Certificate;
		out.push({
			...template,
			id: `s${String(out.length).padStart(4, "0")}`,
			name,
			aliases: [],
		});
	}
	return out;
}
