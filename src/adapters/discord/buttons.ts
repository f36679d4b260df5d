import {
	type APIActionRowComponent,
	type APIButtonComponent,
	ButtonStyle,
	ComponentType,
} from "discord.js";
import { ChoiceTokens } from "../../core/choice-tokens.js";
import type { Choice } from "../../core/reply.js";
import { LIMITS, truncate } from "./limits.js";

/**
 * custom_id = `<index>|<command or token>`. The index keeps ids unique within a message
 * (Discord rejects duplicates, and two choices may run the same command).
 */
const idPattern = /^(\d{1,2})\|(.+)$/s;

/** Remembers long button commands; its payload budget leaves room for the `NN|` prefix. */
export function createButtonTokens(): ChoiceTokens {
	return new ChoiceTokens(LIMITS.customId - 4);
}

/** Choices → rows of at most 5 buttons, at most 5 rows per message (so 25 buttons a message). */
export function buttonMessages(
	choices: readonly Choice[],
	tokens: ChoiceTokens,
): APIActionRowComponent<APIButtonComponent>[][] {
	const perMessage = LIMITS.buttonsPerRow * LIMITS.rowsPerMessage;
	const messages: APIActionRowComponent<APIButtonComponent>[][] = [];
	for (let start = 0; start < choices.length; start += perMessage) {
		const chunk = choices.slice(start, start + perMessage);
		const rows: APIActionRowComponent<APIButtonComponent>[] = [];
		chunk.forEach((choice, i) => {
			if (i % LIMITS.buttonsPerRow === 0)
				rows.push({ type: ComponentType.ActionRow, components: [] });
			rows.at(-1)?.components.push({
				type: ComponentType.Button,
				style: ButtonStyle.Secondary,
				label: truncate(
					choice.label.trim() || choice.command,
					LIMITS.buttonLabel,
				),
				custom_id: `${i}|${tokens.encode(choice.command)}`,
			});
		});
		messages.push(rows);
	}
	return messages;
}

/**
 * The command behind a button's custom_id: `{ command }`, `{ expired: true }` when its token
 * was forgotten, or `undefined` when the id is not one of ours.
 */
export function decodeButton(
	customId: string,
	tokens: ChoiceTokens,
): { command: string } | { expired: true } | undefined {
	const m = idPattern.exec(customId);
	if (!m?.[2]) return undefined;
	const command = tokens.decode(m[2]);
	return command === undefined ? { expired: true } : { command };
}
