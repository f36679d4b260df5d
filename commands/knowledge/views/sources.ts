import type { Locale } from "../../../src/core/i18n.js";
import { withNote } from "../../../src/core/render-text.js";
import { shorten } from "../../../src/core/text.js";
import type { Source } from "../../../src/features/knowledge/knowledge-port.js";

const TITLE_MAX = 40;

/**
 * What a student may be shown of a source: a short readable title and a link. Sources graded
 * `low` (hijacked or copied domains, unidentified code, no address) are not cited at all;
 * trust levels, notes, repositories and paths never appear. Admins see them with /source.
 */
export function sourceLines(
	sources: readonly Source[],
	limit = 3,
	locale: Locale = "zh-CN",
): string[] {
	const seen = new Set<string>();
	const lines: string[] = [];
	for (const s of sources) {
		if (s.trust === "low") continue;
		const title =
			Array.from(s.title).length > TITLE_MAX
				? `${shorten(s.title, TITLE_MAX)}…`
				: s.title;
		const line = s.url ? withNote(title, s.url, locale) : title;
		if (seen.has(line)) continue;
		seen.add(line);
		lines.push(line);
		if (lines.length >= limit) break;
	}
	return lines;
}

/** Whether a source may be cited to a student. */
export const citable = (s: Source): boolean => s.trust !== "low";
