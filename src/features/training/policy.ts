/**
 * The part of `knowledge/policy.json` the training service reads. Structural, so the
 * knowledge module's `Policy` type can be passed as it is.
 */
export interface TrainingPolicy {
	enterprisePractice: {
		/** Days required per period (6 months ≈ 180 days per 职业学校教师企业实践规定 第四条). */
		days: number;
		periodYears: number;
		source?: { title: string; url?: string };
	};
	trainingHours: {
		/** The school's own target. */
		target: number;
		periodYears: number;
		/** `school-setting`: no regulation states the figure, so replies must not cite one. */
		basis?: "policy" | "school-setting";
		source?: { title: string; url?: string };
	};
}

/** Source lines for a progress reply, without duplicates. */
export function policySources(policy: TrainingPolicy): string[] {
	const titles = [
		policy.enterprisePractice.source?.title,
		policy.trainingHours.source?.title,
	].filter((t): t is string => !!t);
	return [...new Set(titles)];
}
