import type { Api } from "grammy";
import type { ChoiceTokens } from "../../core/choice-tokens.js";
import { translator } from "../../core/i18n.js";
import type { Logger } from "../../core/ports.js";
import type { Reply } from "../../core/reply.js";
import type { Request } from "../../core/request.js";
import { escapeHtml } from "./render-html.js";
import { classifySendError, isForbidden } from "./send-errors.js";
import { sendReply } from "./send-reply.js";
import { chatIdOf } from "./to-request.js";

export interface DeliverOptions {
	api: Api;
	tokens: ChoiceTokens;
	logger: Logger;
	/** The bot's username, for the t.me link that lets a user start the private chat. */
	botUsername: string;
	/** The message being answered (groups: the note or reply quotes it). */
	replyTo?: number;
}

/** `https://t.me/<bot>`: opens the private chat with its Start button. */
export function startLink(botUsername: string): string {
	return `https://t.me/${botUsername}`;
}

/**
 * Sends a reply where it belongs. A `private` reply asked for in a group goes to the user's
 * private chat and the group only gets a short note; when Telegram refuses (403: the user
 * never started the bot or blocked it) the group is told how to start it. The personal
 * content itself is never posted in the group, whatever fails.
 */
export async function deliverReply(
	request: Request,
	reply: Reply,
	options: DeliverOptions,
): Promise<void> {
	const { api, tokens, logger } = options;
	const chatId = chatIdOf(request.chat.key);
	if (chatId === undefined) return;
	const inGroup = request.chat.kind === "group";
	const replyTo = inGroup ? options.replyTo : undefined;
	const locale = request.locale;
	if (!reply.private || !inGroup) {
		await sendReply(api, chatId, reply, {
			tokens,
			locale,
			...(replyTo === undefined ? {} : { replyTo }),
		});
		return;
	}
	const t = translator(locale);
	const note = (text: string, button?: { text: string; url: string }) =>
		api.sendMessage(chatId, escapeHtml(text), {
			parse_mode: "HTML",
			link_preview_options: { is_disabled: true },
			...(replyTo === undefined
				? {}
				: {
						reply_parameters: {
							message_id: replyTo,
							allow_sending_without_reply: true,
						},
					}),
			...(button ? { reply_markup: { inline_keyboard: [[button]] } } : {}),
		});
	const userId = chatIdOf(request.user.key);
	try {
		if (userId === undefined)
			throw new Error(`not a Telegram user: ${request.user.key}`);
		await sendReply(api, userId, reply, { tokens, locale });
	} catch (error) {
		if (isForbidden(error)) {
			const link = startLink(options.botUsername);
			await note(t("telegram.private_start_needed", { link }), {
				text: t("telegram.private_start_button"),
				url: link,
			});
			return;
		}
		logger.warn("telegram private reply failed", {
			user: request.user.key,
			chat: request.chat.key,
			detail: classifySendError(error).detail,
		});
		await note(t("telegram.private_failed"));
		return;
	}
	await note(t("telegram.private_sent"));
}
