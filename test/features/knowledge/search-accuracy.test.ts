import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeService } from "../../../src/features/knowledge/knowledge-port.js";
import { createKnowledgeService } from "../../../src/features/knowledge/knowledge-service.js";
import { loadKnowledge } from "../../../src/features/knowledge/load.js";

interface Query {
	query: string;
	kind: "certificate" | "major" | "organisation";
	expect: string[];
	note: string;
}

const queries = JSON.parse(
	readFileSync(
		new URL("../../fixtures/search-queries.json", import.meta.url),
		"utf8",
	),
) as Query[];

/** Top-3 result ids (certificate ids or major codes) for one query of the set. */
function topIds(service: KnowledgeService, q: Query): string[] {
	return q.kind === "major"
		? service.searchMajors(q.query, 3).map((h) => h.item.code)
		: service.searchCertificates(q.query, 3).map((h) => h.item.id);
}

describe("search accuracy on the development query set", () => {
	let service: KnowledgeService;
	beforeAll(async () => {
		service = createKnowledgeService(
			await loadKnowledge(
				new URL("../../../knowledge", import.meta.url).pathname,
			),
		);
	});

	it("has at least 80 queries whose expectations name real records", () => {
		expect(queries.length).toBeGreaterThanOrEqual(80);
		for (const q of queries) {
			for (const id of q.expect) {
				const found =
					q.kind === "major"
						? service.getMajor(id)
						: service.getCertificate(id);
				expect(found, `${q.query} expects ${id}`).toBeDefined();
			}
		}
	});

	it("finds the wanted record first in ≥ 75% and in the top 3 in ≥ 90%", () => {
		let top1 = 0;
		let top3 = 0;
		const misses: string[] = [];
		for (const q of queries) {
			const ids = topIds(service, q);
			const first = ids[0] !== undefined && q.expect.includes(ids[0]);
			const inTop3 = ids.some((id) => q.expect.includes(id));
			if (first) top1++;
			if (inTop3) top3++;
			if (!first) {
				misses.push(
					`${inTop3 ? "top-3 only" : "miss"}: ${q.query} (${q.note}) wanted ${q.expect.join("/")}, got ${ids.join(", ") || "nothing"}`,
				);
			}
		}
		const n = queries.length;
		console.log(
			`search accuracy over ${n} queries: top-1 ${((100 * top1) / n).toFixed(1)}%, top-3 ${((100 * top3) / n).toFixed(1)}%`,
		);
		for (const miss of misses) console.log(`  ${miss}`);
		expect(top1 / n).toBeGreaterThanOrEqual(0.75);
		expect(top3 / n).toBeGreaterThanOrEqual(0.9);
	});
});
