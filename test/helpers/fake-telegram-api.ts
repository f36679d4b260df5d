import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Update, UserFromGetMe } from "grammy/types";
import { checkHtml } from "./telegram-html-check.js";

/** One call the bot made, with the reason the fake refused it (as Telegram would) if it did. */
export interface ApiCall {
	method: string;
	payload: Record<string, unknown>;
	at: number;
	rejected?: string;
	/** The failure was asked for by the test (failNext, forbid, gone). */
	injected?: boolean;
}

export interface ApiFailure {
	error_code: number;
	description: string;
	parameters?: { retry_after?: number };
}

interface FailRule {
	method: string;
	chatId?: number;
	times: number;
	answer: ApiFailure;
}

type Answer = { ok: true; result: unknown } | ({ ok: false } & ApiFailure);

const badRequest = (description: string): Answer => ({
	ok: false,
	error_code: 400,
	description: `Bad Request: ${description}`,
});

/**
 * A Bot API server on 127.0.0.1 for end-to-end tests (grammY `client.apiRoot`). It serves
 * queued updates to `getUpdates` (long polls end after at most 300 ms), records every call and
 * refuses what Telegram refuses: text over 4096 characters after entity parsing, malformed or
 * unsupported HTML, empty text, callback data outside 1–64 bytes, invalid bot commands, a
 * `message_thread_id` that is not an open topic of a forum (`forum`, `deleteTopic`), and a
 * chat-scoped menu for a chat that never wrote to the bot. Menus are kept per scope and
 * language (`menu`); a user the bot may not write to (`forbid`) becomes reachable once they
 * write to it in private, as pressing Start does.
 */
export class FakeTelegramApi {
	readonly token = "123456:TEST-abcdefghijklmnopqrstuvwxyz";
	readonly botInfo: UserFromGetMe = {
		id: 123456,
		is_bot: true,
		first_name: "1+X 助手",
		username: "OnexTestBot",
		can_join_groups: true,
		can_read_all_group_messages: false,
		supports_inline_queries: false,
		can_connect_to_business: false,
		has_main_web_app: false,
		has_topics_enabled: false,
		allows_users_to_create_topics: false,
	} as UserFromGetMe;
	readonly calls: ApiCall[] = [];
	readonly documents: {
		chatId: number;
		name: string;
		content: string;
		caption?: string;
		threadId?: number;
	}[] = [];
	private readonly updates: Update[] = [];
	private waiters: (() => void)[] = [];
	private readonly rules: FailRule[] = [];
	private readonly forbidden = new Set<number>();
	private readonly goneChats = new Set<number>();
	/** Open forum topics per chat; a send to any other thread of a forum is refused. */
	private readonly topics = new Map<number, Set<number>>();
	/** Chats that have written to the bot (a chat-scoped menu needs the chat to exist). */
	private readonly knownChats = new Set<number>();
	/** Published menus by `scope|language_code`. */
	private readonly menus = new Map<string, string[]>();
	private messageId = 1000;
	private nextUpdateId = 1;
	private closed = false;
	private highestOffset = 0;

	private constructor(private readonly server: Server) {}

	/** Starts a fake on a free port of 127.0.0.1. */
	static async start(): Promise<FakeTelegramApi> {
		const server = createServer();
		const fake = new FakeTelegramApi(server);
		server.on("request", (req, res) => {
			fake.handle(req).then(
				(answer) => {
					res.writeHead(answer.ok ? 200 : answer.error_code, {
						"content-type": "application/json",
					});
					res.end(JSON.stringify(answer));
				},
				(error: unknown) => {
					res.writeHead(500).end(String(error));
				},
			);
		});
		await new Promise<void>((resolve) =>
			server.listen(0, "127.0.0.1", resolve),
		);
		return fake;
	}

	get apiRoot(): string {
		return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
	}

	/** Queues an update for `getUpdates`; gives it the next `update_id` when it has none. */
	pushUpdate(
		update: Omit<Update, "update_id"> & { update_id?: number },
	): Update {
		const full = {
			...update,
			update_id: update.update_id ?? this.nextUpdateId++,
		} as Update;
		const chat = full.message?.chat;
		if (chat) this.knownChats.add(chat.id);
		// Writing to the bot in private (pressing Start) lets it write back.
		if (chat?.type === "private") this.forbidden.delete(chat.id);
		this.updates.push(full);
		this.wake();
		return full;
	}

	/** The next `times` calls of `method` (to `chatId`, if given) fail with `answer`. */
	failNext(
		method: string,
		answer: ApiFailure,
		options: { times?: number; chatId?: number } = {},
	) {
		this.rules.push({
			method,
			times: options.times ?? 1,
			answer,
			...(options.chatId === undefined ? {} : { chatId: options.chatId }),
		});
	}

