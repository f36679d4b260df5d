import type { Block, Reply } from "./reply.js";

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

/** One block as plain text lines; shared by the console and as the fallback of other adapters. */
export function renderBlockText(block: Block): string {
	switch (block.type) {
		case "heading":
			return `【${block.text}】`;
		case "text":
			return block.text;
		case "fields":
			return block.fields.map((f) => `${f.label}：${f.value}`).join("\n");
		case "list":
			return block.items
				.map((item, i) => (block.ordered ? `${i + 1}. ${item}` : `• ${item}`))
				.join("\n");
		case "progress":
			return `${block.label}\n${progressBar(block.value, block.max)}（${formatNumber(block.value)}/${formatNumber(block.max)} ${block.unit}）`;
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
export function renderText(reply: Reply): string {
	return reply.blocks.map(renderBlockText).join("\n\n");
}
