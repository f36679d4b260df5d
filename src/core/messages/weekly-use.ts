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
	"records.hours_not_number":
		"「{value}」不是学时数。学时请写普通数字，例如 8、2.5 或 16学时。",
};

const en: Record<keyof typeof zh, string> = {
	"field.hours": "hours",
	"field.title": "title",
	"field.date": "date",
	"field.start": "start date",
	"field.end": "end date",
	"field.enterprise": "enterprise",
	"field.note": "note",
	"field.reason": "reason",
	"records.hours_not_number":
		'"{value}" is not a number of hours. Write a plain number such as 8, 2.5 or 16h.',
};

export const weeklyUse = { zh, en };
