import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
	type Policy,
	policySchema,
} from "../../../src/features/knowledge/schema.js";
import type { TrainingPolicy } from "../../../src/features/training/policy.js";
import { computeProgress } from "../../../src/features/training/progress.js";

const root = resolve(import.meta.dirname, "../../..");

describe("knowledge/policy.json as the training policy", () => {
	it("is accepted as it is and drives progress, citing the regulation for practice only", async () => {
		const raw = JSON.parse(
			await readFile(resolve(root, "knowledge/policy.json"), "utf8"),
		);
		const policy: Policy = policySchema.parse(raw);
		const asTraining: TrainingPolicy = policy;
		const p = computeProgress(
			{ periodStart: "2024-09-01", professional: true },
			[],
			asTraining,
			"2026-11-28",
		);
		expect(p?.practice).toMatchObject({
			required: policy.enterprisePractice.days,
			end: "2029-08-31",
		});
		expect(p?.hours.required).toBe(policy.trainingHours.target);
		expect(p?.hoursSetBySchool).toBe(
			policy.trainingHours.basis === "school-setting",
		);
		expect(p?.sources).toEqual([policy.enterprisePractice.source.title]);
	});
});
