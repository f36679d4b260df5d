import type { Api } from "grammy";
import type { ChoiceTokens } from "../../core/choice-tokens.js";
import { translator } from "../../core/i18n.js";
import type { Logger } from "../../core/ports.js";
import type { Reply } from "../../core/reply.js";
import type { Request } from "../../core/request.js";
import { type DeepLinks, startUrl } from "./deep-links.js";
import { escapeHtml } from "./render-html.js";
import { classifySendError, isForbidden, isTopicGone } from "./send-errors.js";
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
	/** The forum topic it was asked in: every public answer goes there. */
	threadId?: number;
	/** Payloads for the Start button when the user cannot be messaged yet. */
	links: DeepLinks;
}

/**
 * Sends a reply where it belongs. A `private` reply asked for in a group goes to the user's
 * private chat and the group only gets a short note; when Telegram refuses (403: the user
 * never started the bot or blocked it) the note carries a Start button whose payload re-runs
 * a read or shows the kept reply of a write. The personal content itself is never posted in
 * the group, whatever fails. An answer for a forum topic that was deleted is dropped.
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
	const threadId = inGroup ? options.threadId : undefined;
	const deliver = async (): Promise<void> => {
		if (!reply.private || !inGroup) {
			await sendReply(api, chatId, reply, {
				tokens,
				locale,
				...(replyTo === undefined ? {} : { replyTo }),
				...(threadId === undefined ? {} : { threadId }),
			});
			return;
		}
		const t = translator(locale);
		const note = (text: string, button?: { text: string; url: string }) =>
			api.sendMessage(chatId, escapeHtml(text), {
				...(threadId === undefined ? {} : { message_thread_id: threadId }),
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
			if (isForbidden(error) && userId !== undefined) {
				const payload =
					(reply.readOnly && request.text
						? options.links.forRead(request.text)
						: undefined) ?? options.links.forReply(userId, reply);
				await note(t("telegram.private_start_needed"), {
					text: t("telegram.private_start_button"),
					url: startUrl(options.botUsername, payload),
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
	};
	try {
		await deliver();
	} catch (error) {
		if (!isTopicGone(error)) throw error;
		logger.info("telegram topic gone; answer dropped", {
			chat: request.chat.key,
			thread: threadId,
		});
	}
}
