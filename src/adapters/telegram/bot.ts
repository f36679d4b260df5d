import { sequentialize } from "@grammyjs/runner";
import { Bot, type BotError, type Context } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { HttpsProxyAgent } from "https-proxy-agent";
import type { TelegramConfig } from "../../config.js";
import { ChoiceTokens } from "../../core/choice-tokens.js";
import type { Dispatcher } from "../../core/dispatcher.js";
import { resolveLocale, translator } from "../../core/i18n.js";
import type { Logger } from "../../core/ports.js";
import { type RetryOptions, retryTransformer } from "./api-retry.js";
import { createDeepLinks, type DeepLinks } from "./deep-links.js";
import { deliverReply } from "./private-replies.js";
import { MAX_CALLBACK_BYTES } from "./render-html.js";
import { openStartPayload, startPayloadOf } from "./start-payload.js";
import { callbackToRequest, messageToRequest, topicOf } from "./to-request.js";

export interface TelegramBotOptions {
	config: Pick<TelegramConfig, "token" | "apiRoot" | "proxy">;
	dispatcher: Dispatcher;
	logger: Logger;
	/** Known bot identity: skips `getMe` (tests); otherwise `bot.init()` fetches it. */
	botInfo?: UserFromGetMe;
	/** Retry policy for outgoing calls; see `retryTransformer`. */
	retry?: RetryOptions;
	/** Timeout of one HTTP call to the Bot API; default 60 s (long polls take 30 s). */
	timeoutSeconds?: number;
	/** Deep-link payloads; default signed with the token, valid 24 h. */
	links?: DeepLinks;
	/** Wraps the handling of every update (the adapter tracks work in flight, re-checks menus). */
	around?: (next: () => Promise<void>) => Promise<void>;
}

/** The grammY bot plus the button-payload table its notifier must share. */
export interface TelegramBot {
	bot: Bot;
	tokens: ChoiceTokens;
	links: DeepLinks;
}

function describeUpdate(error: BotError<Context>): Record<string, unknown> {
	const cause = error.error;
	return {
		error:
			cause instanceof Error ? (cause.stack ?? cause.message) : String(cause),
		update_id: error.ctx.update.update_id,
		update: JSON.stringify(error.ctx.update).slice(0, 1000),
	};
}

/**
 * Builds the grammY bot: text messages and button presses go through the dispatcher, replies
 * come back as HTML (private ones via the private chat), every callback query is answered,
 * and a failing update is logged with the update and never stops polling or the webhook.
 */
export function createTelegramBot(options: TelegramBotOptions): TelegramBot {
	const { config, dispatcher, logger } = options;
	const bot = new Bot(config.token, {
		...(options.botInfo ? { botInfo: options.botInfo } : {}),
		client: {
			...(config.apiRoot
				? { apiRoot: config.apiRoot.replace(/\/+$/, "") }
				: {}),
			timeoutSeconds: options.timeoutSeconds ?? 60,
			// In mainland China the Bot API is reached only through a proxy.
			...(config.proxy
				? {
						baseFetchConfig: {
							agent: new HttpsProxyAgent(config.proxy),
							compress: true,
						},
					}
				: {}),
		},
	});
	bot.api.config.use(
		retryTransformer({
			...options.retry,
			onRetry: (info) => {
				logger.warn("telegram call retried", info);
				options.retry?.onRetry?.(info);
			},
		}),
	);
	const tokens = new ChoiceTokens(MAX_CALLBACK_BYTES);
	const links = options.links ?? createDeepLinks({ secret: config.token });
	const logFailure = (error: BotError<Context>) =>
		logger.error("telegram update failed", describeUpdate(error));
	bot.catch(logFailure);
	const around = options.around;
	if (around) bot.use((_ctx, next) => around(next));
	// Updates of different chats run at once (runner, webhook); one chat's stay in order.
	bot.use(sequentialize((ctx: Context) => ctx.chat?.id.toString()));
	// Also covers webhook mode, where bot.catch does not apply.
	const safe = bot.errorBoundary(logFailure);

	safe.on("message:text", async (ctx) => {
		const payload =
			ctx.chat.type === "private"
				? startPayloadOf(ctx.message.text, ctx.me.username)
				: undefined;
		if (payload !== undefined) {
			await openStartPayload(ctx.message, payload, {
				api: ctx.api,
				me: ctx.me,
				dispatcher,
				links,
				tokens,
				logger,
			});
			return;
		}
		const parsed = messageToRequest(ctx.message, ctx.me);
		if (!parsed) return;
		// `?startgroup=` links add a payload in groups; there it means nothing but "start".
		const request =
			ctx.chat.type !== "private" &&
			startPayloadOf(ctx.message.text, ctx.me.username) !== undefined
				? { ...parsed, text: "/start" }
				: parsed;
		const reply = await dispatcher.handle(request);
		if (!reply) return;
		const threadId = topicOf(ctx.message);
		await deliverReply(request, reply, {
			api: ctx.api,
			tokens,
			logger,
			links,
			botUsername: ctx.me.username,
			replyTo: ctx.message.message_id,
			...(threadId === undefined ? {} : { threadId }),
		});
	});

	safe.on("callback_query", async (ctx) => {
		const query = ctx.callbackQuery;
		const command =
			query.data === undefined ? undefined : tokens.decode(query.data);
		const t = translator(resolveLocale(query.from.language_code));
		// Answered before the command runs, so the spinner stops even if the command fails.
		try {
			await ctx.answerCallbackQuery(
				command === undefined ? { text: t("telegram.button_expired") } : {},
			);
		} catch (error) {
			logger.warn("telegram callback answer failed", {
				error: error instanceof Error ? error.message : String(error),
			});
		}
		if (command === undefined) return;
		const request = callbackToRequest(query, command, ctx.me);
		if (!request) return;
		const reply = await dispatcher.handle(request);
		if (!reply) return;
		const threadId = query.message ? topicOf(query.message) : undefined;
		await deliverReply(request, reply, {
			api: ctx.api,
			tokens,
			logger,
			links,
			botUsername: ctx.me.username,
			...(query.message ? { replyTo: query.message.message_id } : {}),
			...(threadId === undefined ? {} : { threadId }),
		});
	});
	return { bot, tokens, links };
}