	/**
	 * Resolves once the bot has fetched every queued update (it asked for the next offset).
	 * The runner handles updates concurrently, so wait for their answers to know they are done.
	 */
	async drained(timeoutMs = 5000): Promise<void> {
		const last = this.nextUpdateId - 1;
		await this.waitFor(() => this.highestOffset > last, timeoutMs);
	}

	/** Sends to this chat fail with 403, as for a user who never started the bot. */
	forbid(chatId: number): void {
		this.forbidden.add(chatId);
	}

	/** Makes `chatId` a forum with these open topics (`message_thread_id`s). */
	forum(chatId: number, threads: number[]): void {
		this.topics.set(chatId, new Set(threads));
	}

	/** Deletes a forum topic: later sends to it fail with 400 message thread not found. */
	deleteTopic(chatId: number, threadId: number): void {
		this.topics.get(chatId)?.delete(threadId);
	}

	/** The command names published for a scope and language, or `undefined` when none are. */
	menu(
		scope: Record<string, unknown> = { type: "default" },
		language?: string,
	): string[] | undefined {
		return this.menus.get(menuKey(scope, language));
	}

	/** Sends to this chat fail with 400 chat not found. */
	gone(chatId: number): void {
		this.goneChats.add(chatId);
	}

	/** Accepted calls of one method, optionally to one chat. */
	accepted(method: string, chatId?: number): ApiCall[] {
		return this.calls.filter(
			(c) =>
				c.method === method &&
				!c.rejected &&
				(chatId === undefined || Number(c.payload.chat_id) === chatId),
		);
	}

	/** Texts of accepted `sendMessage` calls to a chat, in order. */
	textsTo(chatId: number): string[] {
		return this.accepted("sendMessage", chatId).map((c) =>
			String(c.payload.text),
		);
	}

	/** Calls refused for a reason Telegram would refuse them (not injected failures). */
	rejections(): ApiCall[] {
		return this.calls.filter((c) => c.rejected && !c.injected);
	}

	/** Resolves when `check` holds; fails after `timeoutMs` (bounded, polls every 20 ms). */
	async waitFor(check: () => boolean, timeoutMs = 5000): Promise<void> {
		const until = Date.now() + timeoutMs;
		while (!check()) {
			if (Date.now() > until)
				throw new Error("fake Telegram API: condition not met in time");
			await new Promise((r) => setTimeout(r, 20));
		}
	}

	async close(): Promise<void> {
		this.closed = true;
		this.wake();
		await new Promise<void>((resolve) => {
			this.server.close(() => resolve());
			this.server.closeAllConnections();
		});
	}

	private wake(): void {
		const waiters = this.waiters;
		this.waiters = [];
		for (const w of waiters) w();
	}

