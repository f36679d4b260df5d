import type {
	Source,
	Trust,
} from "../../src/features/knowledge/knowledge-port.js";
import { fail } from "./fail.js";

/**
 * Passes 3–5 grade each row `official` / `school` / `news` / `unknown`. `unknown` (third-party
 * code, hijacked or copied domains, no address) is never to reach a student as authoritative,
 * so it becomes `low`, which the bot does not cite to students.
 */
export function passTrust(raw: string): Trust {
	switch (raw.trim()) {
		case "official":
			return "high";
		case "school":
		case "news":
			return "medium";
		case "unknown":
			return "low";
		default:
			return fail(`unknown pass trust "${raw}"`);
	}
}

const TRUST_WORD: Record<string, string> = {
	official: "官方文件转载",
	school: "学校网站",
	news: "新闻或期刊转载",
	unknown: "转载页",
};

/** A URL as the bot may print it: percent-encoded, or null when it does not parse. */
function cleanUrl(raw: string): string | null {
	try {
		const u = new URL(raw);
		return /^https?:$/.test(u.protocol) ? u.href : null;
	} catch {
		return null;
	}
}

/**
 * The source of a pass 3–5 row. The cell is a URL (possibly followed by ` — note` or
 * ` (note)`), `repo@commit:path`, or a sentence saying why there is no address. The title is
 * short and readable (`学校网站（www.ycvc.com.cn）` unless one is given); everything a curator
 * needs — the raw grade, the grader's note, commits, "repo not identified" — goes to `note`.
 */
export function passSource(
	rawCell: string,
	trustRaw: string,
	opts: { title?: string; note?: string } = {},
): Source {
	const cell = rawCell.trim();
	const notes: string[] = [`来源评级：${trustRaw}`];
	if (opts.note) notes.push(opts.note);
	const trust = passTrust(trustRaw);
	const repoMatch = /^([\w.-]+\/[\w.-]+)@([0-9a-f]{7,40}):(\S+)/.exec(cell);
	if (repoMatch) {
		const [, repo, commit, path] = repoMatch;
		notes.push(`commit ${commit}`);
		if (cell.length > repoMatch[0].length)
			notes.push(cell.slice(repoMatch[0].length).trim());
		return {
			title: opts.title ?? "公开代码仓库中的资料",
			repo: repo ?? fail("repo"),
			path: path ?? fail("path"),
			trust: trust === "high" ? "medium" : trust,
			note: [...notes, "资料存放在代码仓库中，未与原件核对"].join("；"),
		};
	}
	const urlMatch = /^https?:\/\/\S+/.exec(cell);
	const url = urlMatch ? cleanUrl(urlMatch[0]) : null;
	if (urlMatch && cell.length > urlMatch[0].length)
		notes.push(
			cell
				.slice(urlMatch[0].length)
				.replace(/^\s*[—-]\s*/, "")
				.trim(),
		);
	if (!url) notes.push(`无地址：${cell}`);
	const host = url ? new URL(url).hostname : null;
	const word = TRUST_WORD[trustRaw.trim()] ?? "资料";
	const source: Source = {
		title: opts.title ?? (host ? `${word}（${host}）` : `${word}（无地址）`),
		trust,
		note: notes.join("；"),
	};
	if (url) source.url = url;
	return source;
}
