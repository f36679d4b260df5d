import type {
	APIActionRowComponent,
	APIButtonComponent,
	APIEmbed,
} from "discord.js";
import { shorten } from "../../core/text.js";

/**
 * Discord's message limits (docs "Embed Limits", "Message Resource", "Component Reference").
 * Lengths are measured in UTF-16 units, which is never less than what Discord counts.
 */
export const LIMITS = {
	content: 2000,
	embedsPerMessage: 10,
	embedTitle: 256,
	embedDescription: 4096,
	embedFields: 25,
	fieldName: 256,
	fieldValue: 1024,
	footer: 2048,
	embedTotal: 6000,
	buttonsPerRow: 5,
	rowsPerMessage: 5,
	customId: 100,
	buttonLabel: 80,
	filesPerMessage: 10,
	/** Upload limit of a server without boosts. */
	fileBytes: 10 * 1024 * 1024,
} as const;

/** One Discord message as our renderer produces it: plain JSON plus attachments. */
export interface DiscordMessage {
	content?: string;
	embeds: APIEmbed[];
	components: APIActionRowComponent<APIButtonComponent>[];
	files: { name: string; data: Buffer }[];
}

/** Cuts `value` to at most `max` UTF-16 units (Discord's measure) with an ellipsis. */
export const truncate = (value: string, max: number): string =>
	shorten(value, max, { ellipsis: true, unit: "utf16" });

/**
 * Splits text into pieces of at most `max` units, preferring line breaks, then spaces; a piece
 * is never empty, and neither a surrogate pair nor a markdown escape (`\*`) is cut.
 */
export function splitText(text: string, max: number): string[] {
	const pieces: string[] = [];
	let rest = text;
	while (rest.length > max) {
		let cut = rest.lastIndexOf("\n", max);
		if (cut < max / 2) cut = rest.lastIndexOf(" ", max);
		if (cut < max / 2) cut = max;
		if (/[\uD800-\uDBFF]/.test(rest.charAt(cut - 1))) cut--;
		// Never between a backslash and the character it escapes.
		let slashes = 0;
		while (rest.charAt(cut - 1 - slashes) === "\\") slashes++;
		if (slashes % 2 === 1) cut--;
		const piece = rest.slice(0, cut).trimEnd();
		if (piece !== "") pieces.push(piece);
		rest = rest.slice(cut).replace(/^\n/, "");
	}
	if (rest.trim() !== "") pieces.push(rest);
	return pieces;
}

/** Characters an embed counts against the 6,000 total (as discord.js's `embedLength`). */
export function embedLength(embed: APIEmbed): number {
	return (
		(embed.title?.length ?? 0) +
		(embed.description?.length ?? 0) +
		(embed.fields ?? []).reduce(
			(sum, f) => sum + f.name.length + f.value.length,
			0,
		) +
		(embed.footer?.text.length ?? 0) +
		(embed.author?.name.length ?? 0)
	);
}

/** Every limit a message breaks; empty when Discord would accept it. */
export function messageProblems(message: DiscordMessage): string[] {
	const problems: string[] = [];
	const content = message.content ?? "";
	if (content.length > LIMITS.content) problems.push("content too long");
	if (
		content === "" &&
		message.embeds.length === 0 &&
		message.components.length === 0 &&
		message.files.length === 0
	)
		problems.push("empty message");
	if (message.embeds.length > LIMITS.embedsPerMessage)
		problems.push("too many embeds");
	const total = message.embeds.reduce((s, e) => s + embedLength(e), 0);
	if (total > LIMITS.embedTotal) problems.push("embeds over 6000 characters");
	for (const embed of message.embeds) {
		if ((embed.title?.length ?? 0) > LIMITS.embedTitle)
			problems.push("embed title too long");
		if ((embed.description?.length ?? 0) > LIMITS.embedDescription)
			problems.push("embed description too long");
		if ((embed.footer?.text.length ?? 0) > LIMITS.footer)
			problems.push("footer too long");
		const fields = embed.fields ?? [];
		if (fields.length > LIMITS.embedFields) problems.push("too many fields");
		for (const f of fields) {
			if (f.name.trim() === "" || f.name.length > LIMITS.fieldName)
				problems.push("bad field name");
			if (f.value.trim() === "" || f.value.length > LIMITS.fieldValue)
				problems.push("bad field value");
		}
	}
	if (message.components.length > LIMITS.rowsPerMessage)
		problems.push("too many rows");
	const ids = new Set<string>();
	for (const row of message.components) {
		if (row.components.length > LIMITS.buttonsPerRow)
			problems.push("too many buttons in a row");
		for (const b of row.components) {
			const id = "custom_id" in b ? b.custom_id : "";
			if (id.length > LIMITS.customId) problems.push("custom_id too long");
			if (ids.has(id)) problems.push("duplicate custom_id");
			ids.add(id);
			const label = "label" in b ? (b.label ?? "") : "";
			if (label.length > LIMITS.buttonLabel)
				problems.push("button label too long");
		}
	}
	if (message.files.length > LIMITS.filesPerMessage)
		problems.push("too many files");
	if (message.files.some((f) => f.data.length > LIMITS.fileBytes))
		problems.push("file too large");
	return problems;
}
