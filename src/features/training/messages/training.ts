/** Messages of the training area: roles, teacher profiles, records, progress, export, report. */
const zh = {
	"training.hours_not_positive": "学时必须大于 0，收到的是 {value}。",
	"training.hours_too_small":
		"学时按两位小数记录，{value} 会记成 0；学时必须大于 0，最少 0.01。",
	"training.hours_too_many":
		"一条记录最多 {max} 学时，收到的是 {value}。较长的培训请按周分开登记。",
	"training.text_empty": "「{field}」不能为空。",
	"training.text_too_long":
		"「{field}」太长了（{length} 个字），最多 {max} 个字。",
	"training.date_in_future":
		"日期 {date} 在今天（{today}）之后；只能登记已经发生的培训或实践。",
	"training.end_before_start":
		"结束日期 {end} 早于开始日期 {start}；请先写开始日期，再写结束日期。",
	"training.period_too_long":
		"一段企业实践最长 {max} 天，这一段有 {days} 天；请按年分开登记。",
	"training.bad_id": "「{value}」不是记录编号；编号是数字，例如 12 或 #12。",
	"training.not_found":
		"你的记录里没有 #{id}。发送 /records 查看你的记录和编号。",
	"training.reason_required":
		"#{id} 是 {owner} 的记录；管理员修改或删除他人的记录需要写明原因（写在命令最后），会记入审计记录。",
	"training.example_reason": "录入错误",
	"training.field_not_editable":
		"#{id} 没有「{field}」这一项，可以修改：{fields}。",
	"training.others_admin_only": "只有管理员可以查看别人的记录。",
	"training.no_period":
		"还没有设置考核周期的开始日期，无法计算进度。请先设置，例如：/teacher profile period=2024-09-01",
	"training.line_training": "#{id} {date} 培训 {hours} 学时：{title}",
	"training.line_practice":
		"#{id} {start} 至 {end} 企业实践 {days} 天：{enterprise}",
	"training.arg_id": "记录编号（见 /records）",
	"training.arg_reason": "原因（管理员改动他人记录时必填）",
	"role.summary": "管理教师角色（管理员）",
	"role.grant.summary": "授予教师角色",
	"role.revoke.summary": "撤销教师角色",
	"role.arg_user": "用户，如 telegram:123456",
	"role.arg_role": "角色（teacher）",
	"role.bad_user":
		"「{value}」不是用户标识；格式是 平台:编号，例如 telegram:123456、discord:456、console:local。",
	"role.join_disabled":
		"本机器人没有开放邀请码加入；请联系管理员为你开通教师角色。",
	"role.bad_invite_code": "邀请码不对。请向教务处或 1+X 办公室确认邀请码。",
	"role.granted": "已授予 {user} 教师角色。",
	"role.revoked": "已撤销 {user} 的教师角色；其记录仍保留。",
	"role.target_admin": "{user} 是配置中的管理员，角色不能在这里修改。",
	"role.already_teacher": "{user} 已经是教师。",
	"role.not_teacher": "{user} 不是教师，无需撤销。",
	"teacher.summary": "教师加入与个人资料",
	"teacher.join.summary": "用邀请码成为教师",
	"teacher.profile.summary": "查看或设置姓名、院系、考核周期、是否专业课教师",
	"teacher.arg_code": "教务处提供的邀请码",
	"teacher.arg_name": "显示的姓名",
	"teacher.arg_dept": "院系或教研室",
	"teacher.arg_period": "本考核周期（聘期）的开始日期",
	"teacher.arg_professional": "是否专业课教师（yes/no）",
	"teacher.joined": "欢迎！你已成为教师，可以登记培训学时和企业实践。",
	"teacher.join_already": "你已经是教师了。",
	"teacher.join_admin": "你是管理员，已经可以使用教师的全部命令。",
	"teacher.next_steps":
		"下一步：用 /teacher profile 设置院系和考核周期开始日期，然后用 /log 登记。",
	"teacher.profile_saved": "资料已保存。",
	"teacher.period_in_future":
		"考核周期开始日期 {date} 在今天（{today}）之后；请填写当前考核周期（聘期）已经开始的那一天，例如 period=2024-09-01。",
	"teacher.code_in_group":
		"注意：邀请码发在了群聊里，群里的人都能看到。请告诉管理员更换邀请码（/teacher code new，或修改 TEACHER_INVITE_CODE）；以后请私聊机器人加入。",
	"teacher.profile_title": "你的资料",
	"teacher.period_hint":
		"请设置考核周期开始日期，才能计算进度：/teacher profile period=2024-09-01",
	"teacher.unset": "未设置",
	"teacher.field_name": "姓名",
	"teacher.field_department": "院系",
	"teacher.field_period": "考核周期开始",
	"teacher.field_professional": "专业课教师",
	"teacher.yes": "是",
	"teacher.no": "否",
	"log.summary": "登记培训学时或企业实践",
	"log.training.summary": "登记培训学时",
	"log.practice.summary": "登记一段企业实践",
	"log.arg_hours": "学时（大于 0）",
	"log.arg_title": "培训名称",
	"log.arg_date": "日期，默认今天",
	"log.arg_start": "开始日期",
	"log.arg_end": "结束日期",
	"log.arg_enterprise": "企业名称（名称有空格时加引号）",
	"log.arg_note": "备注",
	"log.saved": "已保存：",
	"log.practice_read_as":
		'企业：{enterprise}；备注：{note}。企业名称中有空格时请加引号，否则空格后的部分会记为备注，例如：/log practice 2026-07-01 2026-08-31 "Some Co" 备注',
	"log.after_hint": "发送 /progress 查看进度，/records 查看全部记录。",
	"log.overlap":
		"这段实践与 {ids} 有 {days} 天重叠；重叠的日子在进度里只计一次。",
	"records.summary": "我的培训与企业实践记录",
	"training.arg_user": "用户（仅管理员可查看他人）",
	"records.empty": "还没有记录。用 /log training 或 /log practice 登记。",
	"records.title": "记录（共 {count} 条）",
	"records.hint": "修改：/edit <编号> <项目> <新值>；删除：/delete <编号>。",
	"delete.summary": "删除一条记录",
	"delete.done": "已删除：",
	"edit.summary": "修改一条记录的一项",
	"edit.arg_field": "要修改的项目",
	"edit.arg_value": "新的值",
	"edit.done": "已修改「{field}」：{from} → {to}",
	"progress.summary": "企业实践天数和培训学时的完成进度",
	"progress.title": "{name} 的进度",
	"progress.practice_label": "企业实践（{start} 至 {end}）",
	"progress.hours_label": "培训学时（{start} 至 {end}）",
	"progress.unit_days": "天",
	"progress.unit_hours": "学时",
	"progress.shortfall":
		"还差 {shortfall} {unit}，须在 {deadline} 前完成（还剩 {daysLeft} 天）。",
	"progress.met": "已达到要求（本周期至 {deadline}）。",
	"progress.practice_not_required":
		"企业实践：已记录 {days} 天（非专业课教师，不按 6 个月要求考核）。",
	"progress.sources": "依据：{sources}",
	"progress.hours_school_setting": "培训学时目标由学校设定。",
	"export.summary": "把我的记录导出为 CSV（可用 Excel 打开）",
	"export.all.summary": "导出全部教师的记录（管理员）",
	"export.caption": "你的培训与企业实践记录",
	"export.caption_all": "全部教师的培训与企业实践记录",
	"report.summary": "各院系教师进度报表，最紧迫的在前（管理员）",
	"report.arg_department": "院系，不填为全部",
	"report.title": "进度报表 · {scope} · {today}",
	"report.all_departments": "全部院系",
	"report.empty": "没有找到教师。",
	"report.summary_line":
		"共 {total} 位教师：{behind} 位未达标，{ok} 位已达标。",
	"report.more": "还有 {more} 位未列出；/export all 可导出全部记录。",
	"report.practice_gap":
		"企业实践差 {days} 天（{deadline} 截止，剩 {daysLeft} 天）",
	"report.hours_gap": "培训差 {hours} 学时（{deadline} 截止）",
} as const;

