import { MessageFlags } from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import { slashPaths } from "../../../src/adapters/discord/command-paths.js";
import { slashToRequest } from "../../../src/adapters/discord/to-request.js";
import type { Dispatcher } from "../../../src/core/dispatcher.js";
import { discordHarness } from "../../helpers/discord-harness.js";
import { LONG_COMMAND } from "../../helpers/discord-test-commands.js";

type Harness = Awaited<ReturnType<typeof discordHarness>>;
let h: Harness | undefined;

async function start(options?: Parameters<typeof discordHarness>[0]) {
	h = await discordHarness(options);
	return h;
}

afterEach(async () => {
	// Whatever a test did, Discord would have accepted every payload, and no interaction
	// was answered twice.
	const current = h;
	h = undefined;
	if (!current) return;
	await current.close();
	expect(current.api.rejected).toEqual([]);
	expect(current.api.answeredTwice).toEqual([]);
});

/** The parts of a callback body the tests read. */
interface Callback {
	type: number;
	data: {
		content?: string;
		flags?: number;
		allowed_mentions?: unknown;
		embeds: { title?: string; fields: { name: string; value: string }[] }[];
		components: { components: { custom_id: string }[] }[];
		choices: { name: string; value: string }[];
	};
}

const callbackBodies = (api: Harness["api"]) =>
	api
		.callsTo(/^POST \/interactions\//)
		.map((c) => c.body as unknown as Callback);

describe("slash commands", () => {
	it("answers a slash command once with an embed and buttons", async () => {
		const { api, slash } = await start();
		await slash("cert", [{ name: "query", type: 3, value: "前端" }]);
		const [body, ...more] = callbackBodies(api);
		expect(more).toEqual([]);
		expect(body?.type).toBe(4);
		expect(body?.data.flags ?? 0).toBe(0);
		expect(body?.data.embeds[0]?.title).toBe("证书 前端");
		expect(body?.data.embeds[0]?.fields[1]).toMatchObject({
			name: "备注",
			value: "—",
		});
		expect(body?.data.components[0]?.components).toHaveLength(2);
		expect(body?.data.allowed_mentions).toEqual({ parse: [] });
	});

	it("reads users, subcommands and the generated default action back into an invocation", async () => {
		const { api, slash } = await start();
		await slash("grant", [{ name: "who", type: 6, value: "123456" }]);
		await slash("exam", [
			{
				name: "show",
				type: 1,
				options: [{ name: "query", type: 3, value: "e1" }],
			},
		]);
		await slash("exam", [
			{
				name: "add",
				type: 1,
				options: [
					{ name: "certificate", type: 3, value: "c001" },
					{ name: "exam_date", type: 3, value: "2026/12/12" },
					{ name: "seats", type: 4, value: 3 },
				],
			},
		]);
		expect(callbackBodies(api).map((b) => b.data.content)).toEqual([
			"granted discord:123456",
			"exams e1",
			"added c001 2026-12-12 - 3",
		]);
	});

	it("maps DMs to private chats and servers to group chats, with the user's locale", async () => {
		const { slash, dispatcher } = await start();
		const paths = slashPaths(dispatcher.registry);
		const inDm = await slash("long", [], {
			dm: true,
			userId: "42",
			locale: "en-US",
		});
		const inServer = await slash("long", [], { userId: "42" });
		expect(slashToRequest(inDm, paths, dispatcher)?.request).toMatchObject({
			platform: "discord",
			user: { key: "discord:42", name: "小明" },
			chat: { key: "discord:user:42", kind: "private" },
			locale: "en",
			invocation: { path: ["long"], args: {} },
		});
		expect(slashToRequest(inServer, paths, dispatcher)?.request.chat).toEqual({
			key: "discord:channel:333",
			kind: "group",
		});
	});

	it("splits a long answer into the reply and follow-ups, each within 2,000 characters", async () => {
		const { api, slash } = await start();
		await slash("long");
		const followUps = api.callsTo(/^POST \/webhooks\/111\//);
		expect(callbackBodies(api)[0]?.data.content).toHaveLength(2000);
		expect(followUps.map((c) => String(c.body?.content).length)).toEqual([
			2000, 1000,
		]);
	});

	it("sends a file as an attachment", async () => {
		const { api, slash } = await start();
		await slash("export");
		const [call] = api.callsTo(/^POST \/interactions\//);
		expect(call?.files).toEqual(["records.csv"]);
	});
});

describe("private and slow replies", () => {
	it("answers a teacher's private command ephemerally", async () => {
		const { api, slash } = await start();
		await slash("progress", [], { userId: "900" });
		const [body] = callbackBodies(api);
		expect(body?.type).toBe(4);
		expect(body?.data.flags).toBe(MessageFlags.Ephemeral);
		expect(body?.data.embeds[0]?.fields[0]?.name).toBe("企业实践");
	});

	it("defers a slow command first, then edits the deferred reply", async () => {
		const { api, slash } = await start();
		await slash("report");
		expect(callbackBodies(api)).toEqual([{ type: 5, data: { flags: 0 } }]);
		const [edit] = api.callsTo(
			/^PATCH \/webhooks\/111\/token-\d+\/messages\/@original$/,
		);
		expect(edit?.body?.content).toBe("报告已生成");
	});

	it("defers a command that has not answered within the deadline", async () => {
		const test = (
			await import("../../helpers/discord-test-commands.js")
		).discordTestDispatcher();
		const slow: Dispatcher = {
			registry: test.dispatcher.registry,
			resolve: test.dispatcher.resolve,
			complete: test.dispatcher.complete,
			handle: async (request) => {
				await new Promise((resolve) => setTimeout(resolve, 150));
				return test.dispatcher.handle(request);
			},
		};
		const { api, slash } = await start({ dispatcher: slow, deferAfterMs: 20 });
		await slash("long");
		expect(callbackBodies(api).map((b) => b.type)).toEqual([5]);
		expect(api.callsTo(/^PATCH /)).toHaveLength(1);
		expect(api.callsTo(/^POST \/webhooks\//)).toHaveLength(2);
	});
	it("replaces a public deferral by ephemeral follow-ups when the reply turns out private", async () => {
		const test = (
			await import("../../helpers/discord-test-commands.js")
		).discordTestDispatcher();
		const personal: Dispatcher = {
			registry: test.dispatcher.registry,
			resolve: test.dispatcher.resolve,
			complete: test.dispatcher.complete,
			handle: async (request) => {
				const answer = await test.dispatcher.handle(request);
				return answer && { ...answer, private: true };
			},
		};
		const { api, slash } = await start({ dispatcher: personal });
		await slash("report");
		expect(callbackBodies(api).map((b) => b.type)).toEqual([5]);
		expect(
			api.callsTo(/^DELETE \/webhooks\/111\/token-\d+\/messages\/@original$/),
		).toHaveLength(1);
		const [followUp] = api.callsTo(/^POST \/webhooks\/111\//);
		expect(followUp?.body).toMatchObject({
			content: "报告已生成",
			flags: MessageFlags.Ephemeral,
		});
	});
});

describe("buttons and autocomplete", () => {
	it("runs the command behind a pressed button, long commands included", async () => {
		const { api, slash, button } = await start();
		await slash("cert", [{ name: "query", type: 3, value: "前端" }]);
		const ids = callbackBodies(api)[0]?.data.components[0]?.components.map(
			(b) => b.custom_id,
		);
		await button(ids?.[1] ?? "");
		const body = callbackBodies(api)[1];
		expect(body?.data.embeds[0]?.title).toBe(`证书 ${LONG_COMMAND.slice(6)}`);
		await button("0|~unknown");
		expect(callbackBodies(api)[2]?.data).toMatchObject({
			content: "这个按钮已经过期了，请重新输入命令。",
			flags: MessageFlags.Ephemeral,
		});
	});

	it("answers autocomplete with at most 25 choices of at most 100 characters", async () => {
		const { api, autocomplete } = await start();
		await autocomplete("cert", [
			{ name: "query", type: 3, value: "", focused: true },
		]);
		await autocomplete("cert", [
			{ name: "query", type: 3, value: "前端", focused: true },
		]);
		await autocomplete("exam", [
			{
				name: "show",
				type: 1,
				options: [{ name: "query", type: 3, value: "", focused: true }],
			},
		]);
		const [all, one, exams] = callbackBodies(api);
		expect(all?.type).toBe(8);
		expect(all?.data.choices).toHaveLength(25);
		expect(all?.data.choices[1]?.name.length).toBeLessThanOrEqual(100);
		expect(one?.data.choices).toEqual([{ name: "Web前端开发", value: "c001" }]);
		expect(exams?.data.choices[0]).toEqual({
			name: "Web前端开发 初级/中级 考试 2026-12-12（e1）",
			value: "e1",
		});
	});
});

describe("failures", () => {
	it("answers a failing command with the apology and logs it with the request", async () => {
		const { api, slash, logger } = await start();
		await slash("boom");
		expect(callbackBodies(api)[0]?.data.content).toMatch(/抱歉/);
		expect(logger.lines.find((l) => l.level === "error")?.data).toMatchObject({
			platform: "discord",
			command: "boom",
		});
	});

	it("logs an adapter failure with the interaction and apologises, also after deferring", async () => {
		const test = (
			await import("../../helpers/discord-test-commands.js")
		).discordTestDispatcher();
		const broken: Dispatcher = {
			registry: test.dispatcher.registry,
			resolve: test.dispatcher.resolve,
			complete: test.dispatcher.complete,
			handle: async () => {
				throw new Error("dispatcher down");
			},
		};
		const { api, slash, logger } = await start({ dispatcher: broken });
		await slash("long");
		await slash("report");
		const bodies = callbackBodies(api);
		expect(bodies[0]?.data).toMatchObject({
			content: expect.stringMatching(/抱歉/),
			flags: MessageFlags.Ephemeral,
		});
		expect(bodies[1]?.type).toBe(5);
		const [followUp] = api.callsTo(/^POST \/webhooks\/111\//);
		expect(followUp?.body?.content).toMatch(/抱歉/);
		const logged = logger.lines.filter(
			(l) => l.message === "discord interaction failed",
		);
		expect(logged.map((l) => l.data?.command)).toEqual(["long", "report"]);
		expect(logged[0]?.data?.error).toMatch(/dispatcher down/);
	});

	it("survives an API failure while answering: logged, and the next interaction works", async () => {
		const { api, slash, logger } = await start();
		api.failCallbacks = 2;
		await slash("long");
		expect(logger.lines.map((l) => l.message)).toEqual([
			"discord interaction failed",
			"discord apology failed",
		]);
		expect(logger.lines[0]?.data).toMatchObject({
			command: "long",
			user: "discord:800",
		});
		await slash("long");
		expect(api.callsTo(/^POST \/interactions\//)).toHaveLength(3);
		expect(api.callsTo(/^POST \/webhooks\//)).toHaveLength(2);
	});
});
