import { shorten, wellFormed } from "../core/text.js";

/** Longest display name kept; Telegram allows 64 for first + last name, Discord 32. */
export const MAX_DISPLAY_NAME = 64;

// Control and format characters (bidirectional overrides and isolates, zero-width marks,
// line separators) except the zero-width joiner that holds emoji sequences together.
const INVISIBLE = /[\p{Cc}\p{Zl}\p{Zp}]|(?!\u200d)\p{Cf}/gu;

/**
 * A platform display name as the bot stores and shows it: no control or bidirectional
 * override characters (a U+202E cannot reverse an admin's report), whitespace collapsed, at
 * most 64 characters. `undefined` when nothing visible is left.
 */
export function cleanDisplayName(
	raw: string | null | undefined,
): string | undefined {
	if (!raw) return undefined;
	const cleaned = wellFormed(raw.replace(INVISIBLE, ""))
		.replace(/\s+/g, " ")
		.trim();
	return cleaned === "" ? undefined : shorten(cleaned, MAX_DISPLAY_NAME).trim();
}