const en: Record<keyof typeof zh, string> = {
	"training.hours_not_positive": "Hours must be more than 0; got {value}.",
	"training.hours_too_small":
		"Hours are kept to 2 decimals, so {value} would be stored as 0; hours must be more than 0, at least 0.01.",
	"training.hours_too_many":
		"One entry holds at most {max} {max|hour|hours}; got {value}. Log a long course week by week.",
	"training.text_empty": "“{field}” must not be empty.",
	"training.text_too_long":
		"“{field}” is too long ({length} characters); at most {max}.",
	"training.date_in_future":
		"{date} is after today ({today}); only training or practice that has happened can be logged.",
	"training.end_before_start":
		"The end date {end} is before the start date {start}; give the start date first, then the end date.",
	"training.period_too_long":
		"One practice period is at most {max} {max|day|days}; this one has {days}. Log it year by year.",
	"training.bad_id":
		"“{value}” is not a record id; ids are numbers such as 12 or #12.",
	"training.not_found":
		"Your records have no #{id}. Send /records to see your records and their ids.",
	"training.reason_required":
		"#{id} belongs to {owner}; an admin changing someone else's record must give a reason at the end of the command, which goes into the audit trail.",
	"training.example_reason": "entered wrongly",
	"training.field_not_editable":
		"#{id} has no “{field}”; you can change: {fields}.",
	"training.others_admin_only": "Only admins can see other people's records.",
	"training.no_period":
		"Your appraisal period start is not set, so progress cannot be worked out. Set it first, e.g. /teacher profile period=2024-09-01",
	"training.line_training": "#{id} {date} training {hours} h: {title}",
	"training.line_practice":
		"#{id} {start} to {end} enterprise practice {days} {days|day|days}: {enterprise}",
	"training.arg_id": "Record id (see /records)",
	"training.arg_reason":
		"Reason (required when an admin changes another's record)",
	"role.summary": "Manage the teacher role (admins)",
	"role.grant.summary": "Grant the teacher role",
	"role.revoke.summary": "Revoke the teacher role",
	"role.arg_user": "User, e.g. telegram:123456",
	"role.arg_role": "Role (teacher)",
	"role.bad_user":
		"“{value}” is not a user id; the form is platform:id, e.g. telegram:123456, discord:456, console:local.",
	"role.join_disabled":
		"Joining with an invite code is not enabled; ask an admin to give you the teacher role.",
	"role.bad_invite_code":
		"That invite code is not right. Please check it with the academic office or the 1+X office.",
	"role.granted": "{user} is now a teacher.",
	"role.revoked": "{user} is no longer a teacher; their records are kept.",
	"role.target_admin":
		"{user} is an admin from the configuration; that role cannot be changed here.",
	"role.already_teacher": "{user} is already a teacher.",
	"role.not_teacher": "{user} is not a teacher; nothing to revoke.",
	"teacher.summary": "Join as a teacher and set your profile",
	"teacher.join.summary": "Become a teacher with the invite code",
	"teacher.profile.summary":
		"Show or set name, department, appraisal period, professional-course teacher",
	"teacher.arg_code": "Invite code from the academic office",
	"teacher.arg_name": "Name to show",
	"teacher.arg_dept": "Department or teaching section",
	"teacher.arg_period": "Start date of the current appraisal period",
	"teacher.arg_professional": "Professional-course teacher (yes/no)",
	"teacher.joined":
		"Welcome! You are now a teacher and can log training hours and enterprise practice.",
	"teacher.join_already": "You are already a teacher.",
	"teacher.join_admin":
		"You are an admin and can already use every teacher command.",
	"teacher.next_steps":
		"Next: set your department and appraisal period start with /teacher profile, then log with /log.",
	"teacher.profile_saved": "Profile saved.",
	"teacher.period_in_future":
		"The appraisal period start {date} is after today ({today}); give the day your current appraisal period began, e.g. period=2024-09-01.",
	"teacher.code_in_group":
		"Note: the invite code was posted in a group chat, where everyone can read it. Please ask an admin to change it (/teacher code new, or TEACHER_INVITE_CODE); next time, join in a private chat with the bot.",
	"teacher.profile_title": "Your profile",
	"teacher.period_hint":
		"Set your appraisal period start so progress can be worked out: /teacher profile period=2024-09-01",
	"teacher.unset": "not set",
	"teacher.field_name": "Name",
	"teacher.field_department": "Department",
	"teacher.field_period": "Appraisal period start",
	"teacher.field_professional": "Professional-course teacher",
	"teacher.yes": "yes",
	"teacher.no": "no",
	"log.summary": "Log training hours or enterprise practice",
	"log.training.summary": "Log training hours",
	"log.practice.summary": "Log a period of enterprise practice",
	"log.arg_hours": "Hours (more than 0)",
	"log.arg_title": "Training title",
	"log.arg_date": "Date, default today",
	"log.arg_start": "Start date",
	"log.arg_end": "End date",
	"log.arg_enterprise": "Enterprise (in quotes if the name has spaces)",
	"log.arg_note": "Note",
	"log.saved": "Saved:",
	"log.practice_read_as":
		'Enterprise: {enterprise}; note: {note}. Put an enterprise name with spaces in quotes, or the part after the space becomes the note, e.g. /log practice 2026-07-01 2026-08-31 "Some Co" note',
	"log.after_hint":
		"Send /progress for your progress, /records for all records.",
	"log.overlap":
		"This period overlaps {ids} by {days} {days|day|days}; those days count once in your progress.",
	"records.summary": "My training and enterprise-practice records",
	"training.arg_user": "User (admins only, for someone else)",
	"records.empty": "No records yet. Log with /log training or /log practice.",
	"records.title": "Records ({count})",
	"records.hint": "Change: /edit <id> <field> <value>; delete: /delete <id>.",
	"delete.summary": "Delete a record",
	"delete.done": "Deleted:",
	"edit.summary": "Change one field of a record",
	"edit.arg_field": "Field to change",
	"edit.arg_value": "New value",
	"edit.done": "Changed “{field}”: {from} → {to}",
	"progress.summary":
		"Enterprise-practice days and training hours against the requirements",
	"progress.title": "Progress of {name}",
	"progress.practice_label": "Enterprise practice ({start} to {end})",
	"progress.hours_label": "Training hours ({start} to {end})",
	"progress.unit_days": "days",
	"progress.unit_hours": "hours",
	"progress.shortfall":
		"{shortfall} {unit} still missing, due by {deadline} ({daysLeft} {daysLeft|day|days} left).",
	"progress.met": "Requirement met (this period runs to {deadline}).",
	"progress.practice_not_required":
		"Enterprise practice: {days} {days|day|days} logged (not a professional-course teacher, so the 6-month rule does not apply).",
	"progress.sources": "Based on: {sources}",
	"progress.hours_school_setting":
		"The training-hours target is set by the school.",
	"export.summary": "Export my records as CSV (opens in Excel)",
	"export.all.summary": "Export every teacher's records (admins)",
	"export.caption": "Your training and enterprise-practice records",
	"export.caption_all":
		"Every teacher's training and enterprise-practice records",
	"report.summary":
		"Teachers' progress by department, most urgent first (admins)",
	"report.arg_department": "Department; all when left out",
	"report.title": "Progress report · {scope} · {today}",
	"report.all_departments": "all departments",
	"report.empty": "No teachers found.",
	"report.summary_line":
		"{total} {total|teacher|teachers}: {behind} behind, {ok} on track.",
	"report.more": "{more} more not listed; /export all has every record.",
	"report.practice_gap":
		"enterprise practice {days} {days|day|days} short (due {deadline}, {daysLeft} {daysLeft|day|days} left)",
	"report.hours_gap":
		"training {hours} {hours|hour|hours} short (due {deadline})",
};

export const training = { zh, en };
