import { describe, expect, it } from "vitest";
import {
	callbackToRequest,
	chatIdOf,
	messageToRequest,
} from "../../../src/adapters/telegram/to-request.js";
import {
	callbackUpdate,
	englishUser,
	GROUP_ID,
	student,
	textMessage,
} from "../../helpers/telegram-updates.js";

const me = { id: 123456, username: "OnexTestBot" };

describe("Telegram update → Request", () => {
	it("stores a 1,000-character name with RTL overrides without them, cut to 64 characters", () => {
		const hostile = {
			...student,
			first_name: `\u202E${"老师".repeat(500)}`,
			last_name: "\u2066\u200F<b>x</b>\u0007",
		};
		const name = messageToRequest(textMessage(hostile, "/progress"), me)?.user
			.name;
		expect(name).toBe("老师".repeat(32));
		const short = messageToRequest(
			textMessage(
				{ ...student, first_name: "\u202E\u202D", last_name: "" },
				"hi",
			),
			me,
		);
		// Nothing visible left: the user is known by key only.
		expect(short?.user).toEqual({ key: "telegram:501" });
		const mixed = messageToRequest(
			textMessage(
				{ ...student, first_name: "王\u202E五", last_name: "👨‍👩‍👧" },
				"hi",
			),
			me,
		);
		expect(mixed?.user.name).toBe("王五 👨‍👩‍👧");
	});

	it("maps a private message with the user's key, name and Chinese locale", () => {
		const request = messageToRequest(
			textMessage(student, "软件技术能考什么"),
			me,
		);
		expect(request).toEqual({
			platform: "telegram",
			user: { key: "telegram:501", name: "小明 <王>" },
			chat: { key: "telegram:501", kind: "private" },
			locale: "zh-CN",
			text: "软件技术能考什么",
			addressed: true,
			botName: "OnexTestBot",
		});
	});

	it("maps en-US to English", () => {
		expect(
			messageToRequest(textMessage(englishUser, "/help"), me)?.locale,
		).toBe("en");
	});

	it("leaves group chatter unaddressed", () => {
		const request = messageToRequest(
			textMessage(student, "今天下午开会", { group: true }),
			me,
		);
		expect(request?.chat).toEqual({
			key: `telegram:${GROUP_ID}`,
			kind: "group",
		});
		expect(request?.addressed).toBe(false);
	});

	it("treats a mention of the bot in a group as addressed and strips it", () => {
		const request = messageToRequest(
			textMessage(student, "@OnexTestBot 软件技术能考什么", { group: true }),
			me,
		);
		expect(request?.addressed).toBe(true);
		expect(request?.text).toBe("软件技术能考什么");
	});

	it("keeps mentions of other people", () => {
		const request = messageToRequest(
			textMessage(student, "@somebody 你好", { group: true }),
			me,
		);
		expect(request?.addressed).toBe(false);
		expect(request?.text).toBe("@somebody 你好");
	});

	it("treats a reply to the bot's message as addressed", () => {
		const botMessage = {
			...textMessage(student, "x", { group: true }),
			from: { id: me.id, is_bot: true, first_name: "bot" },
		};
		const request = messageToRequest(
			textMessage(student, "那什么时候考试", {
				group: true,
				replyTo: botMessage,
			}),
			me,
		);
		expect(request?.addressed).toBe(true);
	});

	it("keeps /cmd@BotName for the parser, with the bot's name", () => {
		const request = messageToRequest(
			textMessage(student, "/cert@OnexTestBot 前端", { group: true }),
			me,
		);
		expect(request?.text).toBe("/cert@OnexTestBot 前端");
		expect(request?.botName).toBe("OnexTestBot");
	});

	it("ignores messages from bots and channel posts", () => {
		const fromBot = textMessage({ ...student, is_bot: true }, "hi");
		expect(messageToRequest(fromBot, me)).toBeUndefined();
		const channel = {
			...textMessage(student, "hi"),
			chat: { id: -100999, type: "channel" as const, title: "c" },
		};
		expect(messageToRequest(channel, me)).toBeUndefined();
	});

	it("turns a button press into the command it carries, addressed", () => {
		const update = callbackUpdate(
			student,
			"/exam 前端",
			textMessage(student, "x", { group: true }),
		);
		const query = update.callback_query;
		if (!query) throw new Error("no query");
		const request = callbackToRequest(query, "/exam 前端", me);
		expect(request).toMatchObject({
			text: "/exam 前端",
			addressed: true,
			chat: { kind: "group" },
			user: { key: "telegram:501" },
		});
	});

	it("reads chat ids back from keys", () => {
		expect(chatIdOf("telegram:-1001234")).toBe(-1001234);
		expect(chatIdOf("discord:1")).toBeUndefined();
		expect(chatIdOf("telegram:abc")).toBeUndefined();
	});
});
