import type { MajorLevel } from "../../src/core/knowledge-port.js";

// Bachelor first: 高职本科 and 职业本科 are bachelor levels, not 高职专科.
const CUES: readonly [RegExp, MajorLevel][] = [
	[/职业本科|高职本科|本科层次|本科/u, "高等职业教育本科"],
	[/中等职业|中职|中专|职高|技校/u, "中等职业教育"],
	[/高等职业教育专科|高职|专科|大专|高专/u, "高等职业教育专科"],
];

/**
 * The level a question states (`中职`, `中等职业`, `高职`, `专科`, `大专`, `本科`, `职业本科`), or
 * `undefined` when it states none or names two different ones (`中高职贯通`).
 */
export function statedLevel(text: string): MajorLevel | undefined {
	const found = new Set<MajorLevel>();
	let rest = text.normalize("NFKC");
	for (const [cue, level] of CUES) {
		if (cue.test(rest)) {
			found.add(level);
			rest = rest.replace(new RegExp(cue.source, "gu"), " ");
		}
	}
	if (/中高职/u.test(text)) return undefined;
	return found.size === 1 ? [...found][0] : undefined;
}

/** `text` without the words that state a level, for searching the major's name. */
export function withoutLevel(text: string): string {
	let rest = text.normalize("NFKC");
	for (const [cue] of CUES)
		rest = rest.replace(new RegExp(cue.source, "gu"), " ");
	return rest
		.replace(/[(（][\s]*[)）]/gu, " ")
		.replace(/\s+/g, " ")
		.trim();
}
