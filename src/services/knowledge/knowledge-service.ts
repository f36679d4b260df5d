/**
 * The knowledge service the commands use: every index is built once from the loaded data,
 * and every search is synchronous, in memory and bounded by the query cap.
 */

import type {
	Certificate,
	KnowledgeService,
	LinkKind,
	Major,
	MajorLink,
	PastExam,
} from "../../core/knowledge-port.js";
import { createCertificateIndex } from "./certificate-index.js";
import { classifyQuestion } from "./classify.js";
import { createFaqIndex } from "./faq-index.js";
import type { KnowledgeData } from "./load.js";
import { createMajorIndex } from "./major-index.js";
import { createNameCompleter } from "./name-completion.js";
import { createOrganisationIndex } from "./organisation-index.js";
import { createRecommender, REASON_RANK } from "./recommend.js";
import { createVocabulary } from "./vocabulary.js";

/**
 * What the service reads from the loaded knowledge; a `KnowledgeData` is one. `majorRenames`
 * (pre-2021 major names → 2021 names, each with its source) lets older names in links and
 * descriptions count for today's majors; without it only 2021 names are read.
 */
export type KnowledgeInput = Pick<
	KnowledgeData,
	"certificates" | "majors" | "links" | "exams" | "faq" | "events"
> &
	Partial<Pick<KnowledgeData, "majorRenames" | "handover" | "vocabulary">>;

const DEFAULT_LIMIT = 10;

/**
 * Builds the service. Unknown ids and codes give `undefined` / `[]`, never an error; a limit
 * of 0 or less gives `[]`.
 */
export function createKnowledgeService(data: KnowledgeInput): KnowledgeService {
	const certificates = createCertificateIndex(data.certificates);
	const majors = createMajorIndex(data.majors);
	const faq = createFaqIndex(data.faq);
	const organisations = createOrganisationIndex(data.certificates);
	const certById = new Map(data.certificates.map((c) => [c.id, c]));
	const majorByCode = new Map(data.majors.map((m) => [m.code, m]));
	// A link resting only on an unverified repost (trust `low`) is never shown to a student as
	// evidence, so it recommends nothing; admins still see it with /source.
	const citableLinks = data.links.filter((l) => l.source.trust !== "low");
	const recommender = createRecommender({
		majors: data.majors,
		certificates: data.certificates,
		links: citableLinks,
		renames: data.majorRenames ?? [],
	});
	const linksByCert = new Map<string, MajorLink[]>();
	for (const link of data.links) {
		const list = linksByCert.get(link.certificateId);
		if (list) list.push(link);
		else linksByCert.set(link.certificateId, [link]);
	}
	const pastByCert = new Map<string, PastExam[]>();
	const newestFirst = [...data.events].sort((a, b) =>
		(b.date ?? "").localeCompare(a.date ?? ""),
	);
	for (const e of newestFirst) {
		const past: PastExam = {
			id: e.id,
			certificateIds: e.certificateIds,
			levels: e.levels,
			date: e.date,
			dateAsStated: e.dateAsStated,
			school: e.school,
			source: e.source,
		};
		for (const id of e.certificateIds)
			pastByCert.set(id, [...(pastByCert.get(id) ?? []), past]);
	}
	const rank = (kind: LinkKind) => REASON_RANK[kind];
	const certNames = createNameCompleter(data.certificates, (c) => [
		c.name,
		...c.aliases,
	]);
	const majorNames = createNameCompleter(data.majors, (m) => [m.name]);
	function completeNames(
		kind: "certificate",
		query: string,
		limit: number,
	): Certificate[];
	function completeNames(kind: "major", query: string, limit: number): Major[];
	function completeNames(
		kind: "certificate" | "major",
		query: string,
		limit: number,
	): Certificate[] | Major[] {
		return kind === "certificate"
			? certNames.complete(query, limit)
			: majorNames.complete(query, limit);
	}
	const searchers = {
		certificates: certificates.search,
		majors: majors.search,
		faq: faq.search,
		organisations: organisations.search,
		vocabulary: createVocabulary(data.vocabulary ?? []),
	};

	return {
		certificates: data.certificates,
		majors: data.majors,
		faq: data.faq,
		exams: data.exams,
		majorRenames: data.majorRenames ?? [],
		handover: data.handover ?? null,
		getCertificate: (id) => certById.get(id),
		getMajor: (code) =>
			majorByCode.get(code) ?? majorByCode.get(code.toUpperCase()),
		searchCertificates: (query, limit = DEFAULT_LIMIT) =>
			certificates.search(query, limit),
		searchMajors: (query, limit = DEFAULT_LIMIT) => majors.search(query, limit),
		searchFaq: (query, limit = DEFAULT_LIMIT) => faq.search(query, limit),
		completeNames,
		searchOrganisations: (query, limit = DEFAULT_LIMIT) =>
			organisations.search(query, limit),
		recommendForMajor(code, limit = DEFAULT_LIMIT) {
			const major =
				majorByCode.get(code) ?? majorByCode.get(code.toUpperCase());
			if (!major) return [];
			return recommender.forMajor(major).slice(0, Math.max(0, limit));
		},
		pairEvidence(code, certificateId) {
			const major =
				majorByCode.get(code) ?? majorByCode.get(code.toUpperCase());
			return major ? recommender.evidence(major, certificateId) : undefined;
		},
		pastExams: (id) => [...(pastByCert.get(id) ?? [])],
		linksForCertificate(id) {
			return [...(linksByCert.get(id) ?? [])].sort(
				(a, b) =>
					rank(a.kind) - rank(b.kind) ||
					(a.majorName < b.majorName ? -1 : a.majorName > b.majorName ? 1 : 0),
			);
		},
		classify: (question) => classifyQuestion(question, searchers),
	};
}
