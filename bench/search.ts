/**
 * Search benchmark: index build time and warm latency per call, for the shipped certificates
 * and for 500 (the shipped ones plus synthetic names), ours next to a plain Fuse index (default
 * options, names only) over the same certificates. Queries: the student query sets (tuned and
 * frozen) and the development set. Accuracy: `npm run eval:search`.
 */

import { readFile } from "node:fs/promises";
import { availableParallelism, loadavg } from "node:os";
import Fuse from "fuse.js";
import { createKnowledgeService } from "../src/services/knowledge/knowledge-service.js";
import {
	type KnowledgeData,
	loadKnowledge,
} from "../src/services/knowledge/load.js";
import { readQuerySet } from "../test/helpers/query-eval.js";
import { withSyntheticCertificates } from "./synthetic-certificates.js";

const ROUNDS = 10;

function percentile(sorted: number[], p: number): number {
	return (
		sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0
	);
}

/**
 * p50/p99 of single calls in wall time, and p99 in CPU time of this process: on a host shared
 * with other work, wall time also counts the time the process waited for a core.
 */
function time(queries: string[], call: (q: string) => unknown) {
	for (const q of queries) call(q);
	const wall: number[] = [];
	const cpu: number[] = [];
	for (let round = 0; round < ROUNDS; round++) {
		for (const q of queries) {
			const c = process.cpuUsage();
			const t = performance.now();
			call(q);
			wall.push(performance.now() - t);
			const used = process.cpuUsage(c);
			cpu.push((used.user + used.system) / 1000);
		}
	}
	wall.sort((a, b) => a - b);
	cpu.sort((a, b) => a - b);
	const f = (n: number) => n.toFixed(3).padStart(7);
	return `wall p50 ${f(percentile(wall, 0.5))} p99 ${f(percentile(wall, 0.99))} ms · cpu p50 ${f(percentile(cpu, 0.5))} p99 ${f(percentile(cpu, 0.99))} ms`;
}

async function benchSize(
	data: KnowledgeData,
	count: number,
	queries: string[],
) {
	const certificates = withSyntheticCertificates(data.certificates, count);
	let started = performance.now();
	const service = createKnowledgeService({ ...data, certificates });
	const buildMs = performance.now() - started;
	started = performance.now();
	const plain = new Fuse(certificates, { keys: ["name"] });
	const plainBuildMs = performance.now() - started;
	console.log(
		`  ${certificates.length} certificates: index build ${buildMs.toFixed(0)} ms (plain Fuse ${plainBuildMs.toFixed(1)} ms)`,
	);
	console.log(
		`    searchCertificates  ${time(queries, (q) => service.searchCertificates(q, 6))}`,
	);
	console.log(
		`    classify (ask)      ${time(queries, (q) => service.classify(q))}`,
	);
	console.log(
		`    plain Fuse search   ${time(queries, (q) => plain.search(q, { limit: 6 }))}`,
	);
}

/** Prints build time and latency per call, ours vs plain Fuse, at two sizes. */
export async function benchSearch(): Promise<void> {
	const root = new URL("..", import.meta.url);
	const data = await loadKnowledge(new URL("knowledge", root).pathname);
	const dev = JSON.parse(
		await readFile(new URL("test/fixtures/search-queries.json", root), "utf8"),
	) as { query: string }[];
	const queries = [
		...readQuerySet("student").queries,
		...readQuerySet("frozen").queries,
		...dev,
	].map((q) => q.query);
	console.log(
		"search benchmark (goal: p99 < 2 ms per call with 500 certificates)",
	);
	console.log(
		`  ${queries.length} queries × ${ROUNDS} rounds, warm; host load ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores`,
	);
	await benchSize(data, data.certificates.length, queries);
	await benchSize(data, 500, queries);
}
