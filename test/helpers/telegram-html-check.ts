/**
 * What Telegram's HTML parse mode accepts, as far as our messages go: the documented tags,
 * properly nested; only `&lt; &gt; &amp; &quot;` and numeric entities; no bare `<` or `>`.
 * Returns the visible text (what Telegram counts) or the reason Telegram would refuse it.
 */
const allowedTags = new Set([
	"b",
	"strong",
	"i",
	"em",
	"u",
	"ins",
	"s",
	"strike",
	"del",
	"span",
	"tg-spoiler",
	"a",
	"tg-emoji",
	"code",
	"pre",
	"blockquote",
]);

const named: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"' };

export type HtmlCheck =
	| { ok: true; text: string }
	| { ok: false; error: string };

export function checkHtml(html: string): HtmlCheck {
	const stack: string[] = [];
	let text = "";
	let i = 0;
	while (i < html.length) {
		const ch = html[i] as string;
		if (ch === "<") {
			const end = html.indexOf(">", i);
			if (end < 0) return { ok: false, error: `unclosed tag at ${i}` };
			const raw = html.slice(i + 1, end);
			const m = /^(\/?)([a-z-]+)(\s[^<]*)?$/.exec(raw);
			if (!m)
				return { ok: false, error: `Unsupported start tag "${raw}" at ${i}` };
			const [, closing, name = ""] = m;
			if (!allowedTags.has(name))
				return { ok: false, error: `Unsupported start tag "${name}" at ${i}` };
			if (closing) {
				if (stack.pop() !== name)
					return { ok: false, error: `Unmatched end tag "${name}" at ${i}` };
			} else stack.push(name);
			i = end + 1;
		} else if (ch === ">") {
			return { ok: false, error: `bare ">" at ${i}` };
		} else if (ch === "&") {
			const m = /^&(?:([a-z]+)|#(\d+)|#x([0-9a-f]+));/i.exec(
				html.slice(i, i + 12),
			);
			if (!m) return { ok: false, error: `Character entity expected at ${i}` };
			if (m[1] !== undefined) {
				const value = named[m[1]];
				if (value === undefined)
					return { ok: false, error: `Unsupported HTML entity "${m[1]}"` };
				text += value;
			} else {
				text += String.fromCodePoint(
					Number.parseInt(m[2] ?? m[3] ?? "0", m[2] ? 10 : 16),
				);
			}
			i += m[0].length;
		} else {
			text += ch;
			i++;
		}
	}
	if (stack.length > 0)
		return { ok: false, error: `Unclosed tag "${stack.pop()}"` };
	return { ok: true, text };
}

/** The visible text of HTML the bot sent; fails the test when Telegram would reject the HTML. */
export function visible(html: string): string {
	const checked = checkHtml(html);
	if (!checked.ok) throw new Error(checked.error);
	return checked.text;
}
