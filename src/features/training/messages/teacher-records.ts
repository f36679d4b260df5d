/** Messages for reading records as teachers type them: dates, ranges, duplicates, undo, drafts. */
const zh = {
	"training.date_invalid":
		"「{typed}」像是日期，但没有这一天。请检查月份和日期，例如 2026-02-28。",
	"training.no_hours":
		"没有读到学时。请把学时写在最前面，例如：/log training 8 数控编程师资培训 2026-07-01",
	"training.dates_many":
		"这一行里读到了不止一个日期：{read}。一条培训记录只有一个日期，请只写一个。",
	"training.training_range":
		"培训记录只有一个日期，这里读到的是一段：{read}。多天的培训请按天分开登记，或写最后一天。",
	"training.practice_one_date":
		"只读到一个日期：{read}。企业实践需要开始和结束日期，例如：/log practice 2026-07-01 至 2026-08-31 某公司",
	"training.practice_no_dates":
		"没有读到企业实践的日期。例如：/log practice 2026-07-01 至 2026-08-31 某公司",
	"training.practice_no_enterprise":
		"没有读到企业名称。例如：/log practice 2026-07-01 至 2026-08-31 某公司",
	"training.read_as": "日期读作：{readings}",
	"training.version_question":
		"「{typed}」可以读作日期 {date}，也可能是名称的一部分（如版本号）。请选择：",
	"training.version_as_date": "日期 {date}",
	"training.version_as_title": "「{typed}」是名称的一部分，日期为今天",
	"training.duplicate":
		"已经有一条相同的记录 #{id}（同样的类型、日期、学时和名称），这次没有保存。确实要再存一条吗？",
	"training.duplicate_again": "再保存一条",
	"training.before_period":
		"日期 {date} 在你的考核周期开始（{periodStart}）之前，不计入本周期，没有保存。如果考核周期填错了，请先修改，例如：/teacher profile period=2021-09-01",
	"training.draft_title": "将保存为下面这条记录（还没有保存）：",
	"training.draft_save": "保存",
	"training.draft_change": "修改",
	"training.draft_change_hint":
		"请按下面的格式重新发送（可复制后修改）：\n{line}",
	"delete.no_ids": "请写要删除的记录编号，例如：/delete 12 或 /delete 3 5",
	"delete.too_many": "一次最多删除 {max} 条记录。",
	"delete.extra_words":
		"/delete 后面只写记录编号，「{extra}」不是编号。例如：/delete 3 5（管理员删除他人记录时，原因写在编号后面）",
	"delete.confirm":
		"确定要删除下面 {count} 条记录吗？删除后 {days} 天内可以用 /undo 恢复。",
	"delete.confirm_button": "确定删除",
	"delete.cancel_button": "不删除",
	"delete.cancelled": "好的，没有删除任何记录。",
	"delete.undo_hint": "{days} 天内可以恢复：/undo {ids}",
	"delete.undo_button": "撤销删除",
	"undo.summary": "恢复刚删除的记录",
	"undo.arg_ids": "记录编号，不填则恢复最近一次删除的",
	"undo.done": "已恢复：",
	"undo.nothing": "最近 {days} 天内没有可以恢复的删除。",
	"undo.not_found":
		"#{id} 不能恢复：最近 {days} 天内没有删除过这条记录，或它已经恢复了。",
	"training.text_control_chars":
		"「{field}」里有控制字符或改变文字方向的字符，请删掉后再发，例如：/teacher profile 姓名=王芳",
	"progress.no_period_totals":
		"还没有设置考核周期，所以还不能对照要求计算进度。目前已登记：企业实践 {days} 天，培训 {hours} 学时（共 {records} 条记录）。",
	"progress.no_period_ask":
		"请用一行设置考核周期（聘期）开始日期，例如：/teacher profile 周期开始=2024-09-01",
	"progress.ended":
		"你设置的考核周期 {start} 至 {end} 已经结束。这一周期的企业实践：{done}/{required} 天，{result}。",
	"progress.ended_short": "差 {shortfall} 天没有完成",
	"progress.ended_met": "已达到要求",
	"progress.next_offer":
		"下一个考核周期从 {next} 开始。确认后按新周期计算：/teacher profile period={next}",
	"progress.next_button": "开始新周期 {next}",
	"teacher.profile_bad_period":
		"「{value}」不是考核周期开始日期。例如：/teacher profile 周期开始=2023-09-01 或 周期开始=2023年9月",
	"teacher.profile_bad_professional":
		"「{value}」请写 是 或 否，例如：/teacher profile 专业课=是",
	"teacher.profile_unknown_key":
		"不认识「{key}」。可以写：姓名= 院系= 周期开始= 专业课=，例如：/teacher profile 姓名=王芳 院系=信息工程学院 周期开始=2023-09-01",
	"teacher.profile_too_many_words":
		'多出了「{extra}」。不写项目名时按 姓名 院系 日期 的顺序，名称有空格请加引号，例如：/teacher profile 王芳 "信息 工程学院" 2023-09-01',
	"teacher.arg_fields":
		"也可以写 姓名= 院系= 周期开始= 专业课=，或按顺序写 姓名 院系 日期",
	"records.arg_filter": "培训 / 实践、年份、页码（p=2）；管理员可写用户",
	"records.bad_filter":
		"「{value}」不是筛选条件。可以写：培训 或 实践、年份、页码，例如：/records practice 2025 或 /records p=2",
	"records.none_match": "没有符合条件的记录。发送 /records 查看全部。",
	"records.page": "第 {page}/{pages} 页",
	"records.previous": "上一页",
	"records.next": "下一页",
	"role.no_user":
		"请写用户标识，或在群里回复对方的消息后发送。例如：/role grant telegram:123456 teacher（对方发送 /whoami 可以看到自己的标识）",
	"role.several_mentions":
		"这条消息提到了不止一个人；请只回复或提到一个人，或写用户标识，例如：/role grant telegram:123456 teacher",
	"role.list.summary": "列出管理员和教师（管理员）",
	"role.list_title": "有角色的用户（共 {count} 位）",
	"role.list_admin": "管理员 {user}（{name}）",
	"role.list_teacher": "教师 {user}（{name}）",
	"role.list_empty":
		"还没有教师。用 /role grant telegram:123456 teacher 授予。",
	"whoami.summary": "查看自己的用户标识和角色",
	"whoami.key": "用户标识",
	"whoami.role": "角色",
	"whoami.role_student": "学生",
	"whoami.role_teacher": "教师",
	"whoami.role_admin": "管理员",
	"whoami.hint_student":
		"需要教师角色时，把上面的用户标识发给管理员，或用教务处给的邀请码：/teacher join 邀请码",
	"whoami.hint": "发送 /help 查看你可以用的命令。",
	"report.unset_count":
		"另有 {count} 位未设置考核周期、{ended} 位考核周期已结束待确认新周期，无法按本周期评估，单独列在最后。",
	"report.ended_title": "考核周期已结束、尚未确认新周期：",
	"report.ended_row": "{who}：{start} 至 {end} 企业实践 {done}/{required} 天",
	"report.unset_title":
		"未设置考核周期（无法评估，请提醒设置 /teacher profile 周期开始=…）：",
	"report.departments": "没有名称中包含这几个字的院系。现有院系：",
	"training.date_vague":
		"「{typed}」不是具体的某一天，没有保存。请写是哪一天，例如 上周五、11.20 或 2026-11-20；如果它是名称的一部分，请给名称加上引号，例如 /log training 2 「11月例会」 2026-11-20。",
	"training.default_title": "培训",
} as const;

