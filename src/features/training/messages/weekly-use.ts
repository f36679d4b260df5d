/** Messages added while using the records commands the way teachers type them each week. */
const zh = {
	// Names of record fields, shown where a refusal names the field (`「标题」不能为空`).
	"field.hours": "学时",
	"field.title": "标题",
	"field.date": "日期",
	"field.start": "开始日期",
	"field.end": "结束日期",
	"field.enterprise": "企业名称",
	"field.note": "备注",
	"field.reason": "原因",
	"progress.not_a_user":
		"/progress 后面不用写「{value}」：它显示你当前考核周期的进度。按年份或类型查看记录请用 /records，例如 /records 2025 或 /records 培训；管理员查看某位教师：/progress telegram:123456。",
	"records.title_of": "{name}（{key}）的记录（共 {count} 条）",
	"training.hours_not_number":
		"「{value}」不是学时数。学时请写普通数字，例如 8、2.5 或 16学时。",
} as const;

const en: Record<keyof typeof zh, string> = {
	"field.hours": "hours",
	"field.title": "title",
	"field.date": "date",
	"field.start": "start date",
	"field.end": "end date",
	"field.enterprise": "enterprise",
	"field.note": "note",
	"field.reason": "reason",
	"progress.not_a_user":
		'/progress needs nothing after it ("{value}"): it shows the progress of your current appraisal period. For records by year or kind use /records, e.g. /records 2025 or /records training; admins reading a teacher\'s progress: /progress telegram:123456.',
	"records.title_of": "Records of {name} ({key}) ({count})",
	"training.hours_not_number":
		'"{value}" is not a number of hours. Write a plain number such as 8, 2.5 or 16h.',
};

export const weeklyUse = { zh, en };
