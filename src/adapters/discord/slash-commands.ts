import {
	ApplicationIntegrationType,
	Locale as DiscordLocale,
	InteractionContextType,
	PermissionFlagsBits,
	type RESTPostAPIChatInputApplicationCommandsJSONBody,
	SlashCommandBuilder,
	type SlashCommandIntegerOption,
	type SlashCommandNumberOption,
	type SlashCommandStringOption,
	SlashCommandSubcommandBuilder,
	SlashCommandSubcommandGroupBuilder,
	type SlashCommandUserOption,
} from "discord.js";
import { Converter } from "opencc-js/cn2t";
import type { ArgSpec, CommandDef } from "../../core/command.js";
import { type MessageKey, translator } from "../../core/i18n.js";
import type { Registry } from "../../core/registry.js";
import {
	defaultActionName,
	hasDefaultAction,
	optionName,
	visibleSubcommands,
} from "./command-paths.js";
import { truncate } from "./limits.js";

export type SlashCommandJson = RESTPostAPIChatInputApplicationCommandsJSONBody;

const en = translator("en");
const zh = translator("zh-CN");
/** zh-TW text generated from the simplified catalogue by OpenCC (mainland → Taiwan standard). */
const toTraditional = Converter({ from: "cn", to: "tw" });
/** Discord's rule for command and option names (docs "Application Commands"). */
export const NAME_PATTERN = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const MAX_CHOICES = 25;

/** Anything that can take options: a command or a subcommand. */
interface OptionHost {
	addStringOption(
		f: (o: SlashCommandStringOption) => SlashCommandStringOption,
	): unknown;
	addNumberOption(
		f: (o: SlashCommandNumberOption) => SlashCommandNumberOption,
	): unknown;
	addIntegerOption(
		f: (o: SlashCommandIntegerOption) => SlashCommandIntegerOption,
	): unknown;
	addUserOption(
		f: (o: SlashCommandUserOption) => SlashCommandUserOption,
	): unknown;
}

/** Anything with a name and description: commands, groups, subcommands, options. */
interface Named {
	setName(name: string): unknown;
	setDescription(description: string): unknown;
	setNameLocalizations(l: Partial<Record<DiscordLocale, string>>): unknown;
	setDescriptionLocalizations(
		l: Partial<Record<DiscordLocale, string>>,
	): unknown;
}

const desc = (text: string) => truncate(text.trim() || "…", 100);

/** English as the default text; simplified Chinese for zh-CN clients, traditional for zh-TW. */
function describe<T extends Named>(
	b: T,
	name: string,
	key: MessageKey,
	zhName?: string,
): T {
	b.setName(name);
	b.setDescription(desc(en(key)));
	b.setDescriptionLocalizations({
		[DiscordLocale.ChineseCN]: desc(zh(key)),
		[DiscordLocale.ChineseTW]: desc(toTraditional(zh(key))),
	});
	if (zhName) {
		const twName = toTraditional(zhName);
		b.setNameLocalizations({
			[DiscordLocale.ChineseCN]: zhName,
			...(NAME_PATTERN.test(twName)
				? { [DiscordLocale.ChineseTW]: twName }
				: {}),
		});
	}
	return b;
}

/** The first Chinese alias that is a valid Discord name and not taken by a sibling. */
function chineseName(def: CommandDef, taken: Set<string>): string | undefined {
	const name = (def.aliases ?? [])
		.map((a) => a.toLowerCase())
		.find(
			(a) => /[^\x20-\x7e]/.test(a) && NAME_PATTERN.test(a) && !taken.has(a),
		);
	if (name) taken.add(name);
	return name;
}

