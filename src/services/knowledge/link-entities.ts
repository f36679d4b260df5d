/**
 * Entity linking: which certificate, organisation, major or everyday word the parts of a
 * question name. Each part is searched on its own and the best-covering part wins, so the
 * frames around a name never drag its score down.
 */

import type { Certificate, Hit } from "../../core/knowledge-port.js";
import type { Searchers } from "./classify.js";
import type { Cues } from "./intent-cues.js";
import type { OrganisationGroup } from "./organisation-index.js";
import type { VocabularyHit } from "./vocabulary.js";

export interface Linked {
	cert?: {
		id: string;
		score: number;
		/** Index of the part it was found in. */
		chunk: number;
		query: string;
		/** Several certificates equally named by the part (`数控`, `工业机器人`): a field. */
		field: string[];
	};
	/** The best part's certificate hits, best first. */
	certs: Hit<Certificate>[];
	org?: OrganisationGroup;
	major?: { code: string; chunk: number; query: string };
	word?: VocabularyHit;
	/** Nothing but frames and filler. */
	empty: boolean;
}

type Part = { text: string; beforeMajor: boolean };

// A part's hits within this distance of its best hit name the same thing equally well.
const FIELD_SPREAD = 0.04;
const FIELD_MAX = 0.16;
// Certificates reached only through their organisation score from 0.1.
const ORG_ONLY = 0.1;
// A ramble has many parts; the first few carry the question, the rest only cost time.
const MAX_PARTS = 6;

function linkMajor(parts: Part[], cues: Cues, search: Searchers) {
	if (!cues.major || cues.english) return undefined;
	let best:
		| { code: string; chunk: number; query: string; score: number }
		| undefined;
	// A part right before 专业 names the major; only without one is every part a candidate.
	const marked = parts.some((p) => p.beforeMajor);
	parts.forEach((part, chunk) => {
		if (marked && !part.beforeMajor) return;
		const queries = [part.text];
		const bare = part.text.replace(/^[学读]/u, "");
		if (bare !== part.text && bare.length >= 2) queries.push(bare);
		for (const query of queries) {
			const hits = search.majors(query, 6);
			const top = hits[0];
			if (!top) continue;
			// A part right before 专业 is the major even when another part matches a little better.
			const score = top.score - (part.beforeMajor ? 0.05 : 0);
			if (top.score > 0.25 || (best && best.score <= score)) continue;
			const atLevel = cues.level
				? hits.find(
						(h) => h.item.name === top.item.name && h.item.level === cues.level,
					)
				: undefined;
			best = { code: (atLevel ?? top).item.code, chunk, query, score };
		}
	});
	return best;
}

function linkCertificate(
	parts: Part[],
	skip: number | undefined,
	search: Searchers,
) {
	let best:
		| { hits: Hit<Certificate>[]; chunk: number; query: string }
		| undefined;
	parts.forEach((part, chunk) => {
		if (chunk === skip || part.text.length < 2) return;
		const hits = search.certificates(part.text, 6);
		const top = hits[0];
		if (!top) return;
		const old = best?.hits[0];
		if (
			!old ||
			top.score < old.score - 0.001 ||
			(Math.abs(top.score - old.score) <= 0.001 &&
				part.text.length > (best?.query.length ?? 0))
		)
			best = { hits, chunk, query: part.text };
	});
	return best;
}

/** Links every entity the parts name; `text` is the whole normalised question (for vocabulary). */
export function linkEntities(
	text: string,
	allParts: Part[],
	cues: Cues,
	search: Searchers,
): Linked {
	const parts = allParts.filter((p) => p.text.length >= 2).slice(0, MAX_PARTS);
	const empty = parts.every((p) => p.text.length < 2 && !/\d/u.test(p.text));
	const major = linkMajor(parts, cues, search);
	const found = linkCertificate(parts, major?.chunk, search);
	const word = search.vocabulary.find(text);
	let cert: Linked["cert"];
	const top = found?.hits[0];
	if (found && top && !(word && top.score > 0.12)) {
		// Asked as a field (`有哪些`, `相关`): every certificate the part names directly.
		const close = found.hits.filter(
			(h) =>
				h.score <= FIELD_MAX &&
				(cues.field || h.score <= top.score + FIELD_SPREAD),
		);
		const field =
			top.score > 0 && close.length >= 2 ? close.map((h) => h.item.id) : [];
		cert = {
			id: top.item.id,
			score: top.score,
			chunk: found.chunk,
			query: found.query,
			field,
		};
	}
	let org: OrganisationGroup | undefined;
	for (const part of parts) {
		const hit = search.organisations(part.text, 1)[0];
		if (!hit) continue;
		const nameHit = cert && cert.score < ORG_ONLY;
		if (
			hit.score <= 0.06 ||
			(hit.score <= 0.15 && (cues.organisation || !nameHit))
		) {
			org = hit.item;
			break;
		}
	}
	return {
		...(cert ? { cert } : {}),
		certs: cert ? (found?.hits ?? []) : [],
		...(org ? { org } : {}),
		...(major
			? { major: { code: major.code, chunk: major.chunk, query: major.query } }
			: {}),
		...(word ? { word } : {}),
		empty,
	};
}
