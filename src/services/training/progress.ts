import { addDays, addMonths } from "../../core/dates.js";
import type {
	Progress,
	Requirement,
	TeacherProfile,
	TrainingRecord,
} from "../../core/training-port.js";
import {
	lengthInDays,
	periodContaining,
	requirement,
	unionDays,
} from "./periods.js";
import { policySources, type TrainingPolicy } from "./policy.js";

/**
 * One teacher's standing in the periods that contain `today`, or `null` without an appraisal
 * period start. Practice days are the union of periods, so overlaps count once; a
 * non-professional teacher's practice is shown but not required.
 */
export function computeProgress(
	profile: TeacherProfile,
	records: readonly TrainingRecord[],
	policy: TrainingPolicy,
	today: string,
): Progress | null {
	if (!profile.periodStart) return null;
	const practicePeriod = periodContaining(
		profile.periodStart,
		policy.enterprisePractice.periodYears,
		today,
	);
	const hoursPeriod = periodContaining(
		profile.periodStart,
		policy.trainingHours.periodYears,
		today,
	);
	const ranges = [];
	let hours = 0;
	for (const r of records) {
		if (r.kind === "practice") ranges.push(r);
		else if (r.date >= hoursPeriod.start && r.date <= hoursPeriod.end)
			hours += r.hours;
	}
	const applies = profile.professional !== false;
	const days = unionDays(ranges, practicePeriod.start, practicePeriod.end);
	const years = policy.enterprisePractice.periodYears;
	const result: Progress = {
		profile,
		practice: {
			...requirement(
				practicePeriod,
				applies ? policy.enterprisePractice.days : 0,
				days,
				today,
			),
			applies,
		},
		hours: requirement(hoursPeriod, policy.trainingHours.target, hours, today),
		hoursSetBySchool: policy.trainingHours.basis !== "policy",
		sources: policySources(policy),
	};
	if (practicePeriod.start > profile.periodStart) {
		const end = addDays(practicePeriod.start, -1);
		const start = addMonths(practicePeriod.start, -Math.round(years * 12));
		const required = applies ? policy.enterprisePractice.days : 0;
		result.ended = requirement(
			{ start, end },
			required,
			unionDays(ranges, start, end),
			end,
		);
	}
	return result;
}

/** Share of the work still missing ÷ share of the period still left; above 1 is behind pace. */
function pace(r: Requirement): number {
	if (r.shortfall <= 0 || r.required <= 0) return 0;
	const timeLeft = Math.max(1, r.daysLeft) / lengthInDays(r.start, r.end);
	return r.shortfall / r.required / timeLeft;
}

/** How urgent a teacher's shortfall is; 0 when every requirement is met. */
export function urgencyOf(progress: Progress): number {
	return Math.max(
		progress.practice.applies ? pace(progress.practice) : 0,
		pace(progress.hours),
	);
}
