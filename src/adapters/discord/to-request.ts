import {
	ApplicationCommandOptionType,
	type AutocompleteInteraction,
	type BaseInteraction,
	type ChatInputCommandInteraction,
} from "discord.js";
import type { CommandNeeds, Dispatcher } from "../../core/dispatcher.js";
import { resolveLocale } from "../../core/i18n.js";
import type { ChatRef, Request } from "../../core/request.js";
import { cleanText } from "../../core/text.js";
import { cleanDisplayName } from "../display-name.js";
import { optionName, slashKey } from "./command-paths.js";

/** Chat keys the notifier understands: `discord:channel:<id>` and `discord:user:<id>` (DMs). */
export const channelKey = (id: string) => `discord:channel:${id}`;
export const dmKey = (userId: string) => `discord:user:${userId}`;
export const userKey = (userId: string) => `discord:${userId}`;

/** Outside a server the interaction comes from a DM: private, answered to the user's DM. */
export function chatOf(interaction: BaseInteraction): ChatRef {
	if (interaction.guildId === null || interaction.channelId === null)
		return { key: dmKey(interaction.user.id), kind: "private" };
	return { key: channelKey(interaction.channelId), kind: "group" };
}

/** The fields every request from an interaction shares; `addressed` since it was aimed at us. */
export function baseRequest(
	interaction: BaseInteraction,
): Omit<Request, "text" | "invocation"> {
	const { user } = interaction;
	const name =
		cleanDisplayName(user.globalName) ?? cleanDisplayName(user.username);
	return {
		platform: "discord",
		user: name ? { key: userKey(user.id), name } : { key: userKey(user.id) },
		chat: chatOf(interaction),
		locale: resolveLocale(interaction.locale),
		addressed: true,
	};
}

/**
 * What a slash command or an autocomplete interaction means to the bot: its request (with
 * the typed options as a structured invocation) and what the dispatcher resolved about it.
 * Translation only: the command path from the names this adapter registered (`paths`), the
 * arguments from `dispatcher.resolve`, each read back under the option name it was registered
 * with. `undefined` when the command is not (any longer) one the bot knows.
 */
export function slashToRequest(
	interaction: ChatInputCommandInteraction | AutocompleteInteraction,
	paths: ReadonlyMap<string, readonly string[]>,
	dispatcher: Pick<Dispatcher, "resolve">,
): { request: Request; needs: CommandNeeds } | undefined {
	const path = paths.get(
		slashKey(
			interaction.commandName,
			interaction.options.getSubcommandGroup(false),
			interaction.options.getSubcommand(false),
		),
	);
	if (!path) return undefined;
	const base = baseRequest(interaction);
	const needs = dispatcher.resolve({
		...base,
		invocation: { path: [...path], args: {} },
	});
	if (!needs) return undefined;
	const args: Record<string, string> = {};
	for (const { name } of needs.args) {
		const option = interaction.options.get(optionName(name));
		if (option?.value === undefined || option.value === null) continue;
		// Options skip the text cleaning typed messages get: no control or bidi characters here either.
		args[name] =
			option.type === ApplicationCommandOptionType.User
				? userKey(String(option.value))
				: cleanText(String(option.value));
	}
	return {
		request: { ...base, invocation: { path: [...needs.path], args } },
		needs,
	};
}