const en: Record<keyof typeof zh, string> = {
	"training.date_invalid":
		"“{typed}” looks like a date, but there is no such day. Check the month and day, e.g. 2026-02-28.",
	"training.no_hours":
		"No hours found. Put the hours first, e.g. /log training 8 CNC teacher training 2026-07-01",
	"training.dates_many":
		"More than one date on this line: {read}. A training record has one date; please give one.",
	"training.training_range":
		"A training record has one date, but this reads as a period: {read}. Log a course of several days day by day, or give its last day.",
	"training.practice_one_date":
		"Only one date found: {read}. Enterprise practice needs a start and an end, e.g. /log practice 2026-07-01 to 2026-08-31 SomeCo",
	"training.practice_no_dates":
		"No dates found for the enterprise practice, e.g. /log practice 2026-07-01 2026-08-31 SomeCo",
	"training.practice_no_enterprise":
		"No enterprise name found, e.g. /log practice 2026-07-01 2026-08-31 SomeCo",
	"training.read_as": "Dates read as: {readings}",
	"training.version_question":
		"“{typed}” can be the date {date}, or part of the title (a version number). Which is it?",
	"training.version_as_date": "Date {date}",
	"training.version_as_title": "“{typed}” is part of the title; date today",
	"training.duplicate":
		"Record #{id} is the same (same kind, dates, hours and title), so this was not saved. Save another one anyway?",
	"training.duplicate_again": "Save another",
	"training.before_period":
		"{date} is before the start of your appraisal period ({periodStart}), so it does not count and was not saved. If the period is wrong, change it first, e.g. /teacher profile period=2021-09-01",
	"training.draft_title": "This would be saved (not saved yet):",
	"training.draft_save": "Save",
	"training.draft_change": "Change",
	"training.draft_change_hint":
		"Send it again in this form (copy and change it):\n{line}",
	"delete.no_ids":
		"Give the ids of the records to delete, e.g. /delete 12 or /delete 3 5",
	"delete.too_many":
		"At most {max} {max|record|records} can be deleted at once.",
	"delete.extra_words":
		"Only record ids go after /delete; “{extra}” is not an id. E.g. /delete 3 5 (an admin deleting someone else's records writes the reason after the ids)",
	"delete.confirm":
		"Delete {count|this|these} {count} {count|record|records}? For {days} {days|day|days} /undo can bring them back.",
	"delete.confirm_button": "Delete",
	"delete.cancel_button": "Keep them",
	"delete.cancelled": "All right, nothing was deleted.",
	"delete.undo_hint":
		"For {days} {days|day|days} you can bring them back: /undo {ids}",
	"delete.undo_button": "Undo delete",
	"undo.summary": "Bring back records just deleted",
	"undo.arg_ids": "Record ids; the latest deletion when left out",
	"undo.done": "Restored:",
	"undo.nothing":
		"Nothing deleted in the last {days} {days|day|days} can be restored.",
	"undo.not_found":
		"#{id} cannot be restored: it was not deleted in the last {days} {days|day|days}, or it is back already.",
	"training.text_control_chars":
		"“{field}” contains control or text-direction characters; please remove them, e.g. /teacher profile name=Wang",
	"progress.no_period_totals":
		"Your appraisal period is not set, so progress cannot be checked against the requirements yet. Logged so far: {days} {days|day|days} of enterprise practice, {hours} training {hours|hour|hours} ({records} {records|record|records}).",
	"progress.no_period_ask":
		"Set the start of your appraisal period in one line, e.g. /teacher profile period=2024-09-01",
	"progress.ended":
		"Your appraisal period {start} to {end} has ended. Enterprise practice in it: {done}/{required} {required|day|days}, {result}.",
	"progress.ended_short": "{shortfall} {shortfall|day|days} short",
	"progress.ended_met": "requirement met",
	"progress.next_offer":
		"The next appraisal period starts on {next}. Confirm it to count from there: /teacher profile period={next}",
	"progress.next_button": "Start the new period {next}",
	"teacher.profile_bad_period":
		"“{value}” is not an appraisal period start, e.g. /teacher profile period=2023-09-01 or period=2023-09",
	"teacher.profile_bad_professional":
		"For “{value}” write yes or no, e.g. /teacher profile professional=yes",
	"teacher.profile_unknown_key":
		"“{key}” is not known. You can set name= dept= period= professional=, e.g. /teacher profile name=Wang dept=IT period=2023-09-01",
	"teacher.profile_too_many_words":
		'“{extra}” is one word too many. Without keys the order is name, department, date; quote names with spaces, e.g. /teacher profile Wang "IT School" 2023-09-01',
	"teacher.arg_fields":
		"Or in Chinese keys, or just name, department, date in that order",
	"records.arg_filter":
		"training / practice, a year, a page (p=2); admins may name a user",
	"records.bad_filter":
		"“{value}” is not a filter. Use training or practice, a year, a page, e.g. /records practice 2025 or /records p=2",
	"records.none_match": "No records match. Send /records to see them all.",
	"records.page": "Page {page} of {pages}",
	"records.previous": "Previous",
	"records.next": "Next",
	"role.no_user":
		"Give the user id, or send this as a reply to their message in the group, e.g. /role grant telegram:123456 teacher (they see their id with /whoami)",
	"role.several_mentions":
		"This message points at more than one person; reply to or mention one, or give the id, e.g. /role grant telegram:123456 teacher",
	"role.list.summary": "List admins and teachers (admins)",
	"role.list_title": "Users with a role ({count})",
	"role.list_admin": "admin {user} ({name})",
	"role.list_teacher": "teacher {user} ({name})",
	"role.list_empty":
		"No teachers yet. Grant with /role grant telegram:123456 teacher.",
	"whoami.summary": "Show your user id and role",
	"whoami.key": "User id",
	"whoami.role": "Role",
	"whoami.role_student": "student",
	"whoami.role_teacher": "teacher",
	"whoami.role_admin": "admin",
	"whoami.hint_student":
		"To get the teacher role, send the id above to an admin, or use the invite code from the academic office: /teacher join CODE",
	"whoami.hint": "Send /help to see the commands you can use.",
	"report.unset_count":
		"{count} more have no appraisal period and {ended} a period that has ended and is not renewed; they cannot be assessed and are listed last.",
	"report.ended_title": "Appraisal period ended, new one not confirmed:",
	"report.ended_row":
		"{who}: {start} to {end}, enterprise practice {done}/{required} {required|day|days}",
	"report.unset_title":
		"No appraisal period set (cannot be assessed; remind them: /teacher profile period=…):",
	"report.departments": "No department name contains that. Departments:",
	"training.date_vague":
		'“{typed}” is not one particular day, so nothing was saved. Say which day, e.g. last friday, 11.20 or 2026-11-20; if it is part of the title, put the title in quotes, e.g. /log training 2 "November meeting" 2026-11-20.',
	"training.default_title": "training",
};

export const teacherRecords = { zh, en };
