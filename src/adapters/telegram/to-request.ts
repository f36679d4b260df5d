import type {
	CallbackQuery,
	Chat,
	Message,
	User,
	UserFromGetMe,
} from "grammy/types";
import { resolveLocale } from "../../core/i18n.js";
import type { ChatRef, Request, UserRef } from "../../core/request.js";
import { cleanDisplayName } from "../display-name.js";

/** The bot's own identity, as `getMe` returns it (only the fields the mapping needs). */
export type BotIdentity = Pick<UserFromGetMe, "id" | "username">;

/** `telegram:<id>`: the key of a Telegram user or chat. */
export function telegramKey(id: number): string {
	return `telegram:${id}`;
}

/** The numeric chat id behind a `telegram:<id>` key, or `undefined` for another platform's key. */
export function chatIdOf(key: string): number | undefined {
	const m = /^telegram:(-?\d+)$/.exec(key);
	return m?.[1] === undefined ? undefined : Number(m[1]);
}

function userRef(from: User): UserRef {
	const name =
		cleanDisplayName([from.first_name, from.last_name].join(" ")) ??
		cleanDisplayName(from.username);
	return name
		? { key: telegramKey(from.id), name }
		: { key: telegramKey(from.id) };
}

/**
 * The forum topic a message belongs to (`message_thread_id` of a topic message), so answers
 * stay in it. A reply thread in an ordinary group is not a topic and gives `undefined`.
 */
export function topicOf(
	message: Pick<Message, "is_topic_message" | "message_thread_id">,
): number | undefined {
	return message.is_topic_message ? message.message_thread_id : undefined;
}

/** Channels are not conversations; every other non-private chat is a group. */
function chatRef(chat: Chat): ChatRef | undefined {
	if (chat.type === "channel") return undefined;
	return {
		key: telegramKey(chat.id),
		kind: chat.type === "private" ? "private" : "group",
	};
}

/**
 * Removes `@BotName` mentions of this bot (Telegram's `mention` entities, UTF-16 offsets)
 * and reports whether there was one. Mentions of other users stay in the text.
 */
export function stripBotMention(
	message: Pick<Message, "text" | "entities">,
	botName: string,
): { text: string; mentioned: boolean } {
	const text = message.text ?? "";
	const own = `@${botName}`.toLowerCase();
	const spans = (message.entities ?? [])
		.filter(
			(e) =>
				e.type === "mention" &&
				text.slice(e.offset, e.offset + e.length).toLowerCase() === own,
		)
		.sort((a, b) => b.offset - a.offset);
	let out = text;
	for (const e of spans)
		out = `${out.slice(0, e.offset)} ${out.slice(e.offset + e.length)}`;
	return {
		text: spans.length > 0 ? out.replace(/[ \t]{2,}/g, " ").trim() : text,
		mentioned: spans.length > 0,
	};
}

/**
 * A text message → `Request`, or `undefined` when the bot should not look at it (no text,
 * sent by a bot, a channel post). In groups, a reply to the bot or a mention of it marks
 * the request as addressed; `/cmd@OtherBot` is left to the parser via `botName`.
 */
export function messageToRequest(
	message: Message,
	me: BotIdentity,
): Request | undefined {
	const from = message.from;
	const chat = chatRef(message.chat);
	if (!from || from.is_bot || !chat || message.text === undefined)
		return undefined;
	const { text, mentioned } = stripBotMention(message, me.username);
	const repliedToBot = message.reply_to_message?.from?.id === me.id;
	const mentions = mentionedUsers(message, me);
	return {
		platform: "telegram",
		user: userRef(from),
		chat,
		locale: resolveLocale(from.language_code),
		text,
		addressed: chat.kind === "private" || mentioned || repliedToBot,
		botName: me.username,
		...(mentions.length > 0 ? { mentions } : {}),
	};
}

/** The author replied to and users mentioned by id (`text_mention`); never a bot. */
function mentionedUsers(message: Message, me: BotIdentity): UserRef[] {
	const users = [
		message.reply_to_message?.from,
		...(message.entities ?? []).map((e) =>
			e.type === "text_mention" ? e.user : undefined,
		),
	].filter((u): u is User => !!u && !u.is_bot && u.id !== me.id);
	return [...new Map(users.map((u) => [u.id, userRef(u)])).values()];
}

/**
 * A pressed button → `Request` carrying the decoded command text. A button always addresses
 * the bot. Buttons on inline-mode messages have no chat: they answer in the private chat.
 */
export function callbackToRequest(
	query: CallbackQuery,
	command: string,
	me: BotIdentity,
): Request | undefined {
	const chat = query.message ? chatRef(query.message.chat) : undefined;
	if (query.message && !chat) return undefined;
	return {
		platform: "telegram",
		user: userRef(query.from),
		chat: chat ?? { key: telegramKey(query.from.id), kind: "private" },
		locale: resolveLocale(query.from.language_code),
		text: command,
		addressed: true,
		botName: me.username,
	};
}
