import { daysBetween } from "../../core/dates.js";
import { localTime as shownTime } from "../../core/local-time.js";
import { toCsv } from "./csv.js";
import { unionDays } from "./periods.js";
import type { TeacherProfile, TrainingRecord } from "./training-port.js";

type Practice = Extract<TrainingRecord, { kind: "practice" }>;

/**
 * Per practice record: days already covered by the same teacher's earlier periods (by start,
 * then id), the days it adds, and which records it overlaps. The added days sum to the
 * days counted once, as progress counts them.
 */
function overlapColumns(
	records: readonly TrainingRecord[],
): Map<string, [number, number, string]> {
	const byOwner = new Map<string, Practice[]>();
	for (const r of records)
		if (r.kind === "practice")
			byOwner.set(r.owner, [...(byOwner.get(r.owner) ?? []), r]);
	const out = new Map<string, [number, number, string]>();
	for (const list of byOwner.values()) {
		list.sort((a, b) =>
			a.start === b.start
				? Number(a.id) - Number(b.id)
				: a.start < b.start
					? -1
					: 1,
		);
		const earlier: Practice[] = [];
		for (const r of list) {
			const days = daysBetween(r.start, r.end) + 1;
			const covered = unionDays(earlier, r.start, r.end);
			const ids = list
				.filter((o) => o.id !== r.id && o.start <= r.end && o.end >= r.start)
				.map((o) => `#${o.id}`)
				.join(" ");
			out.set(r.id, [covered, days - covered, ids]);
			earlier.push(r);
		}
	}
	return out;
}

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
	"重叠天数",
	"计入天数",
	"重叠记录",
] as const;

/**
 * A stored UTC instant as `YYYY-MM-DD HH:mm` in `zone`, the form Excel reads as a date and
 * time; `undefined` stays empty. Text that is not an instant is kept as it is.
 */
export function localTime(
	iso: string | undefined,
	zone: string,
): string | undefined {
	return iso === undefined ? undefined : shownTime(iso, zone);
}

/**
 * Records as CSV for Excel, times in `zone`. Practice rows give their own days and, beside
 * them, the days overlapping an earlier period and the days counted: the sum of 计入天数 is
 * the days counted once, as in progress (there, within the appraisal period).
 */
export function recordsToCsv(
	records: readonly TrainingRecord[],
	profileOf: (owner: string) => TeacherProfile,
	zone: string,
): string {
	const overlaps = overlapColumns(records);
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
				].concat([undefined, undefined], times, [
					undefined,
					undefined,
					undefined,
				])
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
					...(overlaps.get(r.id) ?? []),
				];
	});
	return toCsv([[...EXPORT_HEADERS], ...rows]);
}