function addArg(host: OptionHost, arg: ArgSpec): void {
	const name = optionName(arg.name);
	const required = arg.required === true;
	switch (arg.type) {
		case "number":
		case "integer": {
			const setup = <
				O extends SlashCommandNumberOption | SlashCommandIntegerOption,
			>(
				o: O,
			): O => {
				describe(o, name, arg.describe).setRequired(required);
				if (arg.min !== undefined) o.setMinValue(arg.min);
				if (arg.max !== undefined) o.setMaxValue(arg.max);
				return o;
			};
			if (arg.type === "number") host.addNumberOption(setup);
			else host.addIntegerOption(setup);
			return;
		}
		case "user":
			host.addUserOption((o) =>
				describe(o, name, arg.describe).setRequired(required),
			);
			return;
		default:
			host.addStringOption((o) => {
				describe(o, name, arg.describe).setRequired(required);
				const choices = arg.choices ?? [];
				// More than 25 choices cannot be a menu; the core still validates the typed value.
				if (choices.length > 0 && choices.length <= MAX_CHOICES)
					o.addChoices(
						...choices.map((c) => ({ name: truncate(c, 100), value: c })),
					);
				else if (arg.complete) o.setAutocomplete(true);
				return o;
			});
	}
}

/** Required options first: Discord rejects a required option after an optional one. */
function addArgs(host: OptionHost, args: readonly ArgSpec[] | undefined) {
	const sorted = [...(args ?? [])].sort(
		(a, b) => Number(b.required === true) - Number(a.required === true),
	);
	for (const arg of sorted) addArg(host, arg);
}

function subcommand(
	name: string,
	zhName: string | undefined,
	summary: MessageKey,
	args: readonly ArgSpec[] | undefined,
): SlashCommandSubcommandBuilder {
	const b = describe(
		new SlashCommandSubcommandBuilder(),
		name,
		summary,
		zhName,
	);
	addArgs(b, args);
	return b;
}

type Container = SlashCommandBuilder | SlashCommandSubcommandGroupBuilder;

/** Adds the actions of `def` (and its generated default action) to a command or group. */
function addActions(
	container: Container,
	def: CommandDef,
	allowGroups: boolean,
): void {
	const taken = new Set<string>();
	const addSub = (s: SlashCommandSubcommandBuilder) =>
		container.addSubcommand(s);
	for (const sub of visibleSubcommands(def)) {
		const zhName = chineseName(sub, taken);
		if (visibleSubcommands(sub).length === 0) {
			addSub(subcommand(sub.name, zhName, sub.summary, sub.args));
			continue;
		}
		if (!allowGroups || !(container instanceof SlashCommandBuilder))
			throw new Error(
				`/${def.name} ${sub.name}: actions nested more than two deep cannot be a Discord command`,
			);
		const group = describe(
			new SlashCommandSubcommandGroupBuilder(),
			sub.name,
			sub.summary,
			zhName,
		);
		addActions(group, sub, false);
		container.addSubcommandGroup(group);
	}
	if (hasDefaultAction(def)) {
		const zhDefault = zh("discord.default_action");
		addSub(
			subcommand(
				defaultActionName(def),
				taken.has(zhDefault) ? undefined : zhDefault,
				def.summary,
				def.args,
			),
		);
	}
}

/**
 * Slash-command JSON for every visible command in the registry, validated by the discord.js
 * builders. Installed to servers only (`integration_types`), usable in servers and the bot's
 * DMs (`contexts`); an admin command needs Manage Server by default
 * (`default_member_permissions`, which a server can change) and is offered in servers only,
 * since DMs have no permissions. The bot checks every role itself in any case. Throws when a command cannot be expressed (actions nested too deep); run
 * `checkSlashCommands` on the result for what the builders do not check.
 */
export function buildSlashCommands(registry: Registry): SlashCommandJson[] {
	const taken = new Set<string>();
	return registry.commands
		.filter((def) => !def.hidden)
		.map((def) => {
			const b = describe(
				new SlashCommandBuilder(),
				def.name,
				def.summary,
				chineseName(def, taken),
			);
			if (visibleSubcommands(def).length > 0) addActions(b, def, true);
			else addArgs(b, def.args);
			b.setIntegrationTypes(ApplicationIntegrationType.GuildInstall);
			if (def.access === "admin") {
				b.setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild);
				b.setContexts(InteractionContextType.Guild);
			} else
				b.setContexts(
					InteractionContextType.Guild,
					InteractionContextType.BotDM,
				);
			return b.toJSON();
		});
}
