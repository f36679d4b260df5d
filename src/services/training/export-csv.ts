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

const clocks = new Map<string, Intl.DateTimeFormat>();

/**
 * A stored UTC instant as `YYYY-MM-DD HH:mm` in `zone`, the form Excel reads as a date and
 * time; `undefined` stays empty. Text that is not an instant is kept as it is.
 */
export function localTime(
	iso: string | undefined,
	zone: string,
): string | undefined {
	if (iso === undefined) return undefined;
	const instant = new Date(iso);
	if (Number.isNaN(instant.getTime())) return iso;
	let f = clocks.get(zone);
	if (!f) {
		f = new Intl.DateTimeFormat("en-US", {
			timeZone: zone,
			year: "numeric",
			month: "2-digit",
			day: "2-digit",
			hour: "2-digit",
			minute: "2-digit",
			hourCycle: "h23",
		});
		clocks.set(zone, f);
	}
	const part = Object.fromEntries(
		f.formatToParts(instant).map((p) => [p.type, p.value]),
	);
	return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`;
}

/**
 * Records as CSV for Excel, times in `zone`. Practice days are per record (overlaps are
 * counted once only in progress, which the export does not try to reproduce).
 */
export function recordsToCsv(
	records: readonly TrainingRecord[],
	profileOf: (owner: string) => TeacherProfile,
	zone: string,
): string {
	const rows = records.map((r) => {
		const p = profileOf(r.owner);
		const common = [r.id, r.owner, p.name, p.department];
		const times = [localTime(r.createdAt, zone), localTime(r.updatedAt, zone)];
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
