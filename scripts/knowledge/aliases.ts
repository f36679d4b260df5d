import type { CertDraft, CertDrafts } from "./drafts.js";
import { ENGLISH_ALIASES } from "./english-aliases.js";
import { fail } from "./fail.js";

/**
 * Short names students type. Search helpers, not facts: each is a plain derivation of the
 * official name, and one that would fit two certificates is dropped.
 */
const CURATED_ALIASES: Record<string, string[]> = {
	Web前端开发: ["Web前端", "前端", "前端开发"],
	电子商务数据分析: ["电商数据分析"],
	网店运营推广: ["网店运营"],
	失智老年人照护: ["失智照护"],
	数控车铣加工: ["数控车铣"],
	Python程序开发: ["Python"],
	智能新能源汽车: ["新能源汽车"],
	汽车运用与维修: ["汽车维修"],
};
/** Latin tokens too generic to stand for one certificate. */
const NOT_ALIASES = new Set(["IT", "APP", "Web"]);

function autoAliases(name: string): string[] {
	const out: string[] = [];
	const bare = name.replace(/（[^）]*）/g, "");
	if (bare !== name && bare !== "") out.push(bare);
	for (const m of name.match(/[A-Za-z][A-Za-z0-9+]+/g) ?? [])
		if (!NOT_ALIASES.has(m)) out.push(m);
	return out;
}

/** Curated aliases of one certificate: the Chinese short names, then the English ones. */
function curatedFor(key: string): string[] {
	return [...(CURATED_ALIASES[key] ?? []), ...(ENGLISH_ALIASES[key] ?? [])];
}

/**
 * Aliases of every draft, by key, in the order of `orderedDrafts`: Chinese short names,
 * derived ones, then English. An alias that is some certificate's name is dropped; a curated
 * one for a certificate not in `drafts` fails.
 */
export function aliasesByKey(
	drafts: CertDrafts,
	orderedDrafts: CertDraft[],
): Map<string, string[]> {
	const aliasOwners = new Map<string, Set<string>>();
	const candidateAliases = new Map<string, string[]>();
	for (const d of orderedDrafts) {
		const list = [
			...(CURATED_ALIASES[d.key] ?? []),
			...autoAliases(d.name),
			...(ENGLISH_ALIASES[d.key] ?? []),
		];
		candidateAliases.set(d.key, list);
		for (const a of list) {
			const owners = aliasOwners.get(a) ?? new Set();
			owners.add(d.key);
			aliasOwners.set(a, owners);
		}
	}
	for (const key of [
		...Object.keys(CURATED_ALIASES),
		...Object.keys(ENGLISH_ALIASES),
	])
		if (!drafts.has(key)) fail(`curated alias for unknown certificate ${key}`);
	const names = new Set(orderedDrafts.map((d) => d.name));

	const aliasesFor = (d: CertDraft): string[] => {
		const curated = curatedFor(d.key);
		return [
			...new Set(
				(candidateAliases.get(d.key) ?? []).filter(
					(a) =>
						!names.has(a) &&
						// Curated entries were chosen knowing the others; derived ones must be unique.
						(curated.includes(a) || aliasOwners.get(a)?.size === 1),
				),
			),
		];
	};
	return new Map(orderedDrafts.map((d) => [d.key, aliasesFor(d)]));
}
