/**
 * Zod schemas for the files in knowledge/. They mirror the record types in
 * core/knowledge-port.ts exactly (checked at compile time below) and are strict: an unknown
 * field is almost always a typo by whoever edited the file, so it is reported, not ignored.
 */
import { z } from "zod";
import type {
	Certificate,
	ExamRound,
	FaqEntry,
	Handover,
	Major,
	MajorLink,
	MajorRename,
	Source,
} from "./knowledge-port.js";

const text = z.string().trim().min(1, "must not be empty");
const isoDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date YYYY-MM-DD")
	.refine(
		(s) =>
			!Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
			new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
		"not a real calendar date",
	);

export const trustSchema = z.enum(["high", "medium", "low"]);
export const certLevelSchema = z.enum(["初级", "中级", "高级"]);
export const majorLevelSchema = z.enum([
	"中等职业教育",
	"高等职业教育专科",
	"高等职业教育本科",
]);
export const certificateKindSchema = z.enum(["x", "skill-level", "other"]);
export const linkKindSchema = z.enum([
	"official",
	"description",
	"school",
	"article",
]);

export const sourceSchema = z
	.strictObject({
		title: text,
		url: z.url({ protocol: /^https?$/ }).optional(),
		repo: text.optional(),
		path: text.optional(),
		trust: trustSchema,
		note: z.string().optional(),
	})
	.refine((s) => s.url || s.repo || s.note, {
		message:
			"a source needs a url, a repo, or a note saying why it has neither",
	});

export const certificateSchema = z.strictObject({
	id: z
		.string()
		.regex(/^[a-z0-9-]+$/, "expected a lower-case ASCII id like c001"),
	name: text.refine((n) => !n.endsWith("职业技能等级证书"), {
		message: "write the name without the suffix 职业技能等级证书",
	}),
	kind: certificateKindSchema,
	aliases: z.array(text),
	organisation: text.nullable(),
	organisations: z.array(text),
	levels: z.array(certLevelSchema),
	description: text.nullable(),
	batch: z.number().int().min(1).max(4).nullable(),
	sources: z.array(sourceSchema).min(1, "needs at least one source"),
});

export const majorSchema = z.strictObject({
	code: z
		.string()
		.regex(/^\d{6}K?$/, "expected 6 digits, optionally followed by K"),
	name: text,
	level: majorLevelSchema,
	classCode: z.string().regex(/^\d{4}$/, "expected a 4-digit 专业类 code"),
	className: text,
	categoryCode: z.string().regex(/^\d{2}$/, "expected a 2-digit 专业大类 code"),
	categoryName: text.nullable(),
});

export const majorLinkSchema = z.strictObject({
	certificateId: text,
	majorName: text,
	majorCodes: z.array(z.string().regex(/^\d{6}K?$/, "expected a major code")),
	kind: linkKindSchema,
	evidence: text,
	source: sourceSchema,
});

export const examRoundSchema = z.strictObject({
	id: z.string().regex(/^[A-Za-z0-9-]+$/, "expected an ASCII id"),
	certificateId: text,
	levels: z.array(certLevelSchema),
	dates: z.strictObject({
		register: isoDate.optional(),
		pay: isoDate.optional(),
		exam: isoDate,
		results: isoDate.optional(),
	}),
	site: text.optional(),
	note: z.string().optional(),
	source: sourceSchema,
});

export const faqEntrySchema = z.strictObject({
	id: z.string().regex(/^[a-z0-9-]+$/, "expected a lower-case ASCII id"),
	question: text,
	variants: z.array(text),
	answer: text.max(400, "answers stay under 400 characters"),
	askWhere: text.optional(),
	confidence: trustSchema,
	verified: isoDate,
	sources: z.array(sourceSchema).min(1, "needs at least one source"),
});

const majorCode = z.string().regex(/^\d{6}K?$/, "expected a major code");

export const majorRenameSchema = z.strictObject({
	oldName: text,
	oldCode: majorCode.optional(),
	newName: text,
	newCode: majorCode.optional(),
	source: sourceSchema,
});

export const handoverSchema = z.strictObject({
	notice: text,
	examsEndBy: isoDate,
	certificates: z.number().int().positive(),
	organisations: z.number().int().positive(),
	askWhere: text,
	sources: z.array(sourceSchema).min(1, "needs at least one source"),
});

/**
 * A past exam reported by a school or an organisation. Not a schedule: it shows when and how
 * a certificate has been examined, for "when is it usually held" answers.
 */
export const examEventSchema = z.strictObject({
	id: text,
	certificateIds: z.array(text).min(1, "names at least one certificate"),
	levels: z.array(certLevelSchema),
	levelAsStated: text.nullable(),
	/** First exam day, when the page gives the year. */
	date: isoDate.nullable(),
	endDate: isoDate.nullable(),
	dateAsStated: text,
	school: text,
	examinees: text.nullable(),
	count: text.nullable(),
	organisationAsNamed: text.nullable(),
	details: text.nullable(),
	source: sourceSchema,
});
export type ExamEvent = z.infer<typeof examEventSchema>;

export const policySchema = z.strictObject({
	enterprisePractice: z.strictObject({
		/** 6 months per 5 years, as the regulation states it. */
		months: z.number().positive(),
		periodYears: z.number().int().positive(),
		/** What progress is measured in; a conversion of `months`, set by the school. */
		days: z.number().int().positive(),
		daysPerMonth: z.number().positive(),
		note: text,
		source: sourceSchema,
	}),
	trainingHours: z.strictObject({
		/** The school's target in 学时 per period. */
		target: z.number().positive(),
		periodYears: z.number().int().positive(),
		/** `policy` when a source states the figure, `school-setting` when the school chose it. */
		basis: z.enum(["policy", "school-setting"]),
		note: text,
		/** Only when a document states the figure (`basis: "policy"`). */
		source: sourceSchema.optional(),
	}),
	sources: z.array(sourceSchema).min(1, "needs at least one source"),
	verified: isoDate,
});
/** Training requirements the progress reports and reminders measure against. */
export type Policy = z.infer<typeof policySchema>;

// Compile-time proof that the schemas produce exactly the core types, both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: [
	Same<z.infer<typeof sourceSchema>, Source>,
	Same<z.infer<typeof certificateSchema>, Certificate>,
	Same<z.infer<typeof majorSchema>, Major>,
	Same<z.infer<typeof majorLinkSchema>, MajorLink>,
	Same<z.infer<typeof examRoundSchema>, ExamRound>,
	Same<z.infer<typeof faqEntrySchema>, FaqEntry>,
	Same<z.infer<typeof majorRenameSchema>, MajorRename>,
	Same<z.infer<typeof handoverSchema>, Handover>,
] = [true, true, true, true, true, true, true, true];
void sameShape;
