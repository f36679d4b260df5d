import {
	type AutocompleteInteraction,
	type ButtonInteraction,
	type ChatInputCommandInteraction,
	type Interaction,
	MessageFlags,
	type RepliableInteraction,
} from "discord.js";
import type { ChoiceTokens } from "../../core/choice-tokens.js";
import type { CommandNeeds, Dispatcher } from "../../core/dispatcher.js";
import { resolveLocale, translator } from "../../core/i18n.js";
import type { Logger } from "../../core/ports.js";
import type { Request } from "../../core/request.js";
import { decodeButton } from "./buttons.js";
import { optionName, slashPaths } from "./command-paths.js";
import { escapeMarkdown } from "./escape.js";
import { sendReply } from "./send-reply.js";
import { baseRequest, slashToRequest } from "./to-request.js";

export interface InteractionDeps {
	dispatcher: Dispatcher;
	logger: Logger;
	/** Long button commands, shared with the renderer. */
	tokens: ChoiceTokens;
	/** Defer a command that has not answered by then; default 2,000 ms (Discord allows 3 s). */
	deferAfterMs?: number;
}

/** Interaction → what the log needs to find it again; never the token. */
function describe(i: Interaction): Record<string, unknown> {
	return {
		interaction: i.id,
		type: i.type,
		command: i.isCommand() || i.isAutocomplete() ? i.commandName : undefined,
		customId: i.isMessageComponent() ? i.customId : undefined,
		user: `discord:${i.user.id}`,
		guild: i.guildId,
		channel: i.channelId,
	};
}

/**
 * The `InteractionCreate` listener: slash commands and buttons run through the dispatcher,
 * autocomplete through `dispatcher.complete` (rate limited like messages, at a lower cost). Each interaction is answered exactly once; the returned
 * promise never rejects: failures are logged with the interaction and answered with an apology.
 */
export function createInteractionHandler(
	deps: InteractionDeps,
): (interaction: Interaction) => Promise<void> {
	const { dispatcher, logger, tokens } = deps;
	const deferAfterMs = deps.deferAfterMs ?? 2000;
	// The names registered for Discord, read back to command paths; the rest is the dispatcher's.
	const paths = slashPaths(dispatcher.registry);

	async function run(
		i: RepliableInteraction,
		request: Request,
		resolved?: CommandNeeds,
	): Promise<void> {
		// Asked before running, to defer (privately) in time; the dispatcher parses, never we.
		const needs = resolved ?? dispatcher.resolve(request);
		const ephemeral = needs?.private === true;
		let deferral: Promise<unknown> | undefined;
		const defer = () => {
			deferral ??= i.deferReply(
				ephemeral ? { flags: MessageFlags.Ephemeral } : {},
			);
			return deferral;
		};
		if (needs?.slow) await defer();
		const handling = dispatcher.handle(request);
		let timer: NodeJS.Timeout | undefined;
		const late = new Promise<"late">((resolve) => {
			timer = setTimeout(() => resolve("late"), deferAfterMs);
		});
		try {
			if ((await Promise.race([handling, late])) === "late") await defer();
		} finally {
			clearTimeout(timer);
		}
		const answer = (await handling) ?? { blocks: [], private: true };
		await deferral;
		await sendReply(i, answer, {
			locale: request.locale,
			tokens,
			deferredEphemeral: ephemeral,
		});
	}

	async function onCommand(i: ChatInputCommandInteraction): Promise<void> {
		const found = slashToRequest(i, paths, dispatcher);
		if (found) return run(i, found.request, found.needs);
		const t = translator(resolveLocale(i.locale));
		await i.reply({
			content: escapeMarkdown(
				t("errors.command_unknown", { name: i.commandName }),
			),
			flags: MessageFlags.Ephemeral,
		});
	}

	async function onButton(i: ButtonInteraction): Promise<void> {
		const decoded = decodeButton(i.customId, tokens);
		if (!decoded || "expired" in decoded) {
			const t = translator(resolveLocale(i.locale));
			await i.reply({
				content: escapeMarkdown(t("discord.button_expired")),
				flags: MessageFlags.Ephemeral,
			});
			return;
		}
		const request = { ...baseRequest(i), text: decoded.command };
		await run(i, request);
	}

	async function onAutocomplete(i: AutocompleteInteraction): Promise<void> {
		const found = slashToRequest(i, paths, dispatcher);
		const focused = i.options.getFocused(true);
		const arg = found?.needs.args.find(
			(a) => optionName(a.name) === focused.name,
		);
		const suggestions =
			found && arg?.complete
				? await dispatcher.complete(
						found.request,
						arg.complete,
						String(focused.value),
					)
				: [];
		await i.respond(
			suggestions.slice(0, 25).map((s) => ({ name: s.label, value: s.value })),
		);
	}

	async function apologise(i: Interaction): Promise<void> {
		try {
			if (i.isAutocomplete()) {
				if (!i.responded) await i.respond([]);
				return;
			}
			if (!i.isRepliable()) return;
			const t = translator(resolveLocale(i.locale));
			const payload = {
				content: escapeMarkdown(t("errors.internal")),
				flags: MessageFlags.Ephemeral,
			} as const;
			if (i.replied || i.deferred) await i.followUp(payload);
			else await i.reply(payload);
		} catch (error) {
			logger.error("discord apology failed", {
				...describe(i),
				error: error instanceof Error ? error.message : String(error),
			});
		}
	}

	return async (interaction) => {
		try {
			if (interaction.isChatInputCommand()) await onCommand(interaction);
			else if (interaction.isButton()) await onButton(interaction);
			else if (interaction.isAutocomplete()) await onAutocomplete(interaction);
		} catch (error) {
			logger.error("discord interaction failed", {
				...describe(interaction),
				error:
					error instanceof Error
						? (error.stack ?? error.message)
						: String(error),
			});
			await apologise(interaction);
		}
	};
}
