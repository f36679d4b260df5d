import { type Api, InputFile } from "grammy";
import { shorten } from "../../core/text.js";
import { escapeHtml, type FileBlock } from "./render-html.js";

/** Telegram's limit for a document caption, after entity parsing. */
export const MAX_CAPTION_LENGTH = 1024;

/** The file content as UTF-8 bytes, named as the reply names it (`records.csv`, `exams.ics`). */
export function toInputFile(block: FileBlock): InputFile {
	return new InputFile(Buffer.from(block.content, "utf8"), block.name);
}

/** The caption cut to Telegram's limit before escaping, so no entity is cut in half. */
export function captionOf(block: FileBlock): string | undefined {
	const caption = block.caption?.trim();
	if (!caption) return undefined;
	const cut = shorten(caption, MAX_CAPTION_LENGTH, {
		ellipsis: true,
		unit: "utf16",
	});
	return escapeHtml(cut);
}

/** Sends one file block as a document (CSV, calendar), captioned when it has a caption. */
export async function sendFile(
	api: Api,
	chatId: number,
	block: FileBlock,
	threadId?: number,
): Promise<void> {
	const caption = captionOf(block);
	await api.sendDocument(chatId, toInputFile(block), {
		...(threadId === undefined ? {} : { message_thread_id: threadId }),
		...(caption ? { caption, parse_mode: "HTML" as const } : {}),
	});
}
