/** What the bot says about itself: its name and what it can do, in help, start and the console. */
const zh = {
	"help.title": "1+X 证书助手",
	"help.intro":
		"我可以帮你查 X 证书（1+X 职业技能等级证书）、查专业对口的证书、查考试和报名时间；教师可以记录培训学时和企业实践。直接发问题也可以。",
	"start.welcome": "你好！我是 1+X 证书助手。",
	"console.welcome":
		"1+X 证书助手 · 控制台。直接提问，或输入 /help 查看命令；输入列表中的数字相当于点按钮；Ctrl+D 退出。",
} as const;

const en: Record<keyof typeof zh, string> = {
	"help.title": "1+X certificate assistant",
	"help.intro":
		"I look up X certificates (1+X vocational skill level certificates), certificates that fit a major, and exam and registration dates; teachers can log training hours and enterprise practice. You can also just ask a question.",
	"start.welcome": "Hello! I am the 1+X certificate assistant.",
	"console.welcome":
		"1+X certificate assistant · console. Ask a question or type /help; typing a listed number presses that button; Ctrl+D quits.",
};

export const botMessages = { zh, en };
