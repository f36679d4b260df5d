import { join } from "node:path";
import type { z } from "zod";
import type {
	Certificate,
	ExamRound,
	FaqEntry,
	Handover,
	Major,
	MajorLink,
	MajorRename,
} from "../../core/knowledge-port.js";
import { crossCheck, keysOf } from "./cross-checks.js";
import { explain } from "./describe-issue.js";
import { labelFor, readKnowledgeFile } from "./read-knowledge-file.js";
import {
	certificateSchema,
	type ExamEvent,
	examEventSchema,
	examRoundSchema,
	faqEntrySchema,
	handoverSchema,
	majorLinkSchema,
	majorRenameSchema,
	majorSchema,
	type Policy,
	policySchema,
} from "./schema.js";
import { validateList } from "./validate-list.js";
import {
	checkVocabulary,
	type VocabularyEntry,
	vocabularyEntrySchema,
} from "./vocabulary.js";

/** Everything in knowledge/, validated and cross-checked. */
export interface KnowledgeData {
	certificates: Certificate[];
	majors: Major[];
	links: MajorLink[];
	exams: ExamRound[];
	/** Past exams reported by schools and organisations (knowledge/exam-events.json). */
	events: ExamEvent[];
	faq: FaqEntry[];
	policy: Policy;
	/** Everyday words for fields (knowledge/vocabulary.json); absent file: none. */
	vocabulary?: VocabularyEntry[];
	/** Old → 2021 major names (knowledge/major-renames.json). */
	majorRenames: MajorRename[];
	/** The 2025 hand-over of X certificates (knowledge/handover.json). */
	handover: Handover;
}

/** An invalid knowledge directory; `problems` lists every mistake found, one line each. */
export class KnowledgeError extends Error {
	readonly problems: readonly string[];

	constructor(problems: readonly string[]) {
		super(
			`knowledge: ${problems.length} problem${problems.length === 1 ? "" : "s"}\n${problems.map((p) => `- ${p}`).join("\n")}`,
		);
		this.name = "KnowledgeError";
		this.problems = problems;
	}
}

/**
 * Reads, validates and cross-checks every file in `dir` (normally `knowledge/`). Throws one
 * KnowledgeError naming every problem (file, record, field) so an admin fixes them in one go.
 */
export async function loadKnowledge(dir: string): Promise<KnowledgeData> {
	const problems: string[] = [];
	const label = (file: string) => labelFor(dir, file);
	const files = [
		"certificates.json",
		"majors.json",
		"links.json",
		"exams.json",
		"exam-events.json",
		"faq.json",
		"policy.json",
		"vocabulary.json",
		"major-renames.json",
		"handover.json",
	] as const;
	const raw = Object.fromEntries(
		await Promise.all(
			files.map(
				async (f) =>
					[
						f,
						await readKnowledgeFile(join(dir, f), label(f), problems),
					] as const,
			),
		),
	) as Record<(typeof files)[number], unknown>;

	const list = <T>(file: (typeof files)[number], schema: z.ZodType<T>) =>
		validateList(raw[file], file, label(file), schema, problems);
	const certificates = list("certificates.json", certificateSchema);
	const majors = list("majors.json", majorSchema);
	const links = list("links.json", majorLinkSchema);
	const exams = list("exams.json", examRoundSchema);
	const events = list("exam-events.json", examEventSchema);
	const faq = list("faq.json", faqEntrySchema);
	const majorRenames = list("major-renames.json", majorRenameSchema);

	const single = <T>(file: (typeof files)[number], schema: z.ZodType<T>) => {
		if (raw[file] === undefined) return undefined;
		const result = schema.safeParse(raw[file], { reportInput: true });
		if (result.success) return result.data;
		for (const issue of result.error.issues) {
			const { field, text } = explain(issue);
			problems.push(`${label(file)}, field "${field}": ${text}`);
		}
		return undefined;
	};
	const policy: Policy | undefined = single("policy.json", policySchema);
	const handover: Handover | undefined = single(
		"handover.json",
		handoverSchema,
	);

	crossCheck(
		{ certificates, majors, links, exams, events, faq, majorRenames },
		{
			certIds: keysOf(raw["certificates.json"], "id"),
			majorCodes: keysOf(raw["majors.json"], "code"),
		},
		label,
		problems,
	);

	const vocabulary = list("vocabulary.json", vocabularyEntrySchema);
	problems.push(
		...checkVocabulary(
			vocabulary.items,
			keysOf(raw["certificates.json"], "id"),
			label("vocabulary.json"),
		),
	);

	if (problems.length > 0 || !policy || !handover)
		throw new KnowledgeError(problems);
	return {
		certificates: certificates.items,
		majors: majors.items,
		links: links.items,
		exams: exams.items,
		events: events.items,
		faq: faq.items,
		policy,
		vocabulary: vocabulary.items,
		majorRenames: majorRenames.items,
		handover,
	};
}
