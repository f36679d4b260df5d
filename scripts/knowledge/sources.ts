import type {
	Source,
	Trust,
} from "../../src/features/knowledge/knowledge-port.js";
import { fail } from "./fail.js";

/**
 * Sources grade trust in words ("medium-high", "low-medium (hijacked domain)"). Our scale has
 * three steps, so a mixed grade is rounded down: a reader should never see more certainty
 * than the source gave. The original wording stays in the source note.
 */
export function mapTrust(raw: string): Trust {
	const s = raw.trim().toLowerCase();
	if (s.startsWith("high")) return "high";
	if (s.startsWith("medium")) return "medium";
	if (s.startsWith("low")) return "low";
	return fail(`unknown trust grade "${raw}"`);
}

/** "url1 ; url2" and the notes used in place of a missing address. */
export function pageSource(
	title: string,
	rawUrl: string,
	trustRaw: string,
	extraNote?: string,
): Source {
	const urls = rawUrl
		.split(" ; ")
		.map((u) => u.trim())
		.filter((u) => /^https?:\/\//.test(u));
	const notes: string[] = [];
	if (urls.length === 0 && rawUrl) notes.push(`无地址：${rawUrl}`);
	if (urls.length > 1) notes.push(`另见 ${urls.slice(1).join(" ")}`);
	notes.push(`来源评级：${trustRaw}`);
	if (extraNote) notes.push(extraNote);
	const source: Source = { title, trust: mapTrust(trustRaw) };
	if (urls[0]) source.url = urls[0];
	source.note = notes.join("；");
	return source;
}

/** One page or file is one source, however differently two facts titled it. */
export function sameSource(a: Source, b: Source): boolean {
	if (a.url || a.repo || b.url || b.repo)
		return a.url === b.url && a.repo === b.repo && a.path === b.path;
	return a.title === b.title;
}

/** Appends `s` unless the list already holds the same page or file. */
export function addSource(list: Source[], s: Source): void {
	if (!list.some((x) => sameSource(x, s))) list.push(s);
}
