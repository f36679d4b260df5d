import type { Major } from "../../core/knowledge-port.js";

// What may follow a major's name when a description lists it (`软件技术、软件与信息服务等专业`).
const LIST_END = '、，,。；;等专及和”"）)';

/**
 * Where the official description names the major (or one of its `olderNames`) in a list, or
 * its 专业类 / 专业大类 as a "…类" field: an excerpt around the mention, or null. A name must be
 * followed by a list mark, so that 护理 does not match every text about 护理技术.
 */
export function descriptionMention(
	description: string | null,
	major: Major,
	olderNames: readonly string[] = [],
): string | null {
	if (description === null || !description.includes("专业")) return null;
	const targets = [major.name, ...olderNames, major.className];
	if (major.categoryName) {
		targets.push(major.categoryName.replace(/大类$/u, "类"));
	}
	for (const target of targets) {
		if ([...target].length < 2) continue;
		let at = description.indexOf(target);
		while (at >= 0) {
			const next = description[at + target.length] ?? "。";
			if (LIST_END.includes(next)) {
				const from = Math.max(0, at - 12);
				const to = Math.min(description.length, at + target.length + 12);
				return `${from > 0 ? "…" : ""}${description.slice(from, to)}${to < description.length ? "…" : ""}`;
			}
			at = description.indexOf(target, at + 1);
		}
	}
	return null;
}
