import type { Api } from "grammy";
import type { ChoiceTokens } from "../../core/choice-tokens.js";
import type { Locale } from "../../core/i18n.js";
import type { Reply } from "../../core/reply.js";
import { sendFile } from "./files.js";
import { renderHtml } from "./render-html.js";

export interface SendOptions {
	tokens: ChoiceTokens;
	locale: Locale;
	/** Message the first chunk answers (groups), if it still exists. */
	replyTo?: number;
	/** Forum topic (`message_thread_id`) every chunk and document goes to. */
	threadId?: number;
}

/**
 * Sends a whole reply to one chat (and forum topic): text chunks in order (keyboard on the
 * last), then the documents. Stops at the first failure and throws it, so the caller can tell 403 from 400.
 */
export async function sendReply(
	api: Api,
	chatId: number,
	reply: Reply,
	options: SendOptions,
): Promise<void> {
	const rendered = renderHtml(reply, options);
	const last = rendered.chunks.length - 1;
	const topic =
		options.threadId === undefined
			? {}
			: { message_thread_id: options.threadId };
	for (const [i, chunk] of rendered.chunks.entries()) {
		await api.sendMessage(chatId, chunk, {
			...topic,
			parse_mode: "HTML",
			link_preview_options: { is_disabled: true },
			...(i === 0 && options.replyTo !== undefined
				? {
						reply_parameters: {
							message_id: options.replyTo,
							allow_sending_without_reply: true,
						},
					}
				: {}),
			...(i === last && rendered.keyboard
				? { reply_markup: rendered.keyboard }
				: {}),
		});
	}
	for (const file of rendered.files)
		await sendFile(api, chatId, file, options.threadId);
}
