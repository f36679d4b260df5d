import { describe, expect, it } from "vitest";
import { defineCommand } from "../../src/core/command.js";
import type { Services } from "../../src/core/context.js";
import { NotSavedError, UserError } from "../../src/core/errors.js";
import { renderText } from "../../src/core/render-text.js";
import { type Reply, reply, text } from "../../src/core/reply.js";
import type { Request } from "../../src/core/request.js";
import { chatClient, fakeBot } from "../helpers/chat-client.js";
import { FixedClock } from "../helpers/fixed-clock.js";
import { MemoryLogger } from "../helpers/memory-logger.js";

const echo = defineCommand({
	name: "echo",
	aliases: ["回声"],
	summary: "help.summary",
	examples: ["/echo 你好"],
	args: [
		{
			name: "n",
			type: "integer",
			required: true,
			min: 1,
			max: 5,
			describe: "help.arg_command",
		},
		{ name: "words", type: "text", describe: "help.arg_command" },
	],
	run: (_ctx, args) => reply([text(`${args.n}:${args.words ?? ""}`)]),
});
const log = defineCommand({
	name: "log",
	summary: "help.summary",
	examples: ["/log training 3 培训"],
	subcommands: [
		defineCommand({
			name: "training",
			summary: "help.summary",
			examples: ["/log training 3 培训"],
			access: "teacher",
			args: [
				{
					name: "hours",
					type: "number",
					required: true,
					min: 0.5,
					describe: "help.arg_command",
				},
				{
					name: "date",
					type: "date",
					option: true,
					describe: "help.arg_command",
				},
			],
			run: (_ctx, args) =>
				reply([text(`training ${args.hours} ${args.date ?? "-"}`)]),
		}),
	],
});
const exam = defineCommand({
	name: "exam",
	summary: "help.summary",
	examples: ["/exam 前端"],
	args: [{ name: "q", type: "text", describe: "help.arg_command" }],
	subcommands: [
		defineCommand({
			name: "list",
			summary: "help.summary",
			examples: [],
			run: () => reply([text("list")]),
		}),
	],
	run: (_ctx, args) => reply([text(`exam ${args.q ?? ""}`)]),
});
const ask = defineCommand({
	name: "ask",
	summary: "help.summary",
	examples: [],
	args: [
		{
			name: "question",
			type: "text",
			required: true,
			describe: "help.arg_command",
		},
	],
	run: (_ctx, args) => reply([text(`Q:${args.question}`)]),
});
const boom = defineCommand({
	name: "boom",
	summary: "help.summary",
	examples: [],
	run: () => {
		throw new Error("database on fire");
	},
});
const mine = defineCommand({
	name: "mine",
	summary: "help.summary",
	examples: [],
	private: true,
	run: () => reply([text("secret")]),
});
const oops = defineCommand({
	name: "oops",
	summary: "help.summary",
	examples: ["/oops right"],
	run: () => {
		throw new UserError("errors.input_empty");
	},
});

function setup(roles: Record<string, "teacher" | "admin"> = {}) {
	const { dispatcher, logger, clock } = fakeBot({
		commands: [echo, log, exam, ask, boom, mine, oops],
		services: {
			users: { roleOf: async (key: string) => roles[key] ?? "student" },
		} as unknown as Services,
		rateLimit: {
			limit: 5,
			windowMs: 10_000,
			exempt: (r) => r.platform === "console",
		},
	});
	const chat = chatClient(dispatcher, clock, logger, { chatKey: (u) => u });
	/** A raw line (silence and failures included), as `console:u1` unless `over` says otherwise. */
	const send = async (
		input: string,
		over: Partial<Request> = {},
	): Promise<string | null> => {
		const answer: Reply | null = await dispatcher.handle({
			...chat.request("console:u1", input, { addressed: false }),
			botName: "OnexBot",
			...over,
		});
		return answer && renderText(answer);
	};
	return { dispatcher, send, logger, clock };
}

