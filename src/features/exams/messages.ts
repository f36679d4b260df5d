/** Messages of the exams area: exam rounds, calendar files, subscriptions and reminders. */
const zh = {
	"exam.summary": "查看证书的考试安排（报名、缴费、考试、成绩公示）",
	"exam.add.summary": "添加考试批次（管理员）",
	"exam.list.summary": "列出考试批次及编号",
	"exam.remove.summary": "删除管理员添加的考试批次（管理员）",
	"exam.ics.summary": "下载考试日程的日历文件（.ics）",
	"exam.arg_certificate": "证书名称、简称或编号",
	"exam.arg_level": "等级：初级、中级、高级（多个用逗号分隔）",
	"exam.arg_exam": "考试日期",
	"exam.arg_register_by": "报名截止日期",
	"exam.arg_pay_by": "缴费截止日期",
	"exam.arg_results": "成绩公示日期",
	"exam.arg_site": "考点",
	"exam.site_too_long": "考点名称太长了，请控制在 {max} 个字以内。",
	"exam.arg_id": "考试批次编号（如 r1）",
	"exam.cert_ambiguous": "「{query}」可能指以下证书，请选一个：",
	"exam.cert_ambiguous_ids": "「{query}」可能指：{list}。请改用证书编号重试。",
	"exam.upcoming_title": "{cert} · 考试安排",
	"exam.none": "目前没有「{cert}」今后的已知考试安排。",
	"exam.past_rounds_title": "往期考试计划（已结束，供参考）",
	"exam.past_round_line": "考试 {exam}，报名截止 {register}",
	"exam.past_title":
		"往年考试（学校报道，只说明一般在什么时候考，不是考试安排）",
	"exam.ask_org":
		"试点期间考试由培训评价组织（{org}）按考核站点安排；现在请以学校 1+X 办公室的通知为准。",
	"exam.ask": "考试安排请以学校 1+X 办公室的通知为准。",
	"exam.round": "批次 {id}{levels}",
	"exam.f_register": "报名截止",
	"exam.f_pay": "缴费截止",
	"exam.f_exam": "考试日期",
	"exam.f_results": "成绩公示",
	"exam.f_site": "考点",
	"exam.f_note": "备注",
	"exam.f_source": "来源",
	"exam.not_published": "未公布",
	"exam.btn_subscribe": "订阅提醒",
	"exam.btn_ics": "日历文件",
	"exam.order":
		"日期顺序不对：{first}（{a}）不能晚于 {second}（{b}）。应为 报名截止 ≤ 缴费截止 < 考试日期 ≤ 成绩公示。",
	"exam.exam_past": "考试日期 {date} 已经过去了，请填写今天以后的日期。",
	"exam.duplicate":
		"同一证书、同一等级、同一天的考试批次已经存在：{id}。如需修改，请先 /exam remove {id}。",
	"exam.bad_level":
		"不认识的等级「{value}」，可选：初级、中级、高级（多个用逗号分隔）。",
	"exam.added": "已添加考试批次 {id}：{cert}{levels}，考试日期 {exam}。",
	"exam.added_hint": "订阅了该证书的聊天会按时收到提醒。",
	"exam.removed": "已删除考试批次 {id}。",
	"exam.remove_not_found":
		"没有编号为 {id} 的考试批次。发送 /exam list 查看编号。",
	"exam.remove_shipped":
		"{id} 是随数据发布的考试批次（knowledge/exams.json），不能在聊天中删除，请修改数据文件。",
	"exam.list_title": "考试批次",
	"exam.list_empty": "还没有考试批次。管理员可以用 /exam add 添加。",
	"exam.list_item":
		"{id} {cert}{levels}：考试 {exam}，报名截止 {register}{mark}",
	"exam.list_more": "还有 {n} 个未列出，请指定证书：/exam list <证书>。",
	"exam.mark_added": "（管理员录入）",
	"exam.source_added": "学校管理员录入（{date}）",
	"exam.ics_caption":
		"{cert}：{n} 个日程，每个都在前一天提醒。导入手机日历即可。",
	"exam.ics_none": "「{cert}」没有今后的考试日程，暂时没有日历文件。",
	"exam.ics_event": "{cert}{levels} {milestone}",
	"subscribe.summary": "为本聊天订阅某证书的考试提醒",
	"unsubscribe.summary": "退订某证书的考试提醒",
	"subscriptions.summary": "查看本聊天订阅的证书",
	"subscribe.added":
		"已为本聊天订阅「{cert}」的提醒：报名截止前 7 天和前 1 天、缴费截止前 1 天、考试前 7 天和前一天、成绩公示当天，每天 {time}（{zone}）发送。",
	"subscribe.known_rounds": "目前已知 {n} 个今后的考试批次。",
	"subscribe.no_rounds":
		"目前没有已知的今后考试批次；如果管理员添加了新的批次，本聊天会自动收到提醒。",
	"subscribe.exists": "本聊天已经订阅了「{cert}」。",
	"subscribe.resumed": "本聊天之前暂停的提醒已恢复。",
	"reminders.group_needs_teacher":
		"在群里只有教师或管理员可以为本群订阅或退订提醒。你也可以私聊我，为自己订阅。",
	"reminders.group_needs_admin":
		"在群里只有管理员可以为本群订阅或退订提醒。你也可以私聊我，为自己订阅。",
	"unsubscribe.removed": "已退订「{cert}」。",
	"unsubscribe.not_subscribed":
		"本聊天没有订阅「{cert}」。发送 /subscriptions 查看已订阅的证书。",
	"subscriptions.title": "本聊天订阅的证书",
	"subscriptions.empty": "本聊天还没有订阅任何证书。例如：/subscribe Web前端",
	"subscriptions.paused":
		"本聊天的提醒已暂停（{reason}，{at}）。重新订阅即可恢复。",
	"subscriptions.reason_gone": "聊天已不存在",
	"subscriptions.reason_blocked": "机器人被屏蔽",
	"subscriptions.admin_title": "已暂停的聊天（仅管理员可见）",
	"subscriptions.admin_item": "{chat}：{reason}，{at}",
	"subscriptions.admin_none": "没有被暂停的聊天。",
	"subscriptions.admin_problems":
		"发送失败 {failed} 条；结果不明 {uncertain} 条（发送时进程中断，不会重发）。",
	"remind.summary": "提醒设置",
	"remind.practice.summary": "开启或关闭企业实践不足提醒（教师）",
	"remind.arg_state": "on 开启 / off 关闭",
	"remind.practice_off":
		"已关闭企业实践提醒。发送 /remind practice on 可重新开启。",
	"remind.practice_on":
		"已开启企业实践提醒：周期结束前 12、6、3、1 个月时，如企业实践天数不足，会私信提醒你。",
	"reminders.late": "（延迟送达）",
	"reminders.when_today": "今天",
	"reminders.when_tomorrow": "明天",
	"reminders.when_days": "{days} 天后",
	"reminders.register":
		"【报名提醒】{cert}{levels}的报名将于{when}（{date}）截止，请按学校通知及时报名。",
	"reminders.pay": "【缴费提醒】{cert}{levels}的缴费将于{when}（{date}）截止。",
	"reminders.exam": "【考试提醒】{cert}{levels}将于{when}（{date}）考试。",
	"reminders.exam_bring": "请按考点通知准备证件，提前确认考场和考试时间。",
	"reminders.results":
		"【成绩公示】{cert}{levels}的成绩公示日期是 {date}，请留意培训评价组织或学校的通知。",
	"reminders.site": "考点：{site}",
	"reminders.note": "备注：{note}",
	"reminders.source": "来源：{source}",
	"reminders.unsubscribe": "退订：/unsubscribe {id}",
	"reminders.practice":
		"【企业实践提醒】你当前的五年周期将于 {end} 结束（约剩 {months} 个月）。已记录企业实践 {done} 天，要求 {required} 天，还差 {short} 天。",
	"reminders.practice_off": "不想收到这条提醒：/remind practice off",
} as const;

