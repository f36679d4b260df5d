/** Knowledge-base records as the commands see them, and the search service over them. */

export type Trust = "high" | "medium" | "low";

/** Where a fact comes from: a page (`url`) or a repository file (`repo` + `path`). */
export interface Source {
	title: string;
	url?: string;
	repo?: string;
	path?: string;
	trust: Trust;
	note?: string;
}

export type CertLevel = "初级" | "中级" | "高级";

/**
 * What a certificate is: `x` an X certificate of the 1+X pilot (handed over to 人社部 under
 * 人社厅函〔2025〕154号); `skill-level` a 职业技能等级认定 by occupation and level under 人社;
 * `other` another certificate a school tracks.
 */
export type CertificateKind = "x" | "skill-level" | "other";

export interface Certificate {
	/** Stable ASCII id used in commands and buttons (`c001`). */
	id: string;
	/** Name without the suffix 职业技能等级证书 (`Web前端开发`). */
	name: string;
	/** Short names students use (`前端`, `BIM`); never facts. */
	aliases: string[];
	kind: CertificateKind;
	/** 培训评价组织 as the source writes the listing; `null` when no source names it. */
	organisation: string | null;
	/**
	 * The organisations in that listing, one name each: a joint listing (`中国社会福利与养老服务协会`
	 * and `北京中福长者文化科技有限公司`) is two; empty when `organisation` is `null`.
	 */
	organisations: string[];
	/** Levels the platform lists; empty when unknown (not "none"). */
	levels: CertLevel[];
	/** Official 证书简介 when known (may be cut at 500 characters by the source). */
	description: string | null;
	/** 1+X batch (1–4) when a source states it. */
	batch: number | null;
	sources: Source[];
}

export type MajorLevel =
	| "中等职业教育"
	| "高等职业教育专科"
	| "高等职业教育本科";

export interface Major {
	/** 6-digit code, `K` suffix for state-controlled majors. */
	code: string;
	name: string;
	level: MajorLevel;
	classCode: string;
	className: string;
	categoryCode: string;
	/** 专业大类 name; `null` when no source confirms it. */
	categoryName: string | null;
}

/**
 * Why a major and a certificate go together:
 * `official` an official text (专业简介, a ministry list); `description` the certificate's own
 * official description names the major; `school` students of the major sat it at a school;
 * `article` a journal article or school statement.
 */
export type LinkKind = "official" | "description" | "school" | "article";

export interface MajorLink {
	certificateId: string;
	/** The major's name as the source wrote it. */
	majorName: string;
	/** Catalogue codes that name matches (may be empty for pre-2021 names). */
	majorCodes: string[];
	kind: LinkKind;
	/** One-line evidence, e.g. the school and year of the exam. */
	evidence: string;
	source: Source;
}

export type Milestone = "register" | "pay" | "exam" | "results";

export interface ExamRound {
	id: string;
	certificateId: string;
	levels: CertLevel[];
	/** Local dates `YYYY-MM-DD` in the configured zone. */
	dates: Partial<Record<Milestone, string>> & { exam: string };
	site?: string;
	note?: string;
	source: Source;
}

/** A past exam a school or organisation reported: when exams tend to be held, not a schedule. */
export interface PastExam {
	id: string;
	certificateIds: string[];
	levels: CertLevel[];
	/** First exam day when the page gives the year, else `null`. */
	date: string | null;
	/** The date as the page wrote it (`6月26-27日（2021）`). */
	dateAsStated: string;
	/** The school as the page names it (may be only a site address). */
	school: string;
	source: Source;
}

export interface FaqEntry {
	id: string;
	question: string;
	/** Other ways people ask it. */
	variants: string[];
	answer: string;
	/** Office or page to ask when the answer is partial. */
	askWhere?: string;
	confidence: Trust;
	verified: string;
	sources: Source[];
}

/** An old major name and the 2021 catalogue name a source maps it to. */
export interface MajorRename {
	oldName: string;
	oldCode?: string;
	newName: string;
	newCode?: string;
	source: Source;
}

/** The 2025 hand-over of X certificates to 人社部, as 人社厅函〔2025〕154号 states it. */
export interface Handover {
	/** `人社厅函〔2025〕154号`. */
	notice: string;
	/** The last day of X exams for students already registered (`2025-12-31`). */
	examsEndBy: string;
	certificates: number;
	organisations: number;
	/** Where a student asks about exams, held certificates and 职业技能等级认定. */
	askWhere: string;
	sources: Source[];
}

export interface Hit<T> {
	item: T;
	/** 0 is a perfect match, 1 no match. */
	score: number;
}