describe("dispatcher", () => {
	it("runs a command with typed arguments, by name, alias, full-width slash and @mention", async () => {
		const { send } = setup();
		expect(await send("/echo 3 hello world")).toBe("3:hello world");
		expect(await send("/回声 2")).toBe("2:");
		expect(await send("／echo 1 全角")).toBe("1:全角");
		expect(await send("/echo@OnexBot 4")).toBe("4:");
		expect(await send("/回声2 紧挨着")).toBe("2:紧挨着");
	});

	it("ignores commands addressed to another bot", async () => {
		expect(await setup().send("/echo@OtherBot 4")).toBeNull();
	});

	it("explains a wrong argument with an example of the right form", async () => {
		const { send } = setup();
		const answer = await send("/echo abc");
		expect(answer).toContain("「abc」不是数字");
		expect(answer).toContain("例如：/echo 你好");
		expect(await send("/echo")).toContain("缺少参数「n：命令名，例如 cert」");
		expect(await send("/echo 9")).toContain("不能大于 5");
	});

	it("suggests close command names for an unknown command, keeping what was typed after it", async () => {
		const answer = await setup().send("/ecoh 1");
		expect(answer).toContain("没有 /ecoh 这个命令");
		expect(answer).toContain("1) /echo 1  → /echo 1");
		expect(await setup().send("/ecoh")).toContain("/help echo");
	});

	it("prefers a Chinese alias the mistyped name begins", async () => {
		const answer = await setup().send("/回 2");
		expect(answer).toContain("1) /echo 2  → /echo 2");
	});

	it("resolves subcommands, options and access", async () => {
		const { send } = setup({ "console:t1": "teacher" });
		expect(await send("/log training 3")).toContain("只对教师开放");
		const teacher = { user: { key: "console:t1" } };
		expect(await send("/log training 3 date=2026/7/1", teacher)).toBe(
			"training 3 2026-07-01",
		);
		expect(await send("/log training 3 when=x", teacher)).toContain(
			"不认识的选项「when」",
		);
		expect(await send("/log", teacher)).toContain("需要指定操作：training");
		expect(await send("/log jump", teacher)).toContain("没有「jump」这个操作");
	});

	it("sends non-actions of a command with actions to its own run", async () => {
		const { send } = setup();
		expect(await send("/exam 前端")).toBe("exam 前端");
		expect(await send("/exam list")).toBe("list");
	});

	it("routes free text to ask in private chats and ignores group chatter unless addressed", async () => {
		const { send } = setup();
		expect(await send("BIM 是谁发的")).toBe("Q:BIM 是谁发的");
		const group = { chat: { key: "g", kind: "group" as const } };
		expect(await send("大家好", group)).toBeNull();
		expect(await send("/", group)).toBeNull();
		expect(await send("/ 你好", group)).toBeNull();
		expect(await send("BIM 是谁发的", { ...group, addressed: true })).toBe(
			"Q:BIM 是谁发的",
		);
		expect(await send("/echo 1", group)).toBe("1:");
	});

	it("answers empty, control-character and oversized messages without running anything", async () => {
		const { send } = setup();
		expect(await send("   ")).toContain("请输入内容");
		expect(await send("\u0000\u0007")).toContain("请输入内容");
		expect(await send("x".repeat(10_000))).toContain(
			"消息太长了（10000 个字符）",
		);
		expect(await send("/echo 1 a\u0000b")).toBe("1:ab");
	});

	it("logs a bug with its request and answers a short apology", async () => {
		const { send, logger } = setup();
		expect(await send("/boom")).toContain("抱歉");
		const line = logger.lines.find((l) => l.level === "error");
		expect(line?.data).toMatchObject({
			platform: "console",
			user: "console:u1",
			command: "boom",
			text: "/boom",
		});
		expect(String(line?.data?.error)).toContain("database on fire");
	});

	it("marks private commands' replies private and speaks English when asked", async () => {
		const { dispatcher } = setup();
		const answer = await dispatcher.handle({
			platform: "telegram",
			user: { key: "telegram:1" },
			chat: { key: "telegram:-100", kind: "group" },
			locale: "en",
			text: "/mine",
		});
		expect(answer?.private).toBe(true);
		const { send } = setup();
		expect(await send("/oops", { locale: "en" })).toContain(
			"For example: /oops right",
		);
	});

	it("runs structured invocations like typed text", async () => {
		const { dispatcher } = setup({ "discord:9": "teacher" });
		const answer = await dispatcher.handle({
			platform: "discord",
			user: { key: "discord:9" },
			chat: { key: "discord:channel:1", kind: "group" },
			locale: "zh-CN",
			invocation: {
				path: ["log", "training"],
				args: { hours: "2.5", date: "昨天" },
			},
		});
		expect(answer && renderText(answer)).toBe("training 2.5 2026-11-27");
	});

	it("limits floods per user: one notice, then silence until the window passes", async () => {
		const { send: sendAs, clock } = setup();
		const chat = {
			platform: "telegram" as const,
			user: { key: "telegram:7" },
			chat: { key: "telegram:7", kind: "private" as const },
		};
		const send = (text: string) => sendAs(text, chat);
		for (let i = 0; i < 5; i++) expect(await send("/echo 1")).toBe("1:");
		expect(await send("/echo 1")).toContain("消息太频繁");
		expect(await send("/echo 1")).toBeNull();
		clock.advance(10_001);
		expect(await send("/echo 1")).toBe("1:");
	});

	it("never limits exempt requests (the operator's console), so a piped script is answered line by line", async () => {
		const { send } = setup();
		for (let i = 0; i < 50; i++) expect(await send("/echo 1")).toBe("1:");
	});
});

describe("privacy of mistakes", () => {
	it("keeps a private command's error private too", async () => {
		const secretOops = defineCommand({
			name: "secret",
			summary: "help.summary",
			examples: ["/secret"],
			private: true,
			run: () => {
				throw new UserError("errors.input_empty");
			},
		});
		const dispatcher = fakeBot({
			commands: [secretOops],
			services: { users: { roleOf: () => "student" } } as unknown as Services,
			clock: new FixedClock(),
			logger: new MemoryLogger(),
		}).dispatcher;
		const answer = await dispatcher.handle({
			platform: "telegram",
			user: { key: "telegram:1" },
			chat: { key: "telegram:-1", kind: "group" },
			locale: "zh-CN",
			text: "/secret",
		});
		expect(answer?.private).toBe(true);
	});
});

