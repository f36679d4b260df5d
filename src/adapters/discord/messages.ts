/** Messages of the discord adapter and of argument completion. */
const zh = {
	"discord.default_action": "查看",
	"discord.button_expired": "这个按钮已经过期了，请重新输入命令。",
	"discord.no_reply": "好的。",
	"discord.continued": "（续）",
	"discord.more_choices": "更多选项：",
	"discord.file_too_large": "文件 {name} 太大，无法在 Discord 发送。",
	"discord.complete_major": "{name}（{level}）{code}",
	"discord.complete_exam": "{certificate} {levels} 考试 {date}（{id}）",
} as const;

const en: Record<keyof typeof zh, string> = {
	"discord.default_action": "show",
	"discord.button_expired":
		"This button has expired; please type the command again.",
	"discord.no_reply": "OK.",
	"discord.continued": "(continued)",
	"discord.more_choices": "More options:",
	"discord.file_too_large": "The file {name} is too large to send on Discord.",
	"discord.complete_major": "{name} ({level}) {code}",
	"discord.complete_exam": "{certificate} {levels} exam {date} ({id})",
};

export const discord = { zh, en };
