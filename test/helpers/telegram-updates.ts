import type { Message, MessageEntity, Update, User } from "grammy/types";

export const student: User = {
	id: 501,
	is_bot: false,
	first_name: "小明",
	last_name: "<王>",
	language_code: "zh-hans",
};
export const teacher: User = {
	id: 502,
	is_bot: false,
	first_name: "李老师",
	language_code: "zh-hans",
};
export const englishUser: User = {
	id: 503,
	is_bot: false,
	first_name: "Ann",
	language_code: "en-US",
};
export const GROUP_ID = -1001234;

/** Telegram's entities for a text: a `bot_command` at the start and every `@mention`. */
function entitiesOf(text: string): MessageEntity[] {
	const out: MessageEntity[] = [];
	const command = /^\/\S+/.exec(text);
	if (command)
		out.push({ type: "bot_command", offset: 0, length: command[0].length });
	for (const m of text.matchAll(/(^|\s)(@\w+)/g)) {
		const offset = (m.index ?? 0) + (m[1]?.length ?? 0);
		if (command && offset < command[0].length) continue;
		out.push({ type: "mention", offset, length: m[2]?.length ?? 0 });
	}
	return out;
}

let messageId = 1;

/** A text message from `from`, in its private chat or in the test group. */
export function textMessage(
	from: User,
	text: string,
	options: { group?: boolean; replyTo?: Message; thread?: number } = {},
): Message {
	const chat = options.group
		? { id: GROUP_ID, type: "supergroup" as const, title: "软件技术 2024 级" }
		: { id: from.id, type: "private" as const, first_name: from.first_name };
	const entities = entitiesOf(text);
	return {
		message_id: messageId++,
		date: 1_795_000_000,
		chat,
		from,
		text,
		...(entities.length > 0 ? { entities } : {}),
		...(options.replyTo ? { reply_to_message: options.replyTo } : {}),
		...(options.thread === undefined
			? {}
			: { message_thread_id: options.thread, is_topic_message: true }),
	} as Message;
}

export function messageUpdate(message: Message): Omit<Update, "update_id"> {
	return { message } as Omit<Update, "update_id">;
}

/** A button press on `message` (a message the bot sent) carrying `data`. */
export function callbackUpdate(
	from: User,
	data: string,
	message: Message,
): Omit<Update, "update_id"> {
	return {
		callback_query: {
			id: `cq${messageId++}`,
			from,
			chat_instance: "ci1",
			data,
			message,
		},
	} as Omit<Update, "update_id">;
}