	private async handle(req: IncomingMessage): Promise<Answer> {
		const m = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? "");
		if (!m) return { ok: false, error_code: 404, description: "Not Found" };
		const [, token, method = ""] = m;
		if (token !== this.token)
			return { ok: false, error_code: 401, description: "Unauthorized" };
		const payload = await readPayload(req);
		const call: ApiCall = { method, payload, at: Date.now() };
		this.calls.push(call);
		const failure = this.injected(method, payload);
		if (failure) {
			call.injected = true;
			call.rejected = failure.ok ? undefined : failure.description;
			return failure;
		}
		const answer = await this.answer(method, payload);
		if (!answer.ok) call.rejected = answer.description;
		return answer;
	}

	private injected(
		method: string,
		payload: Record<string, unknown>,
	): Answer | undefined {
		const chatId = Number(payload.chat_id);
		const sends = method === "sendMessage" || method === "sendDocument";
		if (sends && this.forbidden.has(chatId))
			return {
				ok: false,
				error_code: 403,
				description: "Forbidden: bot can't initiate conversation with a user",
			};
		if (sends && this.goneChats.has(chatId))
			return badRequest("chat not found");
		const rule = this.rules.find(
			(r) =>
				r.method === method && (r.chatId === undefined || r.chatId === chatId),
		);
		if (!rule) return undefined;
		if (--rule.times <= 0) this.rules.splice(this.rules.indexOf(rule), 1);
		return {
			ok: false,
			...rule.answer,
			description: rule.answer.description,
		};
	}

	private async answer(
		method: string,
		payload: Record<string, unknown>,
	): Promise<Answer> {
		switch (method) {
			case "getMe":
				return { ok: true, result: this.botInfo };
			case "getUpdates":
				return { ok: true, result: await this.poll(payload) };
			case "deleteWebhook":
			case "setWebhook":
			case "answerCallbackQuery":
				if (method === "answerCallbackQuery" && !payload.callback_query_id)
					return badRequest("query id is empty");
				return { ok: true, result: true };
			case "setMyCommands":
			case "deleteMyCommands": {
				const scope = (payload.scope ?? { type: "default" }) as Record<
					string,
					unknown
				>;
				const refused =
					this.checkScope(scope) ??
					(method === "setMyCommands"
						? checkCommands(payload.commands)
						: undefined);
				if (refused) return refused;
				const key = menuKey(scope, payload.language_code as string | undefined);
				if (method === "deleteMyCommands") this.menus.delete(key);
				else
					this.menus.set(
						key,
						(payload.commands as { command: string }[]).map((c) => c.command),
					);
				return { ok: true, result: true };
			}
			case "sendMessage":
				return this.sendMessage(payload);
			case "sendDocument":
				return this.sendDocument(payload);
			default:
				return {
					ok: false,
					error_code: 404,
					description: "Not Found: method not found",
				};
		}
	}

	private async poll(payload: Record<string, unknown>): Promise<Update[]> {
		const offset = Number(payload.offset ?? 0);
		this.highestOffset = Math.max(this.highestOffset, offset);
		// Confirmed updates are forgotten, as Telegram does.
		while (
			this.updates.length > 0 &&
			(this.updates[0]?.update_id ?? 0) < offset
		)
			this.updates.shift();
		const waitMs = Math.min(Number(payload.timeout ?? 0) * 1000, 300);
		if (this.updates.length === 0 && waitMs > 0 && !this.closed) {
			await new Promise<void>((resolve) => {
				const timer = setTimeout(resolve, waitMs);
				this.waiters.push(() => {
					clearTimeout(timer);
					resolve();
				});
			});
		}
		const limit = Number(payload.limit ?? 100);
		return this.updates.slice(0, limit);
	}

	private message(chatId: number, extra: Record<string, unknown>) {
		return {
			message_id: ++this.messageId,
			date: 1_795_000_000,
			chat:
				chatId < 0
					? { id: chatId, type: "supergroup", title: "群" }
					: { id: chatId, type: "private", first_name: "用户" },
			...extra,
		};
	}

	private checkScope(scope: Record<string, unknown>): Answer | undefined {
		const type = scope.type;
		if (
			type === "default" ||
			type === "all_private_chats" ||
			type === "all_group_chats" ||
			type === "all_chat_administrators"
		)
			return undefined;
		if (type !== "chat") return badRequest("unsupported scope");
		return this.knownChats.has(Number(scope.chat_id))
			? undefined
			: badRequest("chat not found");
	}

	/** Topic check of a send: `undefined` when fine, else Telegram's refusal. */
	private checkThread(payload: Record<string, unknown>): Answer | undefined {
		if (payload.message_thread_id === undefined) return undefined;
		const open = this.topics.get(Number(payload.chat_id));
		return open?.has(Number(payload.message_thread_id))
			? undefined
			: badRequest("message thread not found");
	}

	private sendMessage(payload: Record<string, unknown>): Answer {
		const thread = this.checkThread(payload);
		if (thread) return thread;
		const text = typeof payload.text === "string" ? payload.text : "";
		const checked =
			payload.parse_mode === "HTML"
				? checkHtml(text)
				: { ok: true as const, text };
		if (!checked.ok)
			return badRequest(`can't parse entities: ${checked.error}`);
		// Half a character (a lone surrogate) cannot be encoded as UTF-8.
		if (
			/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(
				text,
			)
		)
			return badRequest("text must be encoded in UTF-8");
		if (checked.text.trim() === "") return badRequest("message text is empty");
		if (checked.text.length > 4096) return badRequest("message is too long");
		const markup = checkMarkup(payload.reply_markup);
		if (markup) return markup;
		return {
			ok: true,
			result: this.message(Number(payload.chat_id), {
				text: checked.text,
				...threadOf(payload),
			}),
		};
	}

	private sendDocument(payload: Record<string, unknown>): Answer {
		const thread = this.checkThread(payload);
		if (thread) return thread;
		const document = payload.document as
			| { name: string; content: string }
			| undefined;
		if (!document?.name)
			return badRequest("there is no document in the request");
		let caption: string | undefined;
		if (typeof payload.caption === "string") {
			const checked =
				payload.parse_mode === "HTML"
					? checkHtml(payload.caption)
					: { ok: true as const, text: payload.caption };
			if (!checked.ok)
				return badRequest(`can't parse entities: ${checked.error}`);
			if (checked.text.length > 1024)
				return badRequest("message caption is too long");
			caption = checked.text;
		}
		const chatId = Number(payload.chat_id);
		this.documents.push({
			chatId,
			name: document.name,
			content: document.content,
			...(caption === undefined ? {} : { caption }),
			...(payload.message_thread_id === undefined
				? {}
				: { threadId: Number(payload.message_thread_id) }),
		});
		return {
			ok: true,
			result: this.message(chatId, {
				document: {
					file_id: "f1",
					file_unique_id: "u1",
					file_name: document.name,
				},
			}),
		};
	}
}

