import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeService } from "../../../src/core/knowledge-port.js";
import { createKnowledgeService } from "../../../src/services/knowledge/knowledge-service.js";
import { readQuerySet, shownBy, tally } from "../../helpers/query-eval.js";
import { shippedKnowledge } from "../../helpers/test-client.js";

const tuned = readQuerySet("student");
const frozen = readQuerySet("frozen");

let service: KnowledgeService;
beforeAll(async () => {
	service = createKnowledgeService(await shippedKnowledge());
});

describe("the student query sets", () => {
	it("hold at least 400 questions, a quarter of them in the frozen file", () => {
		const all = tuned.queries.length + frozen.queries.length;
		expect(all).toBeGreaterThanOrEqual(400);
		expect(frozen.queries.length / all).toBeGreaterThanOrEqual(0.25);
		expect(frozen.frozen).toBe(true);
		expect(tuned.frozen).toBe(false);
		const tunedText = new Set(tuned.queries.map((q) => q.query));
		expect(frozen.queries.filter((q) => tunedText.has(q.query))).toEqual([]);
	});

	it("expect only records that exist", () => {
		const majors = new Set(service.majors.map((m) => m.name));
		const orgs = new Set(service.certificates.map((c) => c.organisation));
		const faq = new Set(service.faq.map((f) => f.id));
		for (const q of [...tuned.queries, ...frozen.queries]) {
			const ok = (id: string) =>
				q.intent === "major"
					? majors.has(id)
					: q.intent === "organisation"
						? orgs.has(id)
						: q.intent === "faq"
							? id === "*" || faq.has(id)
							: service.getCertificate(id) !== undefined;
			for (const id of q.expect) expect(ok(id), `${q.query}: ${id}`).toBe(true);
			for (const name of q.majors ?? [])
				expect(majors.has(name), `${q.query}: ${name}`).toBe(true);
		}
	});

	it("answers at least 90% of the tuned part right within the first three", () => {
		const misses: string[] = [];
		const all = tally(
			tuned.queries,
			(q) => shownBy(service, q.query),
			misses,
		).get("all");
		expect(all).toBeDefined();
		const { n, top1, top3 } = all ?? { n: 1, top1: 0, top3: 0 };
		console.log(
			`student queries (tuned part): top-1 ${((100 * top1) / n).toFixed(1)}%, top-3 ${((100 * top3) / n).toFixed(1)}% of ${n}`,
		);
		for (const m of misses) console.log(`  miss ${m}`);
		expect(top3 / n).toBeGreaterThanOrEqual(0.9);
	});
});
