/** Text helpers that keep what we send valid for every platform. */

const loneSurrogate =
	/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Drops halves of characters (lone surrogates): Telegram refuses text that is not valid UTF-8. */
export function wellFormed(text: string): string {
	return text.replace(loneSurrogate, "");
}

/** How `shorten` measures: code points (what a person counts), or UTF-16 units (what JS counts). */
export type TextUnit = "code-point" | "utf16";

/**
 * At most `max` characters of `text`, cut between whole characters (code points: an emoji or a
 * CJK supplement character is one, never half). With `ellipsis`, a cut text ends in `…`, counted
 * within `max`. `unit: "utf16"` measures `max` in UTF-16 units instead, for a platform whose limit
 * is written in them (Discord, Telegram); the cut still falls between code points. The one way to
 * shorten text anywhere in the bot.
 */
export function shorten(
	text: string,
	max: number,
	options: { ellipsis?: boolean; unit?: TextUnit } = {},
): string {
	if (max <= 0) return "";
	const size = options.unit === "utf16" ? text.length : undefined;
	const chars = Array.from(text);
	if ((size ?? chars.length) <= max) return text;
	const budget = Math.max(0, options.ellipsis ? max - 1 : max);
	let used = 0;
	let end = 0;
	for (const ch of chars) {
		const cost = options.unit === "utf16" ? ch.length : 1;
		if (used + cost > budget) break;
		used += cost;
		end++;
	}
	const cut = chars.slice(0, end).join("");
	return options.ellipsis ? `${cut}…` : cut;
}

/** Line breaks of every kind, shown as a visible mark so a second line cannot start. */
const lineBreaks = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;
/** Controls and format characters: bidirectional overrides and isolates, zero-width marks. */
const invisible = /[\p{Cc}\p{Cf}]/gu;

/**
 * User text as admins see it in a list: one line, inside 「」, with line breaks shown as `⏎`,
 * controls and bidirectional or zero-width characters removed, runs of spaces collapsed, at
 * most `max` characters (then `…`). Brackets inside become 『』 so the quote cannot be closed
 * early: nothing a user writes can look like a line or a field the bot wrote.
 */
export function quoteForAdmin(text: string, max = 120): string {
	const flat = wellFormed(text)
		.replace(lineBreaks, " ⏎ ")
		.replace(/\t/g, " ")
		.replace(invisible, "")
		.replace(/「/g, "『")
		.replace(/」/g, "』")
		.replace(/\s+/g, " ")
		.trim();
	const cut = shorten(flat, max);
	const shown = cut === flat ? flat : `${cut.trimEnd()}…`;
	return `「${shown}」`;
}

/** Removes control and format characters (keeps line breaks and tabs) and unifies line ends. */
export function cleanText(text: string): string {
	return text
		.replace(/\r\n?/g, "\n")
		.replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, (ch) =>
			ch === "\n" || ch === "\t" ? ch : "",
		)
		.trim();
}
