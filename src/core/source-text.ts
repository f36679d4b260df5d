import type { Source } from "./knowledge-port.js";

const URL_IN_TEXT = /https?:\/\/[^\s，。；、）)]+/u;

/** What a source typed by an admin (`来源=` in chat, `--source`, a 来源 cell) turns into. */
export type SourceText =
	| { ok: true; source: Source }
	| { ok: false; reason: "empty" | "too-long" | "bad-url" };

export const SOURCE_TEXT_MAX = 300;

/**
 * `第四批职业技能等级证书名单 https://example.edu.cn/x.html` → title + url. A bare address
 * becomes its own title (`example.edu.cn`); an address whose host has no dot is refused. Without an address the note records who entered
 * it and when, which admins see and students do not. Trust is `medium`: the college's office
 * vouches for it, but it was not checked against the research data.
 */
export function sourceFromText(
	raw: string,
	stamp: { by: string; date: string },
): SourceText {
	const text = raw.replace(/\s+/gu, " ").trim();
	if (text === "") return { ok: false, reason: "empty" };
	if (Array.from(text).length > SOURCE_TEXT_MAX)
		return { ok: false, reason: "too-long" };
	if (/https?:\/\/(?:\s|$)/u.test(text))
		return { ok: false, reason: "bad-url" };
	const found = URL_IN_TEXT.exec(text)?.[0];
	let url: string | undefined;
	if (found) {
		try {
			const parsed = new URL(found);
			// `http://x` or `https://学校` is a half-typed address: a student's link would go nowhere.
			if (!/\.[^.]+$/u.test(parsed.hostname))
				return { ok: false, reason: "bad-url" };
			url = parsed.href;
		} catch {
			return { ok: false, reason: "bad-url" };
		}
	}
	const rest = (found ? text.replace(found, " ") : text)
		.replace(/\s+/gu, " ")
		.trim();
	const title = rest || (url ? new URL(url).host : text);
	return {
		ok: true,
		source: {
			title,
			...(url ? { url } : {}),
			trust: "medium",
			// Stored with the record, which the knowledge base keeps in Chinese; admins read it in /source.
			note: `${stamp.date} 由 ${stamp.by} 录入`,
		},
	};
}

/** A source as one line for the audit trail and admin replies. */
export function sourceLine(source: Source): string {
	return source.url ? `${source.title} ${source.url}` : source.title;
}
