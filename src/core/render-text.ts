import type { Locale } from "./i18n.js";
import type { Block, Reply } from "./reply.js";

/** The punctuation a renderer puts around the reply's own text: full-width for Chinese readers. */
export interface Punctuation {
	/** Around a heading: `【…】` / `[…]`. */
	headingOpen: string;
	headingClose: string;
	/** Between a field's label and value: `：` / `: `. */
	colon: string;
	/** Around a progress bar's figures: `（…）` / ` (…)`. */
	parenOpen: string;
	parenClose: string;
	/** Between items of a run-on list (sources): `；` / `; `. */
	semicolon: string;
}

const PUNCTUATION: Record<Locale, Punctuation> = {
	"zh-CN": {
		headingOpen: "【",
		headingClose: "】",
		colon: "：",
		parenOpen: "（",
		parenClose: "）",
		semicolon: "；",
	},
	en: {
		headingOpen: "[",
		headingClose: "]",
		colon: ": ",
		parenOpen: " (",
		parenClose: ")",
		semicolon: "; ",
	},
};

/** Chinese punctuation for Chinese replies, English punctuation for English ones. */
export function punctuationOf(locale: Locale): Punctuation {
	return PUNCTUATION[locale];
}

/** `标题（注）` or `title (note)`: a note in brackets after some text, in the reply's language. */
export function withNote(text: string, note: string, locale: Locale): string {
	const p = punctuationOf(locale);
	return `${text}${p.parenOpen}${note}${p.parenClose}`;
}

/** `来源：a；b` or `Sources: a; b`: a label and a run-on list, in the reply's language. */
export function labelledList(
	label: string,
	items: readonly string[],
	locale: Locale,
): string {
	const p = punctuationOf(locale);
	return `${label}${p.colon}${items.join(p.semicolon)}`;
}

/** `（45/180 天）` or ` (45/180 days)`: the figures after a progress bar. */
export function progressFigures(
	block: Extract<Block, { type: "progress" }>,
	locale: Locale,
): string {
	const p = punctuationOf(locale);
	return `${p.parenOpen}${formatNumber(block.value)}/${formatNumber(block.max)} ${block.unit}${p.parenClose}`;
}

/**
 * `▓▓▓▓░░░░░░ 40%`: ten cells, so it reads the same in every chat font. Both the cells and the
 * percentage round down, so a bar is full and says 100% only when the target is really met.
 */
export function progressBar(value: number, max: number): string {
	const ratio = max > 0 ? Math.max(0, Math.min(1, value / max)) : 0;
	const filled = Math.floor(ratio * 10);
	return `${"▓".repeat(filled)}${"░".repeat(10 - filled)} ${Math.floor(ratio * 100)}%`;
}

/** Up to two decimals, trailing zeros dropped (159.96 stays 159.96; 3.50 becomes 3.5). */
export function formatNumber(n: number): string {
	return String(Math.round(n * 100) / 100);
}

/**
 * One block as plain text lines, punctuated for `locale`; shared by the console and as the
 * fallback of other adapters.
 */
export function renderBlockText(
	block: Block,
	locale: Locale = "zh-CN",
): string {
	const p = punctuationOf(locale);
	switch (block.type) {
		case "heading":
			return `${p.headingOpen}${block.text}${p.headingClose}`;
		case "text":
			return block.text;
		case "fields":
			return block.fields
				.map((f) => `${f.label}${p.colon}${f.value}`)
				.join("\n");
		case "list":
			return block.items
				.map((item, i) => (block.ordered ? `${i + 1}. ${item}` : `• ${item}`))
				.join("\n");
		case "progress":
			return `${block.label}\n${progressBar(block.value, block.max)}${progressFigures(block, locale)}`;
		case "choices": {
			const lines = block.choices.map(
				(c, i) => `  ${i + 1}) ${c.label}  → ${c.command}`,
			);
			return [block.prompt, ...lines]
				.filter((l): l is string => !!l)
				.join("\n");
		}
		case "file":
			return `📎 ${block.name}${block.caption ? ` — ${block.caption}` : ""}`;
	}
}

/** A whole reply as plain text, blocks separated by blank lines. */
export function renderText(reply: Reply, locale: Locale = "zh-CN"): string {
	return reply.blocks.map((b) => renderBlockText(b, locale)).join("\n\n");
}
