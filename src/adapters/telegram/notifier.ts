import type { Api } from "grammy";
import type { ChoiceTokens } from "../../core/choice-tokens.js";
import type { Locale } from "../../core/i18n.js";
import type { Logger, Notifier, SendResult } from "../../core/ports.js";
import type { Reply } from "../../core/reply.js";
import { classifySendError } from "./send-errors.js";
import { sendReply } from "./send-reply.js";
import { chatIdOf } from "./to-request.js";

export interface TelegramNotifierOptions {
	api: Api;
	tokens: ChoiceTokens;
	logger: Logger;
	/** Language of the few texts the adapter adds itself (e.g. "please choose"); default zh-CN. */
	locale?: Locale;
}

/**
 * Sends reminders to `telegram:<chatId>` chats. Never throws: a blocked or kicked bot
 * answers `blocked`, a chat that is gone answers `gone` (the outbox pauses those
 * subscriptions), flood limits and outages answer `retry` after bounded retries.
 * A multi-part reply that fails half way may be repeated in part when retried.
 */
export function createTelegramNotifier(
	options: TelegramNotifierOptions,
): Notifier {
	const { api, tokens, logger } = options;
	const locale = options.locale ?? "zh-CN";
	return {
		platform: "telegram",
		// Telegram asks bots to stay under about 30 messages a second in bulk (and one a second
		// per chat, which the sweep keeps by never sending two to one chat at once). At a typical
		// 200-300 ms per call, 8 in flight is about that; a 429 is waited out by the retry transformer.
		maxConcurrentSends: 8,
		async send(chatKey: string, reply: Reply): Promise<SendResult> {
			const chatId = chatIdOf(chatKey);
			if (chatId === undefined)
				return {
					ok: false,
					reason: "gone",
					detail: `not a Telegram chat: ${chatKey}`,
				};
			try {
				await sendReply(api, chatId, reply, { tokens, locale });
				return { ok: true };
			} catch (error) {
				const { reason, detail, bug } = classifySendError(error);
				(bug ? logger.error : logger.warn).call(
					logger,
					"telegram send failed",
					{
						chat: chatKey,
						reason,
						detail,
					},
				);
				return { ok: false, reason, detail };
			}
		},
	};
}
