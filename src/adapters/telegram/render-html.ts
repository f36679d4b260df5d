import type { InlineKeyboardButton, InlineKeyboardMarkup } from "grammy/types";
import type { ChoiceTokens } from "../../core/choice-tokens.js";
import { type Locale, type Translate, translator } from "../../core/i18n.js";
import {
	progressBar,
	progressFigures,
	punctuationOf,
} from "../../core/render-text.js";
import type { Block, Choice, Reply } from "../../core/reply.js";
import { shorten } from "../../core/text.js";
import { type Line, packLines } from "./split-lines.js";

/** Telegram's limit for one message text, after entity parsing. */
export const MAX_MESSAGE_LENGTH = 4096;
/** Telegram's limit for `callback_data`, in bytes. */
export const MAX_CALLBACK_BYTES = 64;
/** More buttons than this crowd a phone screen; the rest are listed as text. */
export const MAX_BUTTONS = 8;
const MAX_BUTTON_LABEL = 40;

export type FileBlock = Extract<Block, { type: "file" }>;

/** A reply ready for Telegram: HTML texts (keyboard on the last one) and documents. */
export interface TelegramMessage {
	chunks: string[];
	keyboard?: InlineKeyboardMarkup;
	files: FileBlock[];
}

export interface RenderOptions {
	tokens: ChoiceTokens;
	locale: Locale;
	/** Longest chunk in characters; Telegram's limit unless a test wants smaller. */
	maxLength?: number;
}

/** Bidirectional embeddings, overrides and isolates: text stored before names were cleaned may hold them. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** Escapes text for Telegram's HTML parse mode; `&` first so nothing is escaped twice. */
export function escapeHtml(text: string): string {
	return text
		.replace(BIDI_CONTROLS, "")
		.replace(/&/g, "&amp;")
		.replace(/</g, "&lt;")
		.replace(/>/g, "&gt;");
}

function renderLine(line: Line): string {
	return line
		.filter((s) => s.text !== "")
		.map((s) =>
			s.style
				? `<${s.style}>${escapeHtml(s.text)}</${s.style}>`
				: escapeHtml(s.text),
		)
		.join("");
}

const plain = (text: string): Line[] =>
	text.split("\n").map((t) => [{ text: t }]);

function blockLines(
	block: Block,
	overflow: Choice[],
	t: Translate,
	locale: Locale,
): Line[] {
	const p = punctuationOf(locale);
	switch (block.type) {
		case "heading":
			return block.text.split("\n").map((t) => [{ text: t, style: "b" }]);
		case "text":
			return plain(block.text);
		case "fields":
			return block.fields.flatMap((f) => {
				const [first = "", ...rest] = f.value.split("\n");
				return [
					[{ text: f.label, style: "b" }, { text: `${p.colon}${first}` }],
					...rest.map((r) => [{ text: r }]),
				] satisfies Line[];
			});
		case "list":
			return block.items.flatMap((item, i) =>
				plain(`${block.ordered ? `${i + 1}.` : "•"} ${item}`),
			);
		case "progress":
			return [
				...plain(block.label),
				[
					{ text: progressBar(block.value, block.max), style: "code" },
					{ text: progressFigures(block, locale) },
				],
			];
		case "choices": {
			const lines = block.prompt ? plain(block.prompt) : [];
			if (overflow.length > 0) {
				lines.push([{ text: t("telegram.more_choices") }]);
				for (const c of overflow)
					lines.push([
						{ text: `• ${c.label} ` },
						{ text: c.command, style: "code" },
					]);
			}
			return lines;
		}
		case "file":
			// Sent as a document of its own.
			return [];
	}
}

/** Two or three buttons a row, rows as even as possible (7 → 3, 2, 2). */
export function keyboardRows<T>(buttons: T[]): T[][] {
	if (buttons.length <= 3) return buttons.length > 0 ? [buttons] : [];
	const rows = Math.ceil(buttons.length / 3);
	const out: T[][] = [];
	let start = 0;
	for (let r = 0; r < rows; r++) {
		const size = Math.ceil((buttons.length - start) / (rows - r));
		out.push(buttons.slice(start, start + size));
		start += size;
	}
	return out;
}

function buttonLabel(choice: Choice): string {
	const label = choice.label.trim() || choice.command.trim();
	return shorten(label, MAX_BUTTON_LABEL, { ellipsis: true, unit: "utf16" });
}

/**
 * Reply → HTML chunks under the length limit, split between lines (inside a line only when
 * one line alone is too long) and never inside a tag. Choices become an inline keyboard on
 * the last chunk; a choice whose payload cannot fit 64 bytes, or beyond the eighth, is
 * listed as a command to type instead.
 */
export function renderHtml(
	reply: Reply,
	options: RenderOptions,
): TelegramMessage {
	const t = translator(options.locale);
	const max = options.maxLength ?? MAX_MESSAGE_LENGTH;
	const buttons: InlineKeyboardButton[] = [];
	const lines: Line[] = [];
	for (const block of reply.blocks) {
		const overflow: Choice[] = [];
		if (block.type === "choices") {
			for (const choice of block.choices) {
				const data =
					choice.command.trim() === ""
						? ""
						: options.tokens.encode(choice.command);
				const bytes = Buffer.byteLength(data, "utf8");
				if (
					buttons.length < MAX_BUTTONS &&
					bytes > 0 &&
					bytes <= MAX_CALLBACK_BYTES
				)
					buttons.push({ text: buttonLabel(choice), callback_data: data });
				else if (choice.command.trim() !== "") overflow.push(choice);
			}
		}
		const own = blockLines(block, overflow, t, options.locale);
		if (own.length === 0) continue;
		if (lines.length > 0) lines.push([]);
		lines.push(...own);
	}
	const chunks = packLines(lines, max).map((chunk) =>
		chunk.map(renderLine).join("\n"),
	);
	if (buttons.length === 0) return { chunks, files: fileBlocks(reply) };
	if (chunks.length === 0) chunks.push(escapeHtml(t("telegram.choose")));
	return {
		chunks,
		keyboard: { inline_keyboard: keyboardRows(buttons) },
		files: fileBlocks(reply),
	};
}

function fileBlocks(reply: Reply): FileBlock[] {
	return reply.blocks.filter((b): b is FileBlock => b.type === "file");
}
