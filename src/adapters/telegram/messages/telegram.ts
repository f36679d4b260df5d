/** Messages of the telegram adapter. */
const zh = {
	"telegram.private_sent": "已私信回复你，请查看与我的私聊。",
	"telegram.private_start_needed":
		"我还不能私信你：请点下面的按钮打开与我的私聊，再点「开始」，回复就会显示在那里，不用再发一次命令。",
	"telegram.private_start_button": "打开私聊",
	"telegram.private_failed": "暂时无法私信你，请稍后再试。",
	"telegram.button_expired": "这个按钮已过期，请重新发送命令。",
	"telegram.choose": "请选择：",
	"telegram.more_choices": "更多选项（直接发送命令）：",
} as const;

const en: Record<keyof typeof zh, string> = {
	"telegram.private_sent":
		"I have replied to you privately; please check our private chat.",
	"telegram.private_start_needed":
		"I cannot message you privately yet: press the button below to open our private chat, then press Start; the reply appears there, with no need to send the command again.",
	"telegram.private_start_button": "Open private chat",
	"telegram.private_failed":
		"I could not message you privately right now; please try again later.",
	"telegram.button_expired":
		"This button has expired; please send the command again.",
	"telegram.choose": "Please choose:",
	"telegram.more_choices": "More options (send the command):",
};

export const telegram = { zh, en };
