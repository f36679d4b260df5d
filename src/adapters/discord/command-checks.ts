import { ApplicationCommandOptionType } from "discord.js";
import { NAME_PATTERN, type SlashCommandJson } from "./slash-commands.js";

/**
 * What Discord rejects but the discord.js builders let through (or we must not rely on):
 * required-after-optional, duplicate names per locale, lengths, choice limits, nesting, the
 * total size of a command. Returns every problem found; empty means registrable.
 */

/** A command, group, subcommand or option, as far as the checks need it. */
interface Node {
	name: string;
	name_localizations?: Record<string, string | null> | null;
	description: string;
	description_localizations?: Record<string, string | null> | null;
	type?: number;
	required?: boolean;
	autocomplete?: boolean;
	choices?: { name: string; value: string | number }[];
	min_value?: number;
	max_value?: number;
	options?: Node[];
}

const MAX_COMMANDS = 100;
const MAX_OPTIONS = 25;
const MAX_CHOICES = 25;
/** Docs: combined name, description and choice lengths per command (longest locale counted). */
const MAX_COMMAND_CHARS = 4000;
const containerTypes: number[] = [
	ApplicationCommandOptionType.Subcommand,
	ApplicationCommandOptionType.SubcommandGroup,
];

const localized = (n: Node, field: "name" | "description"): string[] => [
	n[field],
	...Object.values(n[`${field}_localizations`] ?? {}).filter(
		(v): v is string => typeof v === "string",
	),
];

const longest = (values: string[]) =>
	Math.max(0, ...values.map((v) => v.length));

/** Names unique by default name and within each locale. */
function checkUnique(nodes: Node[], where: string, problems: string[]): void {
	const seen = new Map<string, string>();
	for (const n of nodes) {
		const keys = [`default:${n.name}`];
		for (const [locale, v] of Object.entries(n.name_localizations ?? {}))
			if (v) keys.push(`${locale}:${v}`);
		for (const key of keys) {
			const other = seen.get(key);
			if (other)
				problems.push(`${where}: ${key} used by ${other} and ${n.name}`);
			seen.set(key, n.name);
		}
	}
}

function checkNode(node: Node, where: string, problems: string[]): number {
	for (const name of localized(node, "name"))
		if (!NAME_PATTERN.test(name) || name !== name.toLowerCase())
			problems.push(`${where}: invalid name "${name}"`);
	for (const d of localized(node, "description"))
		if (d.length < 1 || d.length > 100)
			problems.push(`${where}: description must be 1–100 characters`);
	let size =
		longest(localized(node, "name")) + longest(localized(node, "description"));
	const choices = node.choices ?? [];
	if (choices.length > MAX_CHOICES) problems.push(`${where}: over 25 choices`);
	if (choices.length > 0 && node.autocomplete)
		problems.push(`${where}: autocomplete and choices together`);
	for (const c of choices) {
		if (c.name.length < 1 || c.name.length > 100)
			problems.push(`${where}: choice name must be 1–100 characters`);
		if (String(c.value).length > 100)
			problems.push(`${where}: choice value over 100 characters`);
		size += c.name.length + String(c.value).length;
	}
	if (
		node.min_value !== undefined &&
		node.max_value !== undefined &&
		node.min_value > node.max_value
	)
		problems.push(`${where}: min_value above max_value`);
	const options = node.options ?? [];
	if (options.length > MAX_OPTIONS) problems.push(`${where}: over 25 options`);
	const containers = options.filter((o) =>
		containerTypes.includes(o.type ?? 0),
	);
	if (containers.length > 0 && containers.length < options.length)
		problems.push(`${where}: subcommands mixed with options`);
	let optionalSeen = false;
	for (const o of options) {
		if (containerTypes.includes(o.type ?? 0)) continue;
		if (!o.required) optionalSeen = true;
		else if (optionalSeen)
			problems.push(
				`${where}: required option ${o.name} after an optional one`,
			);
	}
	checkUnique(options, where, problems);
	for (const o of options) size += checkNode(o, `${where} ${o.name}`, problems);
	return size;
}

/** Problems with a whole set of slash commands, each naming the command and what to fix. */
export function checkSlashCommands(commands: SlashCommandJson[]): string[] {
	const problems: string[] = [];
	if (commands.length > MAX_COMMANDS)
		problems.push(
			`${commands.length} commands; Discord allows ${MAX_COMMANDS}`,
		);
	const nodes = commands as unknown as Node[];
	checkUnique(nodes, "commands", problems);
	for (const command of nodes) {
		const where = `/${command.name}`;
		const size = checkNode(command, where, problems);
		if (size > MAX_COMMAND_CHARS)
			problems.push(
				`${where}: ${size} characters; at most ${MAX_COMMAND_CHARS}`,
			);
		for (const o of command.options ?? [])
			for (const inner of o.options ?? [])
				if (
					o.type === ApplicationCommandOptionType.Subcommand &&
					containerTypes.includes(inner.type ?? 0)
				)
					problems.push(
						`${where} ${o.name}: a subcommand cannot hold subcommands`,
					);
	}
	return problems;
}