const en: Record<keyof typeof zh, string> = {
	"exam.summary":
		"Exam rounds of a certificate (registration, payment, exam, results)",
	"exam.add.summary": "Add an exam round (admins)",
	"exam.list.summary": "List exam rounds with their ids",
	"exam.remove.summary": "Remove an exam round added by an admin (admins)",
	"exam.ics.summary": "Calendar file (.ics) of the upcoming exam dates",
	"exam.arg_certificate": "Certificate name, short name or id",
	"exam.arg_level": "Level: 初级, 中级, 高级 (comma-separated for several)",
	"exam.arg_exam": "Exam date",
	"exam.arg_register_by": "Registration deadline",
	"exam.arg_pay_by": "Payment deadline",
	"exam.arg_results": "Results publication date",
	"exam.arg_site": "Exam site",
	"exam.site_too_long":
		"The exam site is too long; keep it within {max} characters.",
	"exam.arg_id": "Exam round id (e.g. r1)",
	"exam.cert_ambiguous": "“{query}” may mean one of these; pick one:",
	"exam.cert_ambiguous_ids":
		"“{query}” may mean: {list}. Please retry with the certificate id.",
	"exam.upcoming_title": "{cert} · exam rounds",
	"exam.none": "No upcoming exam rounds of “{cert}” are known.",
	"exam.past_rounds_title": "Past exam plans (over; for reference)",
	"exam.past_round_line": "exam {exam}, register by {register}",
	"exam.past_title":
		"Past exams (school reports: when it is usually held, not a schedule)",
	"exam.ask_org":
		"During the pilot the training and evaluation organisation ({org}) scheduled exams per exam site; today go by your school's 1+X office.",
	"exam.ask": "For exam dates, go by your school's 1+X office.",
	"exam.round": "Round {id}{levels}",
	"exam.f_register": "Registration closes",
	"exam.f_pay": "Payment closes",
	"exam.f_exam": "Exam",
	"exam.f_results": "Results published",
	"exam.f_site": "Site",
	"exam.f_note": "Note",
	"exam.f_source": "Source",
	"exam.not_published": "not published",
	"exam.btn_subscribe": "Subscribe",
	"exam.btn_ics": "Calendar file",
	"exam.order":
		"Dates in the wrong order: {first} ({a}) cannot be after {second} ({b}). Expected registration ≤ payment < exam ≤ results.",
	"exam.exam_past":
		"The exam date {date} has passed; please give a later date.",
	"exam.duplicate":
		"A round of the same certificate, level and day exists: {id}. To change it, first /exam remove {id}.",
	"exam.bad_level":
		"Unknown level “{value}”; use 初级, 中级 or 高级 (comma-separated for several).",
	"exam.added": "Added exam round {id}: {cert}{levels}, exam on {exam}.",
	"exam.added_hint": "Chats subscribed to this certificate will be reminded.",
	"exam.removed": "Removed exam round {id}.",
	"exam.remove_not_found":
		"There is no exam round {id}. Send /exam list for the ids.",
	"exam.remove_shipped":
		"{id} ships with the data (knowledge/exams.json) and cannot be removed in chat; edit the data file.",
	"exam.list_title": "Exam rounds",
	"exam.list_empty": "No exam rounds yet. Admins add them with /exam add.",
	"exam.list_item":
		"{id} {cert}{levels}: exam {exam}, registration closes {register}{mark}",
	"exam.list_more":
		"{n} more not shown; name a certificate: /exam list <certificate>.",
	"exam.mark_added": " (added by an admin)",
	"exam.source_added": "Entered by the school's admin ({date})",
	"exam.ics_caption":
		"{cert}: {n} {n|date|dates}, each with an alarm the day before. Open it to add them to your calendar.",
	"exam.ics_none":
		"“{cert}” has no upcoming exam dates, so there is no calendar file yet.",
	"exam.ics_event": "{cert}{levels} {milestone}",
	"subscribe.summary": "Subscribe this chat to a certificate's exam reminders",
	"unsubscribe.summary": "Unsubscribe from a certificate's reminders",
	"subscriptions.summary": "Certificates this chat is subscribed to",
	"subscribe.added":
		"This chat is subscribed to “{cert}”: registration closing (7 days and 1 day before), payment closing (1 day before), the exam (7 days before and the eve) and results (on the day), sent at {time} ({zone}).",
	"subscribe.known_rounds": "{n} upcoming exam round(s) are known.",
	"subscribe.no_rounds":
		"No upcoming exam rounds are known; if an admin adds one, this chat will be reminded.",
	"subscribe.exists": "This chat is already subscribed to “{cert}”.",
	"subscribe.resumed": "Reminders to this chat, paused before, are resumed.",
	"reminders.group_needs_teacher":
		"In a group only teachers or admins may subscribe or unsubscribe the group. You can subscribe yourself in a private chat with me.",
	"reminders.group_needs_admin":
		"In a group only admins may subscribe or unsubscribe the group. You can subscribe yourself in a private chat with me.",
	"unsubscribe.removed": "Unsubscribed from “{cert}”.",
	"unsubscribe.not_subscribed":
		"This chat is not subscribed to “{cert}”. Send /subscriptions to see what it is subscribed to.",
	"subscriptions.title": "This chat's subscriptions",
	"subscriptions.empty":
		"This chat is not subscribed to any certificate. For example: /subscribe Web前端",
	"subscriptions.paused":
		"Reminders to this chat are paused ({reason}, {at}). Subscribe again to resume them.",
	"subscriptions.reason_gone": "the chat no longer exists",
	"subscriptions.reason_blocked": "the bot was blocked",
	"subscriptions.admin_title": "Paused chats (admins only)",
	"subscriptions.admin_item": "{chat}: {reason}, {at}",
	"subscriptions.admin_none": "No chat is paused.",
	"subscriptions.admin_problems":
		"{failed} failed sends; {uncertain} with unknown outcome (interrupted while sending; never resent).",
	"remind.summary": "Reminder settings",
	"remind.practice.summary":
		"Turn enterprise-practice shortfall reminders on or off (teachers)",
	"remind.arg_state": "on / off",
	"remind.practice_off":
		"Enterprise-practice reminders are off. Send /remind practice on to turn them back on.",
	"remind.practice_on":
		"Enterprise-practice reminders are on: 12, 6, 3 and 1 month(s) before your period ends, you get a private message if your practice days fall short.",
	"reminders.late": " (delivered late)",
	"reminders.when_today": "today",
	"reminders.when_tomorrow": "tomorrow",
	"reminders.when_days": "in {days} {days|day|days}",
	"reminders.register":
		"[Registration] Registration for {cert}{levels} closes {when} ({date}); register as your school instructs.",
	"reminders.pay":
		"[Payment] Payment for {cert}{levels} closes {when} ({date}).",
	"reminders.exam": "[Exam] The {cert}{levels} exam is {when} ({date}).",
	"reminders.exam_bring":
		"Bring the documents the exam site's notice asks for, and check the room and time in advance.",
	"reminders.results":
		"[Results] Results of {cert}{levels} are published on {date}; watch for the notice of the organisation or your school.",
	"reminders.site": "Site: {site}",
	"reminders.note": "Note: {note}",
	"reminders.source": "Source: {source}",
	"reminders.unsubscribe": "Unsubscribe: /unsubscribe {id}",
	"reminders.practice":
		"[Enterprise practice] Your five-year period ends on {end} (about {months} {months|month|months} left). Logged: {done} {done|day|days} of the {required} required; {short} {short|day|days} short.",
	"reminders.practice_off": "To stop this reminder: /remind practice off",
};

export const exams = { zh, en };
