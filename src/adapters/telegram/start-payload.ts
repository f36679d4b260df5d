import type { Api } from "grammy";
import type { Message } from "grammy/types";
import type { ChoiceTokens } from "../../core/choice-tokens.js";
import type { Dispatcher } from "../../core/dispatcher.js";
import { translator } from "../../core/i18n.js";
import type { Logger } from "../../core/ports.js";
import type { DeepLinks } from "./deep-links.js";
import { deliverReply } from "./private-replies.js";
import { escapeHtml } from "./render-html.js";
import { sendReply } from "./send-reply.js";
import { type BotIdentity, messageToRequest } from "./to-request.js";

/** `/start <payload>` (or `/start@Bot <payload>`): the payload, else `undefined`. */
export function startPayloadOf(
	text: string,
	botName: string,
): string | undefined {
	const m = /^\/start(?:@(\w+))?[ \t]+(\S[\s\S]*)$/i.exec(text.trim());
	if (!m?.[2]) return undefined;
	if (m[1] && m[1].toLowerCase() !== botName.toLowerCase()) return undefined;
	return m[2].trim();
}

export interface StartPayloadDeps {
	api: Api;
	me: BotIdentity & { username: string };
	dispatcher: Dispatcher;
	links: DeepLinks;
	tokens: ChoiceTokens;
	logger: Logger;
}

/**
 * Opens a deep link in the private chat: a read runs again as the user who opened it, a kept
 * reply is shown once to the user it was meant for, and anything else gets a short
 * explanation. Nothing from the payload is echoed back.
 */
export async function openStartPayload(
	message: Message,
	payload: string,
	deps: StartPayloadDeps,
): Promise<void> {
	const request = messageToRequest(message, deps.me);
	if (!request || !message.from) return;
	const opened = deps.links.open(payload, message.from.id);
	const chatId = message.chat.id;
	if (opened.kind === "run") {
		const ran = { ...request, text: opened.text };
		const reply = await deps.dispatcher.handle(ran);
		if (!reply) return;
		await deliverReply(ran, reply, {
			api: deps.api,
			tokens: deps.tokens,
			logger: deps.logger,
			botUsername: deps.me.username,
			links: deps.links,
		});
		return;
	}
	if (opened.kind === "reply") {
		await sendReply(deps.api, chatId, opened.reply, {
			tokens: deps.tokens,
			locale: request.locale,
		});
		return;
	}
	deps.logger.info("telegram start link refused", {
		user: request.user.key,
		outcome: opened.kind,
		length: payload.length,
	});
	const t = translator(request.locale);
	const key =
		opened.kind === "expired"
			? "telegram.link_expired"
			: opened.kind === "not_yours"
				? "telegram.link_not_yours"
				: "telegram.link_invalid";
	await deps.api.sendMessage(chatId, escapeHtml(t(key)), {
		parse_mode: "HTML",
	});
}
