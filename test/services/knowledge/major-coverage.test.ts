import { beforeAll, describe, expect, it } from "vitest";
import {
	commonMajorsCovered,
	majorCoverage,
	OUTCOMES,
} from "../../../bench/major-coverage.js";
import type { KnowledgeService } from "../../../src/core/knowledge-port.js";
import { createKnowledgeService } from "../../../src/services/knowledge/knowledge-service.js";
import { sharedField } from "../../../src/services/knowledge/shared-field.js";
import { shippedKnowledge } from "../../helpers/test-client.js";

let knowledge: KnowledgeService;
beforeAll(async () => {
	knowledge = createKnowledgeService(await shippedKnowledge());
});

describe("coverage of the catalogue's majors", () => {
	it("counts every major once, per level and in total", () => {
		const rows = majorCoverage(knowledge);
		expect(rows.total.majors).toBe(knowledge.majors.length);
		const sum = (row: typeof rows.total) =>
			OUTCOMES.reduce((n, o) => n + row[o], 0);
		expect(sum(rows.total)).toBe(knowledge.majors.length);
		expect(
			sum(rows.中等职业教育) +
				sum(rows.高等职业教育专科) +
				sum(rows.高等职业教育本科),
		).toBe(knowledge.majors.length);
	});

	it("gives none only to majors no certificate shares a field with", () => {
		const wrong: string[] = [];
		for (const major of knowledge.majors) {
			if (knowledge.recommendForMajor(major.code, 1).length > 0) continue;
			for (const cert of knowledge.certificates)
				if (sharedField(major.name, cert.name) !== null)
					wrong.push(`${major.name} ↔ ${cert.name}`);
		}
		expect(wrong).toEqual([]);
	});

	it("gives an evidence-labelled recommendation to at least 36 of the 40 common majors", () => {
		// 10/40 before evidence tiers; 30/40 with tiers on the first 52 links; 36/40 with the
		// links and renames of research passes 3-5.
		const { covered, missed } = commonMajorsCovered(knowledge);
		expect(covered.length + missed.length).toBe(40);
		expect(covered.length).toBeGreaterThanOrEqual(36);
	});
});
