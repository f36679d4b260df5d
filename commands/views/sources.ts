import type { Source } from "../../src/core/knowledge-port.js";

/** `标题（链接）` for each distinct source, so every answer shows where it comes from. */
export function sourceLines(sources: readonly Source[], limit = 3): string[] {
	const seen = new Set<string>();
	const lines: string[] = [];
	for (const s of sources) {
		// Low-trust pages are often reposts on sites that have since changed hands: name them, do
		// not send students there.
		const where =
			s.trust === "low"
				? ""
				: (s.url ?? (s.repo ? `${s.repo}${s.path ? `/${s.path}` : ""}` : ""));
		const line = where ? `${s.title}（${where}）` : s.title;
		if (seen.has(line)) continue;
		seen.add(line);
		lines.push(line);
		if (lines.length >= limit) break;
	}
	return lines;
}
