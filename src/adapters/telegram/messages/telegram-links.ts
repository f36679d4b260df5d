/** Messages of Telegram deep links (`/start <payload>`) and topics. */
const zh = {
	"telegram.link_invalid":
		"这个链接无效：可能被改动过、太长，或来自别的机器人。请直接在这里发送命令，例如：/help",
	"telegram.link_expired":
		"这个链接已失效：链接 24 小时内有效，回复只能打开一次，已执行的命令不会重复执行。请直接在这里发送命令，例如：/help",
	"telegram.link_not_yours":
		"这个链接里是给另一位用户的回复，不能在这里打开。你可以直接发送自己的命令，例如：/help",
} as const;

const en: Record<keyof typeof zh, string> = {
	"telegram.link_invalid":
		"This link is not valid: it was changed, is too long, or belongs to another bot. Send the command here instead, for example: /help",
	"telegram.link_expired":
		"This link has expired: links work for 24 hours, a reply opens once, and a command that was carried out is never run again. Send the command here instead, for example: /help",
	"telegram.link_not_yours":
		"This link holds a reply for someone else and cannot be opened here. Send your own command instead, for example: /help",
};

export const telegramLinks = { zh, en };
