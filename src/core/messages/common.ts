/** Messages of the core: parsing, dispatch, help. */
const zh = {
	"errors.internal": "抱歉，处理这条消息时出了问题，已记录下来。请稍后再试。",
	"errors.not_saved":
		"没有保存成功：服务器暂时无法写入数据，这次的修改没有生效。请稍后再试一次。",
	"errors.example": "例如：{examples}",
	"errors.rate_limited": "消息太频繁了，请 {seconds} 秒后再试。",
	"errors.input_empty": "请输入内容。发送 /help 查看可以做什么。",
	"errors.input_too_long":
		"消息太长了（{length} 个字符），请控制在 {max} 个字符以内。",
	"errors.command_unknown": "没有 /{name} 这个命令。",
	"errors.command_did_you_mean": "你是不是想用：",
	"errors.command_unknown_hint": "发送 /help 查看全部命令。",
	"errors.command_no_access_teacher":
		"/{name} 只对教师开放。教师请先用邀请码加入：/teacher join <邀请码>。",
	"errors.command_no_access_admin": "/{name} 只对管理员开放。",
	"errors.command_needs_subcommand": "/{name} 需要指定操作：{actions}。",
	"errors.command_unknown_subcommand":
		"/{name} 没有「{action}」这个操作，可用的有：{actions}。",
	"help.arg_label": "{name}：{meaning}",
	"errors.args_missing": "缺少参数「{arg}」。用法：{usage}",
	"errors.args_too_many": "参数太多了：「{extra}」。用法：{usage}",
	"errors.args_not_number": "「{value}」不是数字（参数「{arg}」）。",
	"errors.args_not_integer": "「{value}」不是整数（参数「{arg}」）。",
	"errors.args_too_small": "参数「{arg}」不能小于 {min}，收到的是 {value}。",
	"errors.args_too_large": "参数「{arg}」不能大于 {max}，收到的是 {value}。",
	"errors.args_not_date":
		"「{value}」不是有效日期（参数「{arg}」）。可以写 2026-07-01、2026/7/1、7月1日、今天 或 昨天。",
	"errors.args_not_choice":
		"「{value}」不是参数「{arg}」的可选值，可选：{choices}。",
	"errors.args_unclosed_quote": "引号没有闭合：{text}",
	"errors.args_unknown_option":
		"不认识的选项「{option}」，可用的有：{options}。",
	"help.commands": "命令",
	"help.more": "发送 /help <命令> 查看某个命令的用法，例如 /help cert。",
	"help.usage": "用法",
	"help.examples": "例子",
	"help.aliases": "别名",
	"help.access_teacher": "（教师）",
	"help.access_admin": "（管理员）",
	"start.try": "试试这些：",
	"common.role_student": "学生",
	"common.role_teacher": "教师",
	"common.role_admin": "管理员",
	"common.replied_privately": "已私信回复你。",
} as const;

const en: Record<keyof typeof zh, string> = {
	"errors.internal":
		"Sorry, something went wrong while handling that message. It has been logged; please try again later.",
	"errors.not_saved":
		"Not saved: the server could not store data just now, so this change did not take effect. Please try again later.",
	"errors.example": "For example: {examples}",
	"errors.rate_limited": "Too many messages. Please try again in {seconds} s.",
	"errors.input_empty":
		"Please type something. Send /help to see what I can do.",
	"errors.input_too_long":
		"That message is too long ({length} characters); please keep it under {max}.",
	"errors.command_unknown": "There is no /{name} command.",
	"errors.command_did_you_mean": "Did you mean:",
	"errors.command_unknown_hint": "Send /help for all commands.",
	"errors.command_no_access_teacher":
		"/{name} is for teachers. Teachers join with an invite code first: /teacher join <code>.",
	"errors.command_no_access_admin": "/{name} is for admins only.",
	"errors.command_needs_subcommand": "/{name} needs an action: {actions}.",
	"errors.command_unknown_subcommand":
		"/{name} has no action “{action}”; available: {actions}.",
	"help.arg_label": "{name}: {meaning}",
	"errors.args_missing": "Missing argument “{arg}”. Usage: {usage}",
	"errors.args_too_many": "Too many arguments: “{extra}”. Usage: {usage}",
	"errors.args_not_number": "“{value}” is not a number (argument “{arg}”).",
	"errors.args_not_integer":
		"“{value}” is not a whole number (argument “{arg}”).",
	"errors.args_too_small": "“{arg}” must be at least {min}; got {value}.",
	"errors.args_too_large": "“{arg}” must be at most {max}; got {value}.",
	"errors.args_not_date":
		"“{value}” is not a valid date (argument “{arg}”). Use 2026-07-01, 2026/7/1, 7月1日, today or yesterday.",
	"errors.args_not_choice":
		"“{value}” is not a valid value for “{arg}”; choose one of: {choices}.",
	"errors.args_unclosed_quote": "A quote is not closed: {text}",
	"errors.args_unknown_option":
		"Unknown option “{option}”; available: {options}.",
	"help.commands": "Commands",
	"help.more": "Send /help <command> for one command's usage, e.g. /help cert.",
	"help.usage": "Usage",
	"help.examples": "Examples",
	"help.aliases": "Aliases",
	"help.access_teacher": "(teachers)",
	"help.access_admin": "(admins)",
	"start.try": "Try these:",
	"common.role_student": "student",
	"common.role_teacher": "teacher",
	"common.role_admin": "admin",
	"common.replied_privately": "I have replied to you privately.",
};

export const common = { zh, en };
