import { daysBetween } from "../../core/dates.js";
import type {
	TeacherProfile,
	TrainingRecord,
} from "../../core/training-port.js";
import { toCsv } from "./csv.js";

/** Column headers of the export, in the order of the cells below. */
export const EXPORT_HEADERS = [
	"编号",
	"教师账号",
	"姓名",
	"院系",
	"类型",
	"日期",
	"结束日期",
	"学时",
	"天数",
	"培训内容",
	"实践企业",
	"备注",
	"登记时间",
	"修改时间",
] as const;

/**
 * Records as CSV for Excel. Practice days are per record (overlaps are counted once only
 * in progress, which the export does not try to reproduce).
 */
export function recordsToCsv(
	records: readonly TrainingRecord[],
	profileOf: (owner: string) => TeacherProfile,
): string {
	const rows = records.map((r) => {
		const p = profileOf(r.owner);
		const common = [r.id, r.owner, p.name, p.department];
		const times = [r.createdAt, r.updatedAt];
		return r.kind === "training"
			? [
					...common,
					"培训",
					r.date,
					undefined,
					r.hours,
					undefined,
					r.title,
				].concat([undefined, undefined], times)
			: [
					...common,
					"企业实践",
					r.start,
					r.end,
					undefined,
					daysBetween(r.start, r.end) + 1,
					undefined,
					r.enterprise,
					r.note,
					...times,
				];
	});
	return toCsv([[...EXPORT_HEADERS], ...rows]);
}
