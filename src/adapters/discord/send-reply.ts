import {
	type InteractionReplyOptions,
	MessageFlags,
	type RepliableInteraction,
} from "discord.js";
import type { ChoiceTokens } from "../../core/choice-tokens.js";
import type { Locale } from "../../core/i18n.js";
import type { Reply } from "../../core/reply.js";
import type { DiscordMessage } from "./limits.js";
import { renderReply } from "./render.js";

/** Replies never ping: a command may echo what a user typed, `@everyone` included. */
const noMentions = { parse: [] };

/** A rendered message as discord.js options (also valid for `editReply` and channel sends). */
export function toPayload(message: DiscordMessage) {
	return {
		...(message.content !== undefined ? { content: message.content } : {}),
		embeds: message.embeds,
		components: message.components,
		files: message.files.map((f) => ({ attachment: f.data, name: f.name })),
		allowedMentions: noMentions,
	};
}

/**
 * Answers an interaction with a rendered reply: the initial response (or the edit of a deferred
 * one) and follow-ups for the rest. A private reply after a public deferral replaces the public
 * "thinking…" message by ephemeral follow-ups, since an edit cannot make a message ephemeral.
 */
export async function sendReply(
	interaction: RepliableInteraction,
	reply: Reply,
	options: { locale: Locale; tokens: ChoiceTokens; deferredEphemeral: boolean },
): Promise<void> {
	const messages = renderReply(reply, options);
	const privately = reply.private === true;
	const ephemeral =
		privately || (interaction.deferred && options.deferredEphemeral);
	const flags = ephemeral ? MessageFlags.Ephemeral : undefined;
	const follow = (m: DiscordMessage) =>
		interaction.followUp({
			...toPayload(m),
			...(flags ? { flags } : {}),
		} as InteractionReplyOptions);
	const [first, ...rest] = messages;
	if (!first) return;
	if (interaction.deferred && privately && !options.deferredEphemeral) {
		await interaction.deleteReply();
		for (const m of messages) await follow(m);
		return;
	}
	if (interaction.deferred) await interaction.editReply(toPayload(first));
	else
		await interaction.reply({
			...toPayload(first),
			...(flags ? { flags } : {}),
		} as InteractionReplyOptions);
	for (const m of rest) await follow(m);
}
