/**
 * Curated short forms and near-synonyms. Fuzzy matching cannot infer that 电商 means 电子商务,
 * so the table says it. A rule is kept only when its long form occurs in a real indexed name:
 * the table can never point a student at a certificate that does not exist.
 */

import { toKey } from "./normalize.js";

/** `[what people type, what names say]`, both as keys (see `toKey`). */
const RULES: readonly (readonly [string, string])[] = [
	["电商", "电子商务"],
	["护理", "照护"],
	["照护", "护理"],
	["养老", "老年"],
	["育婴", "母婴"],
	["计算机二级", "全国计算机等级考试"],
	["计算机等级", "全国计算机等级考试"],
	["bim", "建筑信息模型"],
	["前端", "web前端"],
	["plc", "可编程控制"],
	["ai", "人工智能"],
	["vr", "虚拟现实"],
	["bigdata", "大数据"],
	["cloud", "云计算"],
	// 传感网应用开发 is the IoT certificate of batch 2; there is no certificate named 物联网.
	["物联网", "传感网"],
	["iot", "传感网"],
	["网安", "网络安全"],
	["新能源车", "新能源汽车"],
	["汽修", "汽车运用与维修"],
	["软测", "软件测试"],
	["数媒", "数字媒体"],
	["双师", "双师型"],
	["1x", "职业技能等级证书"],
];

export interface Synonyms {
	/** Query variants with one or all rules applied; the original is not included. */
	expand(key: string): string[];
	/** Short forms of an indexed name (`电子商务数据分析` → `电商数据分析`). */
	aliasesFor(nameKey: string): string[];
	/** Rules kept for this corpus, for tests and the bench. */
	readonly rules: readonly (readonly [string, string])[];
}

/** Builds the table for one corpus: only rules whose long form occurs in `texts` survive. */
export function buildSynonyms(texts: readonly string[]): Synonyms {
	const keys = texts.map(toKey);
	const rules = RULES.filter(([, to]) => keys.some((k) => k.includes(to)));
	return {
		rules,
		expand(key) {
			const out = new Set<string>();
			let all = key;
			for (const [from, to] of rules) {
				if (!key.includes(from) || key.includes(to)) continue;
				out.add(key.split(from).join(to));
				if (!all.includes(to)) all = all.split(from).join(to);
			}
			if (all !== key) out.add(all);
			out.delete(key);
			return [...out].slice(0, 4);
		},
		aliasesFor(nameKey) {
			const out = new Set<string>();
			for (const [from, to] of rules) {
				if (nameKey.includes(to) && !nameKey.includes(from)) {
					out.add(nameKey.split(to).join(from));
				}
			}
			return [...out];
		},
	};
}
