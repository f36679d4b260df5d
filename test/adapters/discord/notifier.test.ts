import { REST } from "discord.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createButtonTokens } from "../../../src/adapters/discord/buttons.js";
import { createDiscordNotifier } from "../../../src/adapters/discord/notifier.js";
import { registerCommands } from "../../../src/adapters/discord/register.js";
import { buildSlashCommands } from "../../../src/adapters/discord/slash-commands.js";
import { Registry } from "../../../src/core/registry.js";
import { file, reply, text, textReply } from "../../../src/core/reply.js";
import { discordTestCommands } from "../../helpers/discord-test-commands.js";
import { FakeDiscordApi } from "../../helpers/fake-discord-api.js";

let api: FakeDiscordApi;
let root: string;

beforeEach(async () => {
	api = new FakeDiscordApi();
	root = await api.start();
});
afterEach(async () => {
	await api.close();
	expect(api.rejected).toEqual([]);
});

const rest = (extra: Partial<ConstructorParameters<typeof REST>[0]> = {}) =>
	new REST({ api: root, retries: 0, timeout: 2000, ...extra }).setToken("t");
const notifier = (r = rest()) =>
	createDiscordNotifier({ rest: r, tokens: createButtonTokens() });

describe("Discord notifier", () => {
	it("sends to a channel and to a user's DM, opening the DM channel once", async () => {
		const n = notifier();
		expect(await n.send("discord:channel:333", textReply("明天考试"))).toEqual({
			ok: true,
		});
		expect(await n.send("discord:user:42", textReply("提醒一"))).toEqual({
			ok: true,
		});
		expect(await n.send("discord:user:42", textReply("提醒二"))).toEqual({
			ok: true,
		});
		expect(api.callsTo(/^POST \/users\/@me\/channels$/)).toHaveLength(1);
		const sent = api.callsTo(/^POST \/channels\/\d+\/messages$/);
		expect(sent.map((c) => [c.path, c.body?.content])).toEqual([
			["/channels/333/messages", "明天考试"],
			["/channels/742/messages", "提醒一"],
			["/channels/742/messages", "提醒二"],
		]);
		expect(sent.every((c) => c.authorized)).toBe(true);
	});

	it("reaches a teacher by their user key, as practice reminders address them", async () => {
		const n = notifier();
		expect(await n.send("discord:42", textReply("企业实践提醒"))).toEqual({
			ok: true,
		});
		expect(api.callsTo(/^POST \/users\/@me\/channels$/)).toHaveLength(1);
		const sent = api.callsTo(/^POST \/channels\/\d+\/messages$/);
		expect(sent.map((c) => c.body?.content)).toEqual(["企业实践提醒"]);
	});

	it("splits a long reminder and uploads files", async () => {
		const n = notifier();
		const result = await n.send(
			"discord:channel:333",
			reply([
				text("长".repeat(3000)),
				file("exam.ics", "text/calendar", "BEGIN:VCALENDAR"),
			]),
		);
		expect(result).toEqual({ ok: true });
		const sent = api.callsTo(/^POST \/channels\/333\/messages$/);
		expect(sent.map((c) => c.files)).toEqual([[], ["exam.ics"]]);
	});

	it("reports a deleted channel as gone, lost access and closed DMs as blocked", async () => {
		api.channelFailures.set("1", { status: 404, code: 10003 });
		api.channelFailures.set("2", { status: 403, code: 50001 });
		api.channelFailures.set("742", { status: 403, code: 50007 });
		const n = notifier();
		expect(await n.send("discord:channel:1", textReply("x"))).toMatchObject({
			ok: false,
			reason: "gone",
		});
		expect(await n.send("discord:channel:2", textReply("x"))).toMatchObject({
			ok: false,
			reason: "blocked",
		});
		expect(await n.send("discord:user:42", textReply("x"))).toMatchObject({
			ok: false,
			reason: "blocked",
		});
		expect(await n.send("telegram:1", textReply("x"))).toMatchObject({
			ok: false,
			reason: "gone",
		});
	});

	it("asks to retry on server errors, rate limits and network failures", async () => {
		api.channelFailures.set("5", { status: 500, code: 0 });
		api.channelFailures.set("6", { status: 429, code: 0, retryAfter: 60 });
		expect(
			await notifier().send("discord:channel:5", textReply("x")),
		).toMatchObject({
			reason: "retry",
		});
		const strict = rest({ rejectOnRateLimit: () => true });
		expect(
			await notifier(strict).send("discord:channel:6", textReply("x")),
		).toMatchObject({
			reason: "retry",
		});
		const offline = new REST({
			api: "http://127.0.0.1:9/api",
			retries: 0,
			timeout: 500,
		}).setToken("t");
		expect(
			await notifier(offline).send("discord:channel:7", textReply("x")),
		).toMatchObject({
			reason: "retry",
		});
	});
});

describe("registerCommands", () => {
	const commands = buildSlashCommands(new Registry(discordTestCommands));

	it("registers to the guild once and skips an unchanged set", async () => {
		const r = rest();
		const options = { rest: r, appId: "111", guildId: "222", commands };
		expect(await registerCommands(options)).toEqual({
			scope: "guild",
			changed: true,
			count: commands.length,
		});
		expect(await registerCommands(options)).toMatchObject({ changed: false });
		expect(api.callsTo(/^PUT /).map((c) => c.path)).toEqual([
			"/applications/111/guilds/222/commands",
		]);
		expect(
			api.callsTo(/^GET /).every((c) => c.query === "?with_localizations=true"),
		).toBe(true);
	});

	it("registers globally without a guild and again when a description changed", async () => {
		const r = rest();
		await registerCommands({ rest: r, appId: "111", commands });
		const changed = commands.map((c) =>
			c.name === "cert" ? { ...c, description: "new" } : c,
		);
		expect(
			await registerCommands({ rest: r, appId: "111", commands: changed }),
		).toMatchObject({
			scope: "global",
			changed: true,
		});
		expect(api.callsTo(/^PUT /).map((c) => c.path)).toEqual([
			"/applications/111/commands",
			"/applications/111/commands",
		]);
	});
});
