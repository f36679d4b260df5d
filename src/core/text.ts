/** Text helpers that keep what we send valid for every platform. */

const loneSurrogate =
	/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Drops halves of characters (lone surrogates): Telegram refuses text that is not valid UTF-8. */
export function wellFormed(text: string): string {
	return text.replace(loneSurrogate, "");
}

/** The first `max` characters of user text, cut between whole characters (an emoji is one). */
export function clip(text: string, max: number): string {
	const chars = Array.from(text);
	return chars.length <= max ? text : chars.slice(0, max).join("");
}
