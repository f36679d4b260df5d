import { toKey } from "../normalize.js";

const SUFFIX = /(?:职业技能等级证书|职业技能等级|等级证书)$/u;

/**
 * A certificate name as the shipped files write it: suffix 职业技能等级证书 dropped, runs of
 * spaces made one, ASCII brackets made full-width (`建筑信息模型(BIM)` → `建筑信息模型（BIM）`).
 */
export function cleanCertificateName(raw: string): string {
	const once = raw
		.normalize("NFC")
		.replace(/[\s\u3000]+/gu, " ")
		.trim()
		.replace(SUFFIX, "")
		.trim();
	return once.replace(/\(/g, "（").replace(/\)/g, "）");
}

/**
 * The key two names are the same certificate by: full-width and half-width, case, spaces,
 * punctuation and the suffix 职业技能等级证书 do not count (`ＷＥＢ前端开发职业技能等级证书` = `Web前端开发`).
 */
export function certificateNameKey(name: string): string {
	return toKey(cleanCertificateName(name.normalize("NFKC")));
}
