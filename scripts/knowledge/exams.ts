import type { ExamRound } from "../../src/features/knowledge/knowledge-port.js";
import { fail } from "./fail.js";
import { compareCodepoints } from "./names.js";
import { type PlanItem, planSource } from "./plans.js";

/** "3月16日" in a plan of a known year → "2024-03-16". */
function planDate(year: number, text: string | undefined): string | undefined {
	const m = text?.match(/^(\d{1,2})月(\d{1,2})日$/);
	if (!m) return undefined;
	return `${year}-${m[1]?.padStart(2, "0")}-${m[2]?.padStart(2, "0")}`;
}

/** One round per certificate of every plan table row, sorted by exam date, then certificate. */
export function buildExams(
	plans: PlanItem[],
	certId: (rawName: string) => string,
): ExamRound[] {
	const exams: ExamRound[] = [];
	for (const item of plans) {
		if (!item.exam_plans) continue;
		const year = item.exam_plans_year ?? fail(`plan ${item.id} has no year`);
		for (const plan of item.exam_plans) {
			const nameDate = plan.plan_name?.match(/(\d{1,2})月(\d{1,2})日考试计划/);
			const exam =
				planDate(year, plan.exam_date_考试日期) ??
				(nameDate
					? planDate(year, `${nameDate[1]}月${nameDate[2]}日`)
					: undefined);
			if (!exam) fail(`plan ${plan.seq} has no exam date`);
			const dates: ExamRound["dates"] = { exam };
			const register = planDate(year, plan.registration_deadline_报考截止);
			const pay = planDate(year, plan.payment_deadline_缴费截止);
			const results = planDate(
				year,
				plan.score_publicity_deadline_成绩公示截止,
			);
			if (register) dates.register = register;
			if (pay) dates.pay = pay;
			if (results) dates.results = results;
			const extra = [
				`计划名称：${plan.plan_name}`,
				plan.scheduling_deadline_排考截止 &&
					`排考截止 ${plan.scheduling_deadline_排考截止}`,
				plan["room_setup_and_test_考场布置&测试"] &&
					`考场布置与测试 ${plan["room_setup_and_test_考场布置&测试"]}`,
				plan.score_entry_deadline_成绩登记截止 &&
					`成绩登记截止 ${plan.score_entry_deadline_成绩登记截止}`,
				plan.score_publicity_deadline_成绩公示截止 &&
					`成绩公示截止 ${plan.score_publicity_deadline_成绩公示截止}（即 results）`,
				plan.note && "存档页在此行截断，之后的日期与计划不可得",
				"计划表未写等级",
			].filter(Boolean);
			for (const n of item.certificates) {
				const id = certId(n);
				exams.push({
					id: `${id}-${exam}`,
					certificateId: id,
					levels: [],
					dates,
					note: extra.join("；"),
					source: {
						...planSource(item),
						title: "2024年上半年华为1+X考试计划表（51CTO 转载）",
					},
				});
			}
		}
	}
	return sortRounds(exams);
}

/** By exam date, then certificate. */
export function sortRounds(exams: ExamRound[]): ExamRound[] {
	return exams.sort(
		(a, b) =>
			compareCodepoints(a.dates.exam, b.dates.exam) ||
			compareCodepoints(a.certificateId, b.certificateId),
	);
}
