/** Messages added while using the records commands the way teachers type them each week. */
const zh = {
	"records.hours_not_number":
		"「{value}」不是学时数。学时请写普通数字，例如 8、2.5 或 16学时。",
};

const en: Record<keyof typeof zh, string> = {
	"records.hours_not_number":
		'"{value}" is not a number of hours. Write a plain number such as 8, 2.5 or 16h.',
};

export const weeklyUse = { zh, en };
