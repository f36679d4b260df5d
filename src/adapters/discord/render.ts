import type { APIEmbed } from "discord.js";
import type { ChoiceTokens } from "../../core/choice-tokens.js";
import { type Locale, translator } from "../../core/i18n.js";
import { renderBlockText } from "../../core/render-text.js";
import type { Block, Choice, Reply } from "../../core/reply.js";
import { buttonMessages } from "./buttons.js";
import { escapeReply } from "./escape.js";
import {
	type DiscordMessage,
	embedLength,
	LIMITS,
	splitText,
} from "./limits.js";
import { EmbedBuilderState } from "./render-embeds.js";

export interface RenderOptions {
	locale: Locale;
	/** Shared by the adapter, so a button pressed later finds its long command. */
	tokens: ChoiceTokens;
}

/** Replies made only of these read best as an ordinary chat message, not a card. */
const plainTypes = new Set<Block["type"]>(["text", "list", "choices", "file"]);

function plainText(blocks: readonly Block[], locale: Locale): string {
	return blocks
		.map((b) => {
			if (b.type === "choices") return b.prompt ?? "";
			if (b.type === "file") return b.caption ?? "";
			return renderBlockText(b, locale);
		})
		.filter((s) => s.trim() !== "")
		.join("\n\n");
}

/** Groups embeds into messages: at most 10 embeds and 6,000 characters each. */
function packEmbeds(embeds: readonly APIEmbed[]): APIEmbed[][] {
	const groups: APIEmbed[][] = [];
	let group: APIEmbed[] = [];
	let total = 0;
	for (const embed of embeds) {
		const size = embedLength(embed);
		if (
			group.length >= LIMITS.embedsPerMessage ||
			total + size > LIMITS.embedTotal
		) {
			groups.push(group);
			group = [];
			total = 0;
		}
		group.push(embed);
		total += size;
	}
	if (group.length > 0) groups.push(group);
	return groups;
}

const empty = (): DiscordMessage => ({ embeds: [], components: [], files: [] });

/**
 * A reply → one or more Discord messages (the first is the reply, the rest follow-ups), its
 * text escaped for markdown (`escapeReply`) so users' text shows as typed; each
 * within every limit Discord enforces: content 2,000; embeds per `limits.ts`; 5×5 buttons;
 * 10 files. Buttons and files go with the last message, after the text they belong to.
 */
export function renderReply(
	reply: Reply,
	options: RenderOptions,
): DiscordMessage[] {
	const t = translator(options.locale);
	const messages: DiscordMessage[] = [];
	const notes: string[] = [];
	const files: DiscordMessage["files"] = [];
	for (const block of reply.blocks) {
		if (block.type !== "file") continue;
		const data = Buffer.from(block.content, "utf8");
		if (data.length > LIMITS.fileBytes)
			notes.push(t("discord.file_too_large", { name: block.name }));
		else files.push({ name: block.name, data });
	}
	// Everything below works on text already escaped for markdown, and nowhere else is.
	const { blocks } = escapeReply({
		blocks: notes.length
			? [
					...reply.blocks,
					...notes.map((n): Block => ({ type: "text", text: n })),
				]
			: reply.blocks,
	});

	if (blocks.every((b) => plainTypes.has(b.type))) {
		for (const piece of splitText(
			plainText(blocks, options.locale),
			LIMITS.content,
		))
			messages.push({ ...empty(), content: piece });
	} else {
		const state = new EmbedBuilderState(t, options.locale);
		for (const block of blocks) state.block(block);
		for (const group of packEmbeds(state.finish()))
			messages.push({ ...empty(), embeds: group });
	}

	const choices: Choice[] = blocks.flatMap((b) =>
		b.type === "choices" ? b.choices : [],
	);
	buttonMessages(choices, options.tokens).forEach((rows, i) => {
		const last = messages.at(-1);
		if (i === 0 && last) last.components = rows;
		else
			messages.push({
				...empty(),
				content: t("discord.more_choices"),
				components: rows,
			});
	});

	for (let i = 0; i < files.length; i += LIMITS.filesPerMessage) {
		const chunk = files.slice(i, i + LIMITS.filesPerMessage);
		const last = messages.at(-1);
		if (i === 0 && last) last.files = chunk;
		else messages.push({ ...empty(), files: chunk });
	}
	// Nothing to show at all still needs an answer: Discord rejects an empty message.
	if (messages.length === 0)
		messages.push({ ...empty(), content: t("discord.no_reply") });
	return messages;
}
