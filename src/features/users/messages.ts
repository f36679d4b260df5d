/** Messages of invite codes: the brakes on joining, and the admins' `/teacher code`. */
const zh = {
	"users.invite_paused":
		"用邀请码加入暂时关闭了（短时间内错误的邀请码太多）。请联系管理员。",
	"users.invite_wait": "错误的邀请码太多了，请 {minutes} 分钟后再试。",
	"users.invite_expired": "这个邀请码已过期。请向管理员索取新的邀请码。",
	"users.invite_alert_paused":
		"⚠️ {minutes} 分钟内收到 {failures} 次错误的邀请码（来自 {users} 个账号），已暂停用邀请码加入。请用 /teacher code new 生成新的邀请码，或用 /teacher code resume 恢复加入。",
	"teacher.code.summary": "邀请码：状态、生成新码、恢复加入（管理员）",
	"teacher.code.status.summary": "查看邀请码与加入记录",
	"teacher.code.new.summary": "生成一个新的邀请码（7 天有效），同时恢复加入",
	"teacher.code.resume.summary": "恢复暂停的加入",
	"teacher.code_new_done":
		"新的邀请码：{code}\n有效期至 {expires}。请只私下发给教师；之前生成的邀请码已失效，加入已开放。",
	"teacher.code_resumed": "已恢复用邀请码加入。",
	"teacher.code_not_paused": "加入没有暂停，无需恢复。",
	"teacher.code_status_title": "邀请码状态",
	"teacher.code_configured": "配置的邀请码",
	"teacher.code_generated": "生成的邀请码",
	"teacher.code_joining": "加入",
	"teacher.code_failures": "24 小时内错误次数",
	"teacher.code_set": "已设置（TEACHER_INVITE_CODE）",
	"teacher.code_unset": "未设置",
	"teacher.code_valid_until": "有效至 {date}",
	"teacher.code_none": "无",
	"teacher.code_paused_since": "已暂停（自 {since}）",
	"teacher.code_open": "开放",
	"teacher.code_recent": "最近记录：",
	"users.invite_action.joined": "用邀请码加入",
	"users.invite_action.wrong": "邀请码错误",
	"users.invite_action.expired": "邀请码已过期",
	"users.invite_action.waiting": "等待期内被拒",
	"users.invite_action.refused-paused": "暂停期间被拒",
	"users.invite_action.paused": "暂停加入（{failures} 次错误，{users} 个账号）",
	"users.invite_action.new-code": "生成新邀请码",
	"users.invite_action.resumed": "恢复加入",
} as const;

const en: Record<keyof typeof zh, string> = {
	"users.invite_paused":
		"Joining with an invite code is paused for now (too many wrong codes in a short time). Please contact an admin.",
	"users.invite_wait":
		"Too many wrong invite codes. Please try again in {minutes} min.",
	"users.invite_expired":
		"This invite code has expired. Please ask an admin for a new one.",
	"users.invite_alert_paused":
		"⚠️ {failures} wrong invite codes in {minutes} min (from {users} accounts): joining with an invite code is paused. Make a new code with /teacher code new, or resume joining with /teacher code resume.",
	"teacher.code.summary":
		"Invite codes: status, a new code, resume joining (admins)",
	"teacher.code.status.summary": "Show invite codes and recent joins",
	"teacher.code.new.summary":
		"Make a new invite code (valid 7 days); also resumes joining",
	"teacher.code.resume.summary": "Resume joining after a pause",
	"teacher.code_new_done":
		"New invite code: {code}\nValid until {expires}. Give it to teachers privately only; the previous generated code no longer works, and joining is open.",
	"teacher.code_resumed": "Joining with an invite code is open again.",
	"teacher.code_not_paused": "Joining is not paused; nothing to resume.",
	"teacher.code_status_title": "Invite codes",
	"teacher.code_configured": "Configured code",
	"teacher.code_generated": "Generated code",
	"teacher.code_joining": "Joining",
	"teacher.code_failures": "Wrong codes in 24 h",
	"teacher.code_set": "set (TEACHER_INVITE_CODE)",
	"teacher.code_unset": "not set",
	"teacher.code_valid_until": "valid until {date}",
	"teacher.code_none": "none",
	"teacher.code_paused_since": "paused (since {since})",
	"teacher.code_open": "open",
	"teacher.code_recent": "Recent:",
	"users.invite_action.joined": "joined with a code",
	"users.invite_action.wrong": "wrong code",
	"users.invite_action.expired": "expired code",
	"users.invite_action.waiting": "refused while waiting",
	"users.invite_action.refused-paused": "refused while paused",
	"users.invite_action.paused":
		"joining paused ({failures} wrong codes, {users} accounts)",
	"users.invite_action.new-code": "new code made",
	"users.invite_action.resumed": "joining resumed",
};

export const invites = { zh, en };
