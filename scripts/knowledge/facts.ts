import type {
	Source,
	Trust,
} from "../../src/features/knowledge/knowledge-port.js";
import { fail } from "./fail.js";
import { type PlanItem, planSource } from "./plans.js";
import { isHijackedUrl } from "./sanitize.js";
import { addSource, mapTrust } from "./sources.js";

interface FactSource {
	type: "web_page" | "github_file";
	title?: string;
	address?: string;
	repo?: string;
	path?: string;
	commit?: string;
}
export interface PolicyFact {
	id: string;
	topic: string;
	fact_zh: string;
	sources: FactSource[];
	confidence: string;
}
export interface BatchFact {
	id: string;
	fact: string;
	source: { title?: string; url: string };
	trust: string;
}

/** A fact's trust and where it was read, by fact id (F…, B… or P…). */
export type Facts = Map<string, { trust: Trust; sources: Source[] }>;

/** Policy facts → sources: the policy facts, the batch facts and the plan items, by id. */
export function collectFacts(
	policyFacts: PolicyFact[],
	batchFacts: BatchFact[],
	plans: PlanItem[],
): Facts {
	const facts: Facts = new Map();
	for (const f of policyFacts) {
		const trust = mapTrust(f.confidence);
		facts.set(f.id, {
			trust,
			sources: f.sources
				// A page on a host now serving spam is not cited at all; the fact keeps its
				// other copies (AUDIT: 3232186.cn).
				.filter((s) => !s.address || !isHijackedUrl(s.address))
				.map((s) => factSource(f, s, trust)),
		});
	}
	for (const f of batchFacts) {
		const trust = mapTrust(f.trust);
		facts.set(f.id, {
			trust,
			sources: [
				{
					title: f.source.title ?? `页面：${f.fact.slice(0, 30)}`,
					url: f.source.url,
					trust,
					note: `事实 ${f.id}；可信度：${f.trust}`,
				},
			],
		});
	}
	// Plan items carry the one known fee and the registration route.
	for (const item of plans) {
		const s = planSource(item);
		facts.set(item.id, {
			trust: s.trust,
			sources: [{ ...s, note: `条目 ${item.id}；${s.note}` }],
		});
	}
	return facts;
}

/**
 * One source of a policy fact. A repository file is titled by the fact's topic, never by the
 * repository's name (students see titles); a file whose repository is not known is `low`.
 */
function factSource(f: PolicyFact, s: FactSource, trust: Trust): Source {
	const notes = [`事实 ${f.id}`, `可信度：${f.confidence}`];
	if (s.type === "web_page" && s.title?.startsWith("職業學校教師企業實踐規定"))
		notes.push(`原标题：${s.title}`);
	if (s.type === "web_page")
		return {
			// The full text survives only as a Traditional-script repost; students read its name.
			title: s.title?.startsWith("職業學校教師企業實踐規定")
				? "《职业学校教师企业实践规定》全文"
				: (s.title ?? f.topic),
			...(s.address ? { url: s.address } : {}),
			trust,
			note: notes.join("；"),
		};
	const known = s.repo && !s.repo.startsWith("(");
	const path = s.path?.split(" (")[0];
	if (s.commit) notes.push(`commit ${s.commit}`);
	if (!known) notes.push(`仓库未识别：${s.repo}；${s.path}`);
	else if (s.path && path !== s.path) notes.push(s.path);
	return {
		title: `${f.topic}（资料转录）`,
		...(known ? { repo: s.repo, path } : {}),
		trust: known ? trust : "low",
		note: notes.join("；"),
	};
}

/** The weakest trust among `ids` and their sources without repeats; an unknown id fails. */
export function sourcesOf(
	facts: Facts,
	ids: string[],
): { trust: Trust; sources: Source[] } {
	const rank: Record<Trust, number> = { high: 2, medium: 1, low: 0 };
	let trust: Trust = "high";
	const sources: Source[] = [];
	for (const id of ids) {
		const f = facts.get(id) ?? fail(`unknown fact ${id}`);
		if (rank[f.trust] < rank[trust]) trust = f.trust;
		for (const s of f.sources) addSource(sources, s);
	}
	return { trust, sources };
}
