/**
 * Query understanding for free-text questions in `ask`, as a pipeline of small steps:
 * normalise (NFKC, traditional → simplified) → split off question frames → read the intent
 * cues → link entities (certificate, organisation, major, everyday word) from the parts left →
 * route. Search works on the parts, never on the whole sentence.
 */

import type {
	Certificate,
	FaqEntry,
	Hit,
	Intent,
	Major,
} from "../../core/knowledge-port.js";
import { type Cues, findCues } from "./intent-cues.js";
import { type Linked, linkEntities } from "./link-entities.js";
import { normalize } from "./normalize.js";
import type { OrganisationGroup } from "./organisation-index.js";
import { contentParts, splitQuestion } from "./question-frames.js";
import { toSimplified } from "./to-simplified.js";
import type { Vocabulary } from "./vocabulary.js";

export interface Searchers {
	certificates(query: string, limit: number): Hit<Certificate>[];
	majors(query: string, limit: number): Hit<Major>[];
	faq(query: string, limit: number): Hit<FaqEntry>[];
	organisations(query: string, limit: number): Hit<OrganisationGroup>[];
	vocabulary: Vocabulary;
}

/** How much of a question is read: a ramble's tail adds cost, not meaning. */
const READ_CHARS = 160;
const LIKELY = 0.4;

/** Step 1: one form for every way of typing the same text. */
export function normaliseQuestion(question: string): string {
	return toSimplified(normalize(question.slice(0, READ_CHARS * 2))).slice(
		0,
		READ_CHARS,
	);
}

function faqIntent(
	search: Searchers,
	query: string,
	limit: number,
): Intent | undefined {
	const faq = search.faq(query, 1)[0];
	return faq && faq.score <= limit
		? { kind: "faq", faqId: faq.item.id }
		: undefined;
}

/** The last step: which answer the cues and the linked entities call for. */
function route(
	text: string,
	cues: Cues,
	found: Linked,
	search: Searchers,
): Intent {
	const { cert, certs, org, major, word, empty } = found;
	// One FAQ search of the whole question, made when first needed, serves every check below.
	let whole: Hit<FaqEntry> | null | undefined;
	const wholeWithin = (limit: number): Intent | undefined => {
		if (whole === undefined) whole = search.faq(text, 1)[0] ?? null;
		return whole && whole.score <= limit
			? { kind: "faq", faqId: whole.item.id }
			: undefined;
	};
	if (cues.english && cues.major && !cert)
		return {
			kind: "major-english",
			certificateIds: word?.entry.certificates ?? [],
		};
	if (cues.fees) {
		const fees = faqIntent(search, cues.faqWord ?? "费用", 0.4);
		if (fees) return fees;
	}
	if (major && cert && major.chunk !== cert.chunk)
		return { kind: "pairing", majorCode: major.code, certificateId: cert.id };
	if (major)
		return {
			kind: "major",
			majorCode: major.code,
			query: major.query,
			...(cues.level ? { level: cues.level } : {}),
		};
	const ids = certs.map((h) => h.item.id);
	const alternatives = ids.length > 1 ? { alternatives: ids } : {};
	// An organisation named, not one of its certificates (its names score from 0.1).
	if (cues.exam && org && !cues.register && !(cert && cert.score < 0.1)) {
		const orgIds = org.certificates.map((c) => c.id);
		const [first, ...rest] = orgIds;
		if (first)
			return {
				kind: "exam",
				certificateId: first,
				...(rest.length > 0
					? { alternatives: orgIds, organisation: org.organisation }
					: {}),
			};
	}
	if ((cues.exam || cues.register) && cert)
		return { kind: "exam", certificateId: cert.id, ...alternatives };
	if (cues.register && !cert) {
		const reg =
			(cues.english ? undefined : wholeWithin(0.3)) ??
			faqIntent(search, cues.faqWord ?? cues.policyQuery ?? text, 0.5);
		if (reg) return reg;
	}
	if (cues.organisation && !org && cert) {
		// A joint listing names two organisations: the certificate card shows both.
		const owners =
			certs.find((h) => h.item.id === cert.id)?.item.organisations ?? [];
		const [owner, ...others] = owners;
		if (owner !== undefined)
			return others.length > 0
				? { kind: "certificate", certificateId: cert.id }
				: { kind: "organisation", organisation: owner };
	}
	if (org && (!cert || cert.score >= 0.1 || cues.organisation))
		return { kind: "organisation", organisation: org.organisation };
	if (cert && cert.field.length >= 2)
		return { kind: "field", topic: cert.query, certificateIds: cert.field };
	if (cert && cert.score <= 0.2)
		return { kind: "certificate", certificateId: cert.id, ...alternatives };
	if (word) {
		const ids = word.entry.certificates;
		if (ids.length === 0)
			return {
				kind: "none",
				word: word.entry.word,
				certificateIds: word.entry.closest ?? [],
			};
		if (ids.length === 1 && ids[0])
			return { kind: "certificate", certificateId: ids[0], alternatives: ids };
		return { kind: "field", topic: word.entry.word, certificateIds: ids };
	}
	if (cues.english && cues.faqWord) {
		const faq = faqIntent(search, cues.faqWord, 0.4);
		if (faq) return faq;
	}
	if (!cues.english && (cues.policy || cues.organisation)) {
		const faq =
			wholeWithin(0.3) ??
			(cues.policyQuery
				? faqIntent(search, cues.policyQuery, 0.4)
				: undefined) ??
			wholeWithin(0.5);
		if (faq) return faq;
	}
	if (cert && cert.score <= LIKELY)
		return { kind: "certificate", certificateId: cert.id, ...alternatives };
	if (empty) return { kind: "clarify" };
	return (
		(cues.english ? undefined : wholeWithin(LIKELY)) ?? { kind: "unknown" }
	);
}

/**
 * Classifies a question. Never throws; text with no letter or digit, or nothing but frames
 * and filler, is `clarify`; text whose parts find nothing is `unknown`.
 */
export function classifyQuestion(question: string, search: Searchers): Intent {
	const text = normaliseQuestion(question);
	if (!/[\p{L}\p{N}]/u.test(text)) return { kind: "clarify" };
	const cues = findCues(text);
	const parts = contentParts(splitQuestion(text));
	const found = linkEntities(text, parts, cues, search);
	const intent = route(text, cues, found, search);
	// A ramble that names nothing gets a request for one sentence, not an entry in the log.
	return intent.kind === "unknown" && question.length > READ_CHARS
		? { kind: "clarify" }
		: intent;
}
