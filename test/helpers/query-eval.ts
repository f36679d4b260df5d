/**
 * The student query sets and how an answer is judged against them, shared by the accuracy test
 * and `npm run eval:search`. An answer is what `ask` would show: the intent it routes to and
 * the records it names, best first.
 */

import { readFileSync } from "node:fs";
import Fuse from "fuse.js";
import type {
	Intent,
	KnowledgeService,
} from "../../src/core/knowledge-port.js";

export type Expected =
	| "certificate"
	| "exam"
	| "organisation"
	| "major"
	| "pairing"
	| "faq"
	| "clarify"
	| "none"
	| "major-english";

export interface StudentQuery {
	query: string;
	kind: string;
	intent: Expected;
	/** Certificate ids, major names, organisation names or FAQ ids (`*`: any FAQ). */
	expect: string[];
	/** Major names, for a pairing. */
	majors?: string[];
}

export interface QuerySet {
	frozen: boolean;
	queries: StudentQuery[];
}

export function readQuerySet(name: "student" | "frozen"): QuerySet {
	return JSON.parse(
		readFileSync(
			new URL(`../fixtures/search-queries-${name}.json`, import.meta.url),
			"utf8",
		),
	) as QuerySet;
}

/** What an answer shows, in the order a student sees it. */
export interface Shown {
	kind: Intent["kind"] | "list";
	certificates: string[];
	majors: string[];
	organisation?: string;
	faq: string[];
}

const uniq = (ids: string[]) => [...new Set(ids)];

/** What `ask` shows for a question, read from the service's intent. */
export function shownBy(service: KnowledgeService, question: string): Shown {
	const intent = service.classify(question);
	const base: Shown = {
		kind: intent.kind,
		certificates: [],
		majors: [],
		faq: [],
	};
	switch (intent.kind) {
		case "certificate":
		case "exam":
			return {
				...base,
				certificates: uniq([
					intent.certificateId,
					...(intent.alternatives ?? []),
				]),
			};
		case "field":
			return { ...base, certificates: intent.certificateIds };
		case "major":
			return {
				...base,
				majors: uniq([
					service.getMajor(intent.majorCode)?.name ?? "",
					...service
						.searchMajors(intent.query ?? question, 3)
						.map((h) => h.item.name),
				]),
			};
		case "pairing":
			return {
				...base,
				certificates: [intent.certificateId],
				majors: [service.getMajor(intent.majorCode)?.name ?? ""],
			};
		case "organisation":
			return { ...base, organisation: intent.organisation };
		case "faq":
			return { ...base, faq: [intent.faqId] };
		case "major-english":
		case "none":
			return { ...base, certificates: intent.certificateIds };
		case "clarify":
			return base;
		case "unknown": {
			// `ask` falls back to a close FAQ answer, never to a list of certificates.
			const faq = service.searchFaq(question, 1)[0];
			if (faq && faq.score < 0.3)
				return { ...base, kind: "faq", faq: [faq.item.id] };
			return base;
		}
	}
}

const hasAny = (got: string[], want: string[]) =>
	got.some((g) => want.includes(g));

/** True when the answer is right within the first `k` records it names. */
export function judge(q: StudentQuery, shown: Shown, k: number): boolean {
	const certs = shown.certificates.slice(0, k);
	switch (q.intent) {
		case "certificate":
			return (
				["certificate", "field", "list"].includes(shown.kind) &&
				hasAny(certs, q.expect)
			);
		case "exam":
			return shown.kind === "exam" && hasAny(certs, q.expect);
		case "organisation":
			return (
				shown.kind === "organisation" &&
				q.expect.includes(shown.organisation ?? "")
			);
		case "major":
			return (
				shown.kind === "major" && hasAny(shown.majors.slice(0, k), q.expect)
			);
		case "pairing":
			return (
				shown.kind === "pairing" &&
				hasAny(shown.majors.slice(0, 1), q.majors ?? []) &&
				hasAny(certs, q.expect)
			);
		case "faq":
			return (
				shown.kind === "faq" &&
				(q.expect.includes("*") || hasAny(shown.faq.slice(0, k), q.expect))
			);
		case "none":
			return (
				shown.kind === "none" ||
				(["clarify", "unknown"].includes(shown.kind) && certs.length === 0)
			);
		case "clarify":
			return (
				["clarify", "unknown"].includes(shown.kind) &&
				certs.length === 0 &&
				shown.majors.length === 0
			);
		case "major-english":
			return shown.kind === "major-english";
	}
}

/** Plain fuse.js, default options, names only: what a project would start with. */
export function plainFuse(service: KnowledgeService) {
	const certs = new Fuse([...service.certificates], { keys: ["name"] });
	const majors = new Fuse([...service.majors], { keys: ["name"] });
	const orgs = new Fuse(
		uniq(service.certificates.flatMap((c) => c.organisation ?? [])),
	);
	const faq = new Fuse([...service.faq], { keys: ["question"] });
	return (q: StudentQuery): Shown => {
		const base: Shown = {
			kind: "unknown",
			certificates: [],
			majors: [],
			faq: [],
		};
		const c = () => certs.search(q.query, { limit: 3 }).map((r) => r.item.id);
		switch (q.intent) {
			case "certificate":
				return { ...base, kind: "list", certificates: c() };
			case "exam":
				return { ...base, kind: "exam", certificates: c() };
			case "major":
				return {
					...base,
					kind: "major",
					majors: majors.search(q.query, { limit: 3 }).map((r) => r.item.name),
				};
			case "pairing":
				return {
					...base,
					kind: "pairing",
					certificates: c(),
					majors: majors.search(q.query, { limit: 1 }).map((r) => r.item.name),
				};
			case "organisation": {
				const hit = orgs.search(q.query, { limit: 1 })[0];
				return hit
					? { ...base, kind: "organisation", organisation: hit.item }
					: base;
			}
			case "faq":
				return {
					...base,
					kind: "faq",
					faq: faq.search(q.query, { limit: 3 }).map((r) => r.item.id),
				};
			default: {
				const list = c();
				return list.length > 0
					? { ...base, kind: "list", certificates: list }
					: base;
			}
		}
	};
}

export interface Tally {
	n: number;
	top1: number;
	top3: number;
}

/** Top-1/top-3 counts per kind (and `all`) for one way of answering. */
export function tally(
	queries: StudentQuery[],
	answer: (q: StudentQuery) => Shown,
	misses?: string[],
): Map<string, Tally> {
	const out = new Map<string, Tally>();
	const add = (kind: string, one: boolean, three: boolean) => {
		const t = out.get(kind) ?? { n: 0, top1: 0, top3: 0 };
		t.n++;
		if (one) t.top1++;
		if (three) t.top3++;
		out.set(kind, t);
	};
	for (const q of queries) {
		const shown = answer(q);
		const one = judge(q, shown, 1);
		const three = judge(q, shown, 3);
		add(q.kind, one, three);
		add("all", one, three);
		if (!three && misses)
			misses.push(
				`${q.kind}: ${q.query.slice(0, 40)} wanted ${q.intent} ${[...(q.majors ?? []), ...q.expect].join("/")}, got ${shown.kind} ${[...shown.majors, ...shown.certificates, shown.organisation ?? "", ...shown.faq].join(",")}`,
			);
	}
	return out;
}
