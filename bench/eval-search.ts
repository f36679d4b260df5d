/**
 * Accuracy on the student query sets (`npm run eval:search`): top-1 and top-3 by kind of
 * question, for the tuned part and the frozen part, ours beside plain fuse.js (default
 * options, names only) in the same run. `--misses` lists the tuned part's misses; the frozen
 * part's questions are never listed, only counted.
 */

import { createKnowledgeService } from "../src/services/knowledge/knowledge-service.js";
import { loadKnowledge } from "../src/services/knowledge/load.js";
import {
	plainFuse,
	readQuerySet,
	shownBy,
	type Tally,
	tally,
} from "../test/helpers/query-eval.js";

const pct = (n: number, of: number) =>
	of === 0 ? "  -  " : `${((100 * n) / of).toFixed(0).padStart(3)}%`;

function row(kind: string, ours?: Tally, fuse?: Tally): string {
	const t = ours ?? { n: 0, top1: 0, top3: 0 };
	const f = fuse ?? { n: 0, top1: 0, top3: 0 };
	return `  ${kind.padEnd(13)} ${String(t.n).padStart(4)}   ${pct(t.top1, t.n)}  ${pct(t.top3, t.n)}    ${pct(f.top1, f.n)}  ${pct(f.top3, f.n)}`;
}

/** Prints the per-kind table of both sets. */
export async function evalSearch(showMisses = false): Promise<void> {
	const data = await loadKnowledge(
		new URL("../knowledge", import.meta.url).pathname,
	);
	const service = createKnowledgeService(data);
	const fuse = plainFuse(service);
	for (const name of ["student", "frozen"] as const) {
		const set = readQuerySet(name);
		const misses: string[] = [];
		const ours = tally(
			set.queries,
			(q) => shownBy(service, q.query),
			set.frozen ? undefined : misses,
		);
		const plain = tally(set.queries, fuse);
		console.log(
			`\n== student queries, ${set.frozen ? "FROZEN part (never tuned on)" : "tuned part"}: ${set.queries.length} ==`,
		);
		console.log("  kind             n   ours top1 top3   plain fuse top1 top3");
		const kinds = [...ours.keys()].filter((k) => k !== "all").sort();
		for (const kind of [...kinds, "all"])
			console.log(row(kind, ours.get(kind), plain.get(kind)));
		if (showMisses) for (const m of misses) console.log(`  miss ${m}`);
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	await evalSearch(process.argv.includes("--misses"));
}
