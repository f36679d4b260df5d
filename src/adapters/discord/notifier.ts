import {
	DiscordAPIError,
	HTTPError,
	RateLimitError,
	type REST,
	Routes,
} from "discord.js";
import type { ChoiceTokens } from "../../core/choice-tokens.js";
import type { Locale } from "../../core/i18n.js";
import type { Notifier, SendResult } from "../../core/ports.js";
import type { Reply } from "../../core/reply.js";
import type { DiscordMessage } from "./limits.js";
import { renderReply } from "./render.js";

/** Discord JSON error codes that mean the chat is gone or closed to the bot for good. */
const GONE = new Set([10003, 10013]); // Unknown Channel, Unknown User
const BLOCKED = new Set([50001, 50007, 50013]); // Missing Access, Cannot DM, Missing Permissions

/** A failed REST call → what the reminder outbox should do with the subscription. */
export function classifySendError(error: unknown): SendResult {
	const detail = error instanceof Error ? error.message : String(error);
	if (error instanceof DiscordAPIError) {
		const code = typeof error.code === "number" ? error.code : 0;
		if (GONE.has(code)) return { ok: false, reason: "gone", detail };
		if (BLOCKED.has(code)) return { ok: false, reason: "blocked", detail };
		if (error.status === 404) return { ok: false, reason: "gone", detail };
		if (error.status === 403) return { ok: false, reason: "blocked", detail };
		return { ok: false, reason: "retry", detail };
	}
	if (error instanceof RateLimitError || error instanceof HTTPError)
		return { ok: false, reason: "retry", detail };
	// Network failures and timeouts: the chat is probably fine, try later.
	return { ok: false, reason: "retry", detail };
}

function body(message: DiscordMessage) {
	return {
		content: message.content,
		embeds: message.embeds,
		components: message.components,
		allowed_mentions: { parse: [] },
		attachments: message.files.map((f, id) => ({ id, filename: f.name })),
	};
}

export interface DiscordNotifierOptions {
	rest: REST;
	tokens: ChoiceTokens;
	/** Locale of the adapter's own words in a reminder (continued, more options). */
	locale?: Locale;
}

/**
 * Sends reminders over REST to `discord:channel:<id>` and, through a DM channel opened on
 * demand, to `discord:user:<id>`. A deleted channel is `gone`; lost access or closed DMs are
 * `blocked`; rate limits, 5xx and network errors are `retry`.
 */
export function createDiscordNotifier(
	options: DiscordNotifierOptions,
): Notifier {
	const { rest, tokens } = options;
	const dmChannels = new Map<string, string>();

	async function channelFor(chatKey: string): Promise<string | undefined> {
		const channel = /^discord:channel:(\d{1,25})$/.exec(chatKey)?.[1];
		if (channel) return channel;
		// A user key (`discord:<id>`, as teachers' own reminders use) is a DM as well.
		const user = /^discord:(?:user:)?(\d{1,25})$/.exec(chatKey)?.[1];
		if (!user) return undefined;
		const known = dmChannels.get(user);
		if (known) return known;
		const dm = (await rest.post(Routes.userChannels(), {
			body: { recipient_id: user },
		})) as { id: string };
		dmChannels.set(user, dm.id);
		return dm.id;
	}

	return {
		platform: "discord",
		// Discord allows 50 requests a second per bot; discord.js's REST queues each channel's
		// bucket and waits out 429s. 10 in flight stays well inside the global limit.
		maxConcurrentSends: 10,
		async send(chatKey: string, reply: Reply): Promise<SendResult> {
			try {
				const channel = await channelFor(chatKey);
				if (!channel)
					return {
						ok: false,
						reason: "gone",
						detail: `not a Discord chat: ${chatKey}`,
					};
				const messages = renderReply(reply, {
					locale: options.locale ?? "zh-CN",
					tokens,
				});
				for (const m of messages)
					await rest.post(Routes.channelMessages(channel), {
						body: body(m),
						files: m.files.map((f) => ({ name: f.name, data: f.data })),
					});
				return { ok: true };
			} catch (error) {
				return classifySendError(error);
			}
		},
	};
}
