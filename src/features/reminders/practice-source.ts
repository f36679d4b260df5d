import type { TrainingService } from "../training/training-port.js";
import type { PracticeStatus } from "./policy.js";

/**
 * Enterprise-practice standing of every professional-course teacher with a period set, read
 * from the training service's report (teachers without a period start cannot be reminded).
 */
export async function practiceFromTraining(
	training: Pick<TrainingService, "report">,
	today: string,
): Promise<readonly PracticeStatus[]> {
	const out: PracticeStatus[] = [];
	for (const row of await training.report(today)) {
		const practice = row.progress?.practice;
		if (!practice?.applies) continue;
		out.push({
			teacherKey: row.owner,
			periodEnd: practice.end,
			practiceDays: practice.done,
			requiredDays: practice.required,
		});
	}
	return out;
}
