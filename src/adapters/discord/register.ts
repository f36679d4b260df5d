import { type REST, Routes } from "discord.js";
import type { SlashCommandJson } from "./slash-commands.js";

/** Fields we set; anything else Discord adds (ids, versions, defaults) is not compared. */
const compared = [
	"type",
	"name",
	"name_localizations",
	"description",
	"description_localizations",
	"required",
	"autocomplete",
	"choices",
	"value",
	"min_value",
	"max_value",
	"min_length",
	"max_length",
	"options",
	"default_member_permissions",
	"nsfw",
];

/** Drops what Discord treats as absent (`null`, `false`, `{}`, `[]`) and sorts keys. */
function normalize(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(normalize);
	if (value === null || typeof value !== "object") return value;
	const out: Record<string, unknown> = {};
	const record = value as Record<string, unknown>;
	for (const key of compared.filter((k) => k in record).sort()) {
		const v = normalize(record[key]);
		const empty =
			v === null ||
			v === false ||
			(Array.isArray(v) && v.length === 0) ||
			(typeof v === "object" && v !== null && Object.keys(v).length === 0);
		if (!empty) out[key] = v;
	}
	return out;
}

/** Whether two command sets would behave the same (order of commands does not matter). */
export function sameCommands(
	current: readonly unknown[],
	wanted: readonly SlashCommandJson[],
): boolean {
	const key = (list: readonly unknown[]) =>
		JSON.stringify(
			list
				.map(normalize)
				.sort((a, b) =>
					String((a as { name?: string }).name).localeCompare(
						String((b as { name?: string }).name),
					),
				),
		);
	return key(current) === key(wanted);
}

export interface RegisterOptions {
	rest: REST;
	appId: string;
	/** Registers to this server (instant updates); globally when absent (may take a while). */
	guildId?: string | undefined;
	commands: SlashCommandJson[];
}

export interface RegisterResult {
	scope: "guild" | "global";
	changed: boolean;
	count: number;
}

/**
 * Replaces the registered slash commands with `commands`, but only when they differ from the
 * set Discord has now (fetched with localizations), so an unchanged deploy costs one GET.
 */
export async function registerCommands(
	options: RegisterOptions,
): Promise<RegisterResult> {
	const { rest, appId, guildId, commands } = options;
	const route = guildId
		? Routes.applicationGuildCommands(appId, guildId)
		: Routes.applicationCommands(appId);
	const scope = guildId ? "guild" : "global";
	const current = (await rest.get(route, {
		query: new URLSearchParams({ with_localizations: "true" }),
	})) as unknown[];
	if (sameCommands(current, commands))
		return { scope, changed: false, count: commands.length };
	await rest.put(route, { body: commands });
	return { scope, changed: true, count: commands.length };
}