describe("storage outages", () => {
	it("tells the user a change was not saved, and logs it with the request", async () => {
		const save = defineCommand({
			name: "save",
			summary: "help.summary",
			examples: [],
			run: () => {
				throw new NotSavedError("could not write db.json", {
					cause: new Error("ENOSPC"),
				});
			},
		});
		const logger = new MemoryLogger();
		const dispatcher = fakeBot({
			commands: [save],
			services: { users: { roleOf: () => "student" } } as unknown as Services,
			clock: new FixedClock(),
			logger,
		}).dispatcher;
		const answer = await dispatcher.handle({
			platform: "console",
			user: { key: "console:u" },
			chat: { key: "console:u", kind: "private" },
			locale: "zh-CN",
			text: "/save",
		});
		expect(answer && renderText(answer)).toContain("没有保存成功");
		expect(
			logger.lines.some(
				(l) => l.level === "error" && l.data?.command === "save",
			),
		).toBe(true);
	});
});

describe("resolve", () => {
	const request = (over: Partial<Request>): Request => ({
		platform: "discord",
		user: { key: "discord:u1" },
		chat: { key: "discord:c1", kind: "group" },
		locale: "zh-CN",
		addressed: true,
		...over,
	});

	it("tells an adapter before running whether a command answers privately, by text or invocation", () => {
		const { dispatcher } = setup();
		expect(dispatcher.resolve(request({ text: "/mine" }))).toEqual({
			path: ["mine"],
			args: [],
			private: true,
			slow: false,
		});
		expect(
			dispatcher.resolve(
				request({ invocation: { path: ["回声"], args: { n: "1" } } }),
			),
		).toEqual({
			path: ["echo"],
			args: [{ name: "n" }, { name: "words" }],
			private: false,
			slow: false,
		});
	});

	it("names no command for free text, an unknown command or group chatter", () => {
		const { dispatcher } = setup();
		expect(dispatcher.resolve(request({ text: "你好" }))).toBeUndefined();
		expect(dispatcher.resolve(request({ text: "/nope" }))).toBeUndefined();
		expect(
			dispatcher.resolve(request({ text: "hello", addressed: false })),
		).toBeUndefined();
	});
});

describe("complete", () => {
	const student = { users: { roleOf: () => "student" } } as unknown as Services;
	const asking = {
		platform: "discord" as const,
		user: { key: "discord:1" },
		chat: { key: "discord:1", kind: "private" as const },
		locale: "zh-CN" as const,
	};

	it("asks the injected completer with the user's role, and suggests nothing without one", async () => {
		const seen: unknown[] = [];
		const dispatcher = fakeBot({
			commands: [],
			services: student,
			clock: new FixedClock(),
			logger: new MemoryLogger(),
			completer: () => (query) => {
				seen.push({ kind: query.kind, typed: query.typed, role: query.role });
				return [{ label: `hit ${query.typed}`, value: "v" }];
			},
		}).dispatcher;
		expect(await dispatcher.complete(asking, "command", "he")).toEqual([
			{ label: "hit he", value: "v" },
		]);
		expect(seen).toEqual([{ kind: "command", typed: "he", role: "student" }]);
		const bare = fakeBot({
			commands: [],
			services: student,
			clock: new FixedClock(),
			logger: new MemoryLogger(),
		}).dispatcher;
		expect(await bare.complete(asking, "command", "he")).toEqual([]);
	});

	it("logs a failing completer and suggests nothing", async () => {
		const logger = new MemoryLogger();
		const dispatcher = fakeBot({
			commands: [],
			services: student,
			clock: new FixedClock(),
			logger,
			completer: () => () => {
				throw new Error("index gone");
			},
		}).dispatcher;
		expect(await dispatcher.complete(asking, "command", "x")).toEqual([]);
		expect(logger.lines.find((l) => l.level === "error")?.data).toMatchObject({
			user: "discord:1",
			kind: "command",
		});
	});

	it("counts suggestions in their own bucket at a quarter of a message", async () => {
		const dispatcher = fakeBot({
			commands: [],
			services: student,
			clock: new FixedClock(),
			logger: new MemoryLogger(),
			rateLimit: { limit: 2, windowMs: 10_000 },
			completer: () => () => [{ label: "a", value: "a" }],
		}).dispatcher;
		const got: number[] = [];
		for (let i = 0; i < 10; i++)
			got.push((await dispatcher.complete(asking, "command", "")).length);
		expect(got).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 0, 0]);
		// A message still passes: an unknown command is answered as such, not as too many.
		const answer = await dispatcher.handle({ ...asking, text: "/nothing" });
		expect(answer?.blocks).toBeDefined();
		expect(JSON.stringify(answer)).not.toMatch(/频繁/);
	});
});
