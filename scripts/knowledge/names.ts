import type { CertLevel } from "../../src/features/knowledge/knowledge-port.js";

export const SUFFIX = "职业技能等级证书";
export const LEVELS: CertLevel[] = ["初级", "中级", "高级"];

function toFullWidth(s: string): string {
	return s.replace(/\(/g, "（").replace(/\)/g, "）");
}

/** Display name: suffix and any annotation after it removed, brackets full-width. */
export function certName(raw: string): string {
	// Curators' annotations: `数控车铣加工（页面称“数控车铣”）`, `…（as written; …）`.
	let s = toFullWidth(raw)
		.replace(/（(页面称|标准原文|as written|written)[^）]*）/g, "")
		.trim();
	const at = s.indexOf(SUFFIX);
	if (at >= 0) s = s.slice(0, at);
	return s
		.replace(/（[初中高、]+级）$/, "")
		.replace(/（1-3模块，中级）$/, "")
		.trim();
}

/** Merge key: the display name without any spaces. */
export function certKey(raw: string): string {
	return certName(raw).replace(/\s+/g, "");
}

/** "a / b / c 职业技能等级证书（note）" names several certificates at once. */
export function splitCertNames(raw: string): string[] {
	return raw
		.split(" / ")
		.map(certName)
		.filter((n) => n !== "");
}

export function levelsIn(text: string): CertLevel[] {
	if (!text.includes("级")) return [];
	const found = new Set<CertLevel>();
	if (text.includes("初")) found.add("初级");
	if (text.includes("中")) found.add("中级");
	if (text.includes("高")) found.add("高级");
	return LEVELS.filter((l) => found.has(l));
}

const codePattern = /\d{6}K?/g;

export function codesIn(text: string): string[] {
	return [...new Set(text.match(codePattern) ?? [])];
}

export function compareCodepoints(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