export type RecommendationStrength = "strong" | "medium" | "weak";

/**
 * Why a certificate is recommended, strongest first: a stored link (`official`, `school`,
 * `article`, `description`); `class-match` the certificate's description names the major, an
 * older name of it, or its 专业类; `same-class` a link of another major in the same 专业类;
 * `shared-field` the major's and the certificate's names share a field word. The last two
 * are inferences, not an official mapping.
 */
export type ReasonKind =
	| LinkKind
	| "class-match"
	| "same-class"
	| "shared-field";

/** 1 official text, 2 a school's example, 3 the certificate's own description, 4–5 inference. */
export type EvidenceTier = 1 | 2 | 3 | 4 | 5;

export interface RecommendationReason {
	kind: ReasonKind;
	text: string;
	source?: Source;
	/** For `same-class`: the kind of the peer major's link. */
	via?: LinkKind;
	/** Set when the evidence is about the same name at another level (中职 for a 高职 major). */
	level?: MajorLevel;
}

export interface Recommendation {
	certificate: Certificate;
	strength: RecommendationStrength;
	/** The tier of the strongest reason. */
	tier: EvidenceTier;
	reasons: RecommendationReason[];
}

/**
 * What a free-text question asks for, as the query-understanding step reads it.
 * `field`: a question about a field with several certificates (`数控有哪些1+x证书`);
 * `pairing`: a question naming a major and a certificate (`护理专业能考老年照护吗`);
 * `major-english`: a major asked in English, which the catalogue names only in Chinese;
 * `none`: an everyday word that maps to no certificate (closest fields, maybe none);
 * `clarify`: nothing but filler, punctuation or emoji.
 */
export type Intent =
	| { kind: "certificate"; certificateId: string; alternatives?: string[] }
	| { kind: "field"; topic: string; certificateIds: string[] }
	| { kind: "major"; majorCode: string; query?: string; level?: MajorLevel }
	| { kind: "pairing"; majorCode: string; certificateId: string }
	| {
			kind: "exam";
			certificateId: string;
			alternatives?: string[];
			/** Set when the question named an organisation, not one of its certificates. */
			organisation?: string;
	  }
	| { kind: "organisation"; organisation: string }
	| { kind: "faq"; faqId: string }
	| { kind: "major-english"; certificateIds: string[] }
	| { kind: "none"; word: string; certificateIds: string[] }
	| { kind: "clarify" }
	| { kind: "unknown" };

export interface KnowledgeService {
	readonly certificates: readonly Certificate[];
	readonly majors: readonly Major[];
	readonly faq: readonly FaqEntry[];
	readonly exams: readonly ExamRound[];
	/** Old → 2021 major names (knowledge/major-renames.json). */
	readonly majorRenames: readonly MajorRename[];
	/** The 2025 hand-over of X certificates (knowledge/handover.json); `null` in bare test data. */
	readonly handover: Handover | null;
	getCertificate(id: string): Certificate | undefined;
	getMajor(code: string): Major | undefined;
	/** Fuzzy search over names, aliases, pinyin, initials, organisations; best first. */
	searchCertificates(query: string, limit?: number): Hit<Certificate>[];
	/** By name, code, pinyin, initials or a typo; best first. */
	searchMajors(query: string, limit?: number): Hit<Major>[];
	searchFaq(query: string, limit?: number): Hit<FaqEntry>[];
	/**
	 * Names for autocomplete from one Chinese character or one pinyin syllable on: names that
	 * begin with the query first, then names containing it. Empty for an empty query.
	 */
	completeNames(
		kind: "certificate",
		query: string,
		limit: number,
	): Certificate[];
	completeNames(kind: "major", query: string, limit: number): Major[];
	/** Certificates issued by organisations matching the query. */
	searchOrganisations(
		query: string,
		limit?: number,
	): Hit<{ organisation: string; certificates: Certificate[] }>[];
	/** Certificates that fit a major, strongest evidence first. */
	recommendForMajor(majorCode: string, limit?: number): Recommendation[];
	/** What links a major and a certificate, in any tier; `undefined` when nothing does. */
	pairEvidence(
		majorCode: string,
		certificateId: string,
	): Recommendation | undefined;
	/** Past exams reported for this certificate, newest first (undated ones last). */
	pastExams(certificateId: string): PastExam[];
	/** Links that name this certificate, strongest kind first. */
	linksForCertificate(certificateId: string): MajorLink[];
	/** What a free-text question is about, for routing in `ask`. */
	classify(question: string): Intent;
}
