/** Text helpers that keep what we send valid for every platform. */

const loneSurrogate =
	/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Drops halves of characters (lone surrogates): Telegram refuses text that is not valid UTF-8. */
export function wellFormed(text: string): string {
	return text.replace(loneSurrogate, "");
}

/**
 * At most `max` characters of `text`, cut between whole characters (code points: an emoji is
 * one, never half). With `ellipsis`, a cut text ends in `…`, counted within `max`. The one way
 * to shorten text in core, features and commands; adapters cut to their platforms' UTF-16 limits.
 */
export function shorten(
	text: string,
	max: number,
	options: { ellipsis?: boolean } = {},
): string {
	const chars = Array.from(text);
	if (chars.length <= max) return text;
	return options.ellipsis
		? `${chars.slice(0, max - 1).join("")}…`
		: chars.slice(0, max).join("");
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
	const chars = Array.from(flat);
	const shown =
		chars.length <= max ? flat : `${chars.slice(0, max).join("").trimEnd()}…`;
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