function menuKey(scope: Record<string, unknown>, language?: string): string {
	const { type, chat_id } = scope;
	return `${String(type)}:${chat_id === undefined ? "" : String(chat_id)}|${language ?? ""}`;
}

function threadOf(payload: Record<string, unknown>) {
	return payload.message_thread_id === undefined
		? {}
		: {
				message_thread_id: Number(payload.message_thread_id),
				is_topic_message: true,
			};
}

async function readPayload(
	req: IncomingMessage,
): Promise<Record<string, unknown>> {
	const chunks: Buffer[] = [];
	for await (const chunk of req) chunks.push(chunk as Buffer);
	const body = Buffer.concat(chunks);
	const type = req.headers["content-type"] ?? "";
	if (type.startsWith("multipart/form-data")) return parseMultipart(body, type);
	return body.length > 0
		? (JSON.parse(body.toString("utf8")) as Record<string, unknown>)
		: {};
}

/**
 * grammY writes `filename=r.csv` unquoted, which undici's strict FormData parser refuses but
 * Telegram accepts, so the fake parses multipart itself. `attach://<id>` values are resolved
 * to the file part they name.
 */
function parseMultipart(body: Buffer, type: string): Record<string, unknown> {
	const boundary = /boundary=("?)([^";]+)\1/.exec(type)?.[2];
	if (!boundary) throw new Error("multipart without boundary");
	const raw = body.toString("latin1");
	const fields: Record<string, unknown> = {};
	const files: Record<string, { name: string; content: string }> = {};
	for (const part of raw.split(`--${boundary}`).slice(1)) {
		if (part.startsWith("--")) break;
		const split = part.indexOf("\r\n\r\n");
		const headers = part.slice(0, split);
		const value = Buffer.from(part.slice(split + 4, -2), "latin1").toString(
			"utf8",
		);
		const name = /name="([^"]*)"/i.exec(headers)?.[1] ?? "";
		const filename = /filename=("?)([^";\r\n]*)\1/i.exec(headers)?.[2];
		if (filename !== undefined)
			files[name] = {
				name: Buffer.from(filename, "latin1").toString("utf8"),
				content: value,
			};
		else fields[name] = parseMaybeJson(value);
	}
	for (const [key, value] of Object.entries(fields))
		if (typeof value === "string" && value.startsWith("attach://"))
			fields[key] = files[value.slice("attach://".length)];
	return fields;
}

function parseMaybeJson(value: string): unknown {
	if (!/^[[{]/.test(value)) return value;
	try {
		return JSON.parse(value);
	} catch {
		return value;
	}
}

function checkMarkup(markup: unknown): Answer | undefined {
	if (markup === undefined) return undefined;
	const rows = (markup as { inline_keyboard?: unknown }).inline_keyboard;
	if (!Array.isArray(rows)) return badRequest("unsupported reply markup");
	for (const row of rows) {
		if (!Array.isArray(row) || row.length === 0 || row.length > 8)
			return badRequest("BUTTON_ROW_INVALID");
		for (const button of row as Record<string, unknown>[]) {
			if (typeof button.text !== "string" || button.text.trim() === "")
				return badRequest("BUTTON_TEXT_INVALID");
			if (typeof button.url === "string") {
				if (!/^https?:\/\/\S+$/.test(button.url))
					return badRequest("BUTTON_URL_INVALID");
				continue;
			}
			const data = button.callback_data;
			const bytes =
				typeof data === "string" ? Buffer.byteLength(data, "utf8") : 0;
			if (bytes < 1 || bytes > 64) return badRequest("BUTTON_DATA_INVALID");
		}
	}
	return undefined;
}

function checkCommands(commands: unknown): Answer | undefined {
	if (!Array.isArray(commands) || commands.length > 100)
		return badRequest("BOT_COMMANDS_TOO_MUCH");
	for (const c of commands as { command?: unknown; description?: unknown }[]) {
		if (typeof c.command !== "string" || !/^[a-z0-9_]{1,32}$/.test(c.command))
			return badRequest("BOT_COMMAND_INVALID");
		const d = c.description;
		if (typeof d !== "string" || d.trim().length === 0 || d.length > 256)
			return badRequest("BOT_COMMAND_DESCRIPTION_INVALID");
	}
	return undefined;
}
