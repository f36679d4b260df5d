import type { Block, Reply } from "../../core/reply.js";

// Discord turns a bare URL into a link up to the next space or `<`; inside it nothing is
// markdown, and a backslash there would end up in the address, so URLs are left as they are.
const URL_TOKEN = /https?:\/\/[^\s<]+/g;

/**
 * Text → Discord markdown that shows exactly that text: every character markdown gives a
 * meaning (`* _ ~ \` | [ ] ( ) < > \`) is escaped, and so is what starts a heading, quote,
 * list or subtext at the beginning of a line. So `[教务处](https://…)` stays a visible
 * bracket and a link, never a masked link; a backtick cannot open or close a code span; `<@1>`
 * or `<t:0>` is not a mention or timestamp.
 */
export function escapeMarkdown(raw: string): string {
	// Overrides and isolates that older stored text may hold would reorder what follows them.
	const text = raw.replace(/[\u202A-\u202E\u2066-\u2069]/g, "");
	let out = "";
	let last = 0;
	for (const m of text.matchAll(URL_TOKEN)) {
		out += escapePlain(text.slice(last, m.index)) + m[0];
		last = m.index + m[0].length;
	}
	return out + escapePlain(text.slice(last));
}

function escapePlain(text: string): string {
	return text
		.replace(/[\\*_~`|[\]()<>]/g, "\\$&")
		.replace(/^([ \t]*)([#-])/gm, "$1\\$2")
		.replace(/^([ \t]*\d+)\.(?=\s)/gm, "$1\\.");
}

/**
 * The one place where a reply's text becomes Discord markdown: every string that is shown as
 * text (headings, text, fields, list items, progress labels, prompts, captions) is escaped.
 * Button labels and file names are not markdown and stay as they are.
 */
export function escapeReply(reply: Reply): Reply {
	return { ...reply, blocks: reply.blocks.map(escapeBlock) };
}

function escapeBlock(block: Block): Block {
	const e = escapeMarkdown;
	switch (block.type) {
		case "heading":
		case "text":
			return { ...block, text: e(block.text) };
		case "fields":
			return {
				...block,
				fields: block.fields.map((f) => ({
					label: e(f.label),
					value: e(f.value),
				})),
			};
		case "list":
			return { ...block, items: block.items.map(e) };
		case "progress":
			return { ...block, label: e(block.label), unit: e(block.unit) };
		case "choices":
			return block.prompt === undefined
				? block
				: { ...block, prompt: e(block.prompt) };
		case "file":
			return block.caption === undefined
				? block
				: { ...block, caption: e(block.caption) };
	}
}
