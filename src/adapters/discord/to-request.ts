import {
	ApplicationCommandOptionType,
	type BaseInteraction,
	type ChatInputCommandInteraction,
} from "discord.js";
import type { CommandDef } from "../../core/command.js";
import { resolveLocale } from "../../core/i18n.js";
import type { Registry } from "../../core/registry.js";
import type { ChatRef, Request } from "../../core/request.js";
import { cleanText } from "../../core/text.js";
import { cleanDisplayName } from "../display-name.js";
import { optionName, resolvePath } from "./command-paths.js";

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
 * A slash command → a request with a structured invocation, read back through the same names
 * the generated commands used. `undefined` when the command is not (any longer) in the registry.
 */
export function slashToRequest(
	interaction: ChatInputCommandInteraction,
	registry: Registry,
): { request: Request; def: CommandDef } | undefined {
	const found = resolvePath(
		registry,
		interaction.commandName,
		interaction.options.getSubcommandGroup(false),
		interaction.options.getSubcommand(false),
	);
	if (!found) return undefined;
	const args: Record<string, string> = {};
	for (const spec of found.def.args ?? []) {
		const option = interaction.options.get(optionName(spec.name));
		if (option?.value === undefined || option.value === null) continue;
		// Options skip the text cleaning typed messages get: no control or bidi characters here either.
		args[spec.name] =
			option.type === ApplicationCommandOptionType.User
				? userKey(String(option.value))
				: cleanText(String(option.value));
	}
	return {
		request: {
			...baseRequest(interaction),
			invocation: { path: found.path, args },
		},
		def: found.def,
	};
}
