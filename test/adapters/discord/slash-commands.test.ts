import { ApplicationCommandOptionType, SlashCommandBuilder } from "discord.js";
import { describe, expect, it } from "vitest";
import { commands } from "../../../commands/index.js";
import { checkSlashCommands } from "../../../src/adapters/discord/command-checks.js";
import {
	optionName,
	slashPaths,
} from "../../../src/adapters/discord/command-paths.js";
import {
	buildSlashCommands,
	type SlashCommandJson,
} from "../../../src/adapters/discord/slash-commands.js";
import { Registry } from "../../../src/core/registry.js";
import { fakeBot } from "../../helpers/chat-client.js";
import { discordTestCommands } from "../../helpers/discord-test-commands.js";

const json = buildSlashCommands(new Registry(discordTestCommands));
const byName = (name: string) => {
	const found = json.find((c) => c.name === name);
	if (!found) throw new Error(`no /${name}`);
	return found;
};
type Option = NonNullable<SlashCommandJson["options"]>[number] & {
	options?: Option[];
	required?: boolean;
	autocomplete?: boolean;
	choices?: unknown[];
	min_value?: number;
};

describe("generated slash commands", () => {
	it("passes our own checks for the test commands and for every real command", () => {
		expect(checkSlashCommands(json)).toEqual([]);
		const real = buildSlashCommands(new Registry(commands));
		expect(real.length).toBeGreaterThan(0);
		expect(checkSlashCommands(real)).toEqual([]);
	});

	it("survives a round trip through the discord.js builders' own validation", () => {
		for (const command of json) {
			const rebuilt = new SlashCommandBuilder()
				.setName(command.name)
				.setDescription(command.description)
				.setNameLocalizations(command.name_localizations ?? null)
				.setDescriptionLocalizations(command.description_localizations ?? null);
			expect(() => rebuilt.toJSON()).not.toThrow();
		}
	});

	it("names commands in ASCII with the Chinese alias as the zh-CN name, in traditional characters for zh-TW", () => {
		const cert = byName("cert");
		expect(cert.name_localizations).toEqual({
			"zh-CN": "证书",
			"zh-TW": "證書",
		});
		expect(cert.description_localizations?.["zh-TW"]).toBe("1+X 證書助手");
		expect(cert.description_localizations?.["zh-CN"]).toBe("1+X 证书助手");
		expect(cert.description).toBe("1+X certificate assistant");
		expect(json.some((c) => c.name === "start")).toBe(false);
	});

	it("types options, puts required ones first and marks completions", () => {
		const cert = byName("cert").options as Option[];
		expect(cert[0]).toMatchObject({
			name: "query",
			type: ApplicationCommandOptionType.String,
			required: true,
			autocomplete: true,
		});
		const grant = byName("grant").options as Option[];
		expect(grant[0]?.type).toBe(ApplicationCommandOptionType.User);
		const add = (byName("exam").options as Option[]).find(
			(o) => o.name === "add",
		);
		const names = add?.options?.map((o) => [o.name, o.required === true]);
		expect(names).toEqual([
			["certificate", true],
			["exam_date", true],
			["level", false],
			["seats", false],
		]);
		const seats = add?.options?.find((o) => o.name === "seats");
		expect(seats).toMatchObject({
			type: ApplicationCommandOptionType.Integer,
			min_value: 1,
			max_value: 500,
		});
		expect(add?.options?.find((o) => o.name === "level")?.choices).toHaveLength(
			3,
		);
	});

	it("turns a command with actions and its own run into subcommands plus a default action", () => {
		const exam = byName("exam").options as Option[];
		expect(exam.map((o) => [o.name, o.type])).toEqual([
			["add", ApplicationCommandOptionType.Subcommand],
			["show", ApplicationCommandOptionType.Subcommand],
		]);
		expect(exam[0]?.name_localizations).toEqual({
			"zh-CN": "添加",
			"zh-TW": "添加",
		});
		expect(exam[1]?.name_localizations?.["zh-CN"]).toBe("查看");
		expect(exam[1]?.options?.[0]).toMatchObject({
			name: "query",
			autocomplete: true,
		});
	});
});

describe("slash names read back", () => {
	const request = (path: string[]) => ({
		platform: "discord" as const,
		user: { key: "discord:1" },
		chat: { key: "discord:user:1", kind: "private" as const },
		locale: "zh-CN" as const,
		invocation: { path, args: {} },
	});

	it("every registered command and action is a command the dispatcher resolves, its options its arguments", () => {
		const { dispatcher } = fakeBot({ services: {} });
		const paths = slashPaths(dispatcher.registry);
		let checked = 0;
		for (const command of buildSlashCommands(dispatcher.registry)) {
			const leaves: [string, Option[]][] = [];
			const walk = (names: string[], options: Option[]) => {
				const subs = options.filter(
					(o) =>
						o.type === ApplicationCommandOptionType.Subcommand ||
						o.type === ApplicationCommandOptionType.SubcommandGroup,
				);
				if (subs.length === 0) leaves.push([names.join(" "), options]);
				for (const sub of subs) walk([...names, sub.name], sub.options ?? []);
			};
			walk([command.name], (command.options ?? []) as Option[]);
			for (const [key, options] of leaves) {
				const path = paths.get(key);
				expect(path, key).toBeDefined();
				const needs = dispatcher.resolve(request(path ?? []));
				expect(needs?.path, key).toEqual(path);
				expect(options.map((o) => o.name).sort(), key).toEqual(
					(needs?.args ?? []).map((a) => optionName(a.name)).sort(),
				);
				checked++;
			}
		}
		expect(paths.size).toBe(checked);
		expect(checked).toBeGreaterThan(commands.length);
	});

	it("maps the generated default action to its parent, and nothing else", () => {
		const paths = slashPaths(new Registry(discordTestCommands));
		expect(paths.get("exam show")).toEqual(["exam"]);
		expect(paths.get("exam add")).toEqual(["exam", "add"]);
		expect(paths.has("exam")).toBe(false);
	});
});

describe("our checks catch what the builders let through", () => {
	const base = (extra: Partial<SlashCommandJson>): SlashCommandJson => ({
		name: "x",
		description: "d",
		type: 1,
		...extra,
	});

	it("reports a required option after an optional one", () => {
		const problems = checkSlashCommands([
			base({
				options: [
					{ type: 3, name: "a", description: "a" },
					{ type: 3, name: "b", description: "b", required: true },
				],
			}),
		]);
		expect(problems.join()).toMatch(/required option b after an optional/);
	});

	it("reports duplicate names, also per locale", () => {
		const problems = checkSlashCommands([
			base({ name_localizations: { "zh-CN": "证书" } }),
			base({ name: "y", name_localizations: { "zh-CN": "证书" } }),
			base({ name: "y" }),
		]);
		expect(problems.join("\n")).toMatch(/zh-CN:证书 used by x and y/);
		expect(problems.join("\n")).toMatch(/default:y/);
	});

	it("reports bad lengths, upper case names, 26 choices and oversized commands", () => {
		const problems = checkSlashCommands([
			base({
				name: "Bad",
				description: "d".repeat(101),
				options: [
					{
						type: 3,
						name: "c",
						description: "d".repeat(100),
						choices: Array.from({ length: 26 }, (_, i) => ({
							name: "n".repeat(100),
							value: `${i}`.padEnd(100, "v"),
						})),
					},
				],
			}),
		]).join("\n");
		expect(problems).toMatch(/invalid name "Bad"/);
		expect(problems).toMatch(/description must be 1–100/);
		expect(problems).toMatch(/over 25 choices/);
		expect(problems).toMatch(/characters; at most 4000/);
	});
});
