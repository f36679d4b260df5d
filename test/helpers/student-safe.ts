import { expect } from "vitest";

// What only admins may see: trust grades, curator notes, code paths and repository names.
// (A weak answer may still say in words that its evidence is weak.)
export const ADMIN_ONLY = [
	/可信度[ ：:]/,
	/来源评级/,
	/\btrust\b/i,
	/\b(high|medium|low)\b/,
	/劫持|hijack/i,
	/代码仓库|仓库：|repo\b|github/i,
	/\.(py|java|jsonl|js|md)\b/,
	/uryuwr|gqy20|penghaibin9|yxs111|RayLiu09/,
	/commit [0-9a-f]{7}/,
	/名称未在摘录中出现|学校名未在摘录中出现|未经资料核实|繁体转载|原标题注记/,
	/not named|excerpt|address not known|code index|Baike/i,
	/\b[0-9a-f]{40}\b/,
];

/** Fails when `text` shows a student anything of `ADMIN_ONLY`; `what` names the answer. */
export function expectStudentSafe(text: string, what: string): void {
	for (const pattern of ADMIN_ONLY)
		expect(text, `${what} shows ${pattern}`).not.toMatch(pattern);
}
