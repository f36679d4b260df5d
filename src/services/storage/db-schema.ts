/**
 * The shape of the database document, checked when the file is opened. A file that is valid
 * JSON can still be damaged (a hand edit, a restored fragment); without this check the damage
 * surfaces later as a crash inside a command. The schemas mirror the TypeScript types exactly
 * (proved at compile time below) and are strict: a field the bot never writes means the file
 * was edited or damaged. They check structure only, not content rules such as date formats,
 * so that no file the bot itself wrote is ever refused.
 */
import { z } from "zod";
import type { InviteEvent } from "../../core/invites-port.js";
import type { CertLevel, Source } from "../../core/knowledge-port.js";
import type {
	AuditEntry,
	TeacherProfile,
	TrainingRecord,
} from "../../core/training-port.js";
import type {
	AnswerFeedback,
	GuessedAnswer,
	UnansweredQuestion,
} from "../../core/users-port.js";
import type {
	ChatPause,
	OutboxRecord,
	ReminderData,
	StoredExamRound,
	Subscription,
} from "../reminders/data.js";
import type { TrainingData } from "../training/data.js";
import type { GeneratedInvite, InviteData } from "../users/invite-data.js";
import type { DbData } from "./db.js";
import { knowledgeLayerSchema } from "./knowledge-layer-schema.js";

const unansweredSchema = z.strictObject({
	at: z.string(),
	userKey: z.string(),
	text: z.string(),
	handledAt: z.string().optional(),
});

const guessedAnswerSchema = z.strictObject({
	at: z.string(),
	userKey: z.string(),
	text: z.string(),
	kind: z.enum(["suggestions", "low-score", "fallback"]),
	score: z.number(),
	shown: z.array(z.string()),
	handledAt: z.string().optional(),
});

const answerFeedbackSchema = z.strictObject({
	at: z.string(),
	userKey: z.string(),
	text: z.string(),
	useful: z.boolean(),
	shown: z.string().optional(),
	handledAt: z.string().optional(),
});

const recordBase = {
	id: z.string(),
	owner: z.string(),
	createdAt: z.string(),
	updatedAt: z.string().optional(),
};

const trainingRecordSchema = z.discriminatedUnion("kind", [
	z.strictObject({
		...recordBase,
		kind: z.literal("training"),
		date: z.string(),
		hours: z.number(),
		title: z.string(),
	}),
	z.strictObject({
		...recordBase,
		kind: z.literal("practice"),
		start: z.string(),
		end: z.string(),
		enterprise: z.string(),
		note: z.string().optional(),
	}),
]);

const teacherProfileSchema = z.strictObject({
	name: z.string().optional(),
	department: z.string().optional(),
	periodStart: z.string().optional(),
	professional: z.boolean().optional(),
});

const auditEntrySchema = z.strictObject({
	at: z.string(),
	by: z.string(),
	action: z.enum([
		"create",
		"edit",
		"delete",
		"restore",
		"join",
		"grant",
		"revoke",
		"profile",
	]),
	target: z.string(),
	owner: z.string().optional(),
	// `from`/`to` are whatever the field held; an absent side was `undefined` before saving.
	changes: z
		.record(z.string(), z.strictObject({ from: z.unknown(), to: z.unknown() }))
		.optional(),
	before: trainingRecordSchema.optional(),
	reason: z.string().optional(),
});

const trainingDataSchema = z.strictObject({
	roles: z.record(z.string(), z.literal("teacher")),
	profiles: z.record(z.string(), teacherProfileSchema),
	records: z.array(trainingRecordSchema),
	audit: z.array(auditEntrySchema),
	nextId: z.number(),
});

const certLevelSchema = z.enum(["初级", "中级", "高级"]);
const sourceSchema = z.strictObject({
	title: z.string(),
	url: z.string().optional(),
	repo: z.string().optional(),
	path: z.string().optional(),
	trust: z.enum(["high", "medium", "low"]),
	note: z.string().optional(),
});

const storedExamRoundSchema = z.strictObject({
	id: z.string(),
	certificateId: z.string(),
	levels: z.array(certLevelSchema),
	dates: z.strictObject({
		register: z.string().optional(),
		pay: z.string().optional(),
		exam: z.string(),
		results: z.string().optional(),
	}),
	site: z.string().optional(),
	note: z.string().optional(),
	source: sourceSchema,
	addedBy: z.string(),
	addedAt: z.string(),
});

const subscriptionSchema = z.strictObject({
	chatKey: z.string(),
	certificateId: z.string(),
	by: z.string(),
	at: z.string(),
	locale: z.enum(["zh-CN", "en"]),
});

const chatPauseSchema = z.strictObject({
	reason: z.enum(["gone", "blocked"]),
	at: z.string(),
	detail: z.string().optional(),
});

const outboxRecordSchema = z.strictObject({
	chatKey: z.string(),
	slot: z.string(),
	status: z.enum([
		"sending",
		"sent",
		"retry",
		"failed",
		"skipped",
		"uncertain",
	]),
	attempts: z.number(),
	lastAttemptAt: z.string(),
	sentAt: z.string().optional(),
	late: z.boolean().optional(),
	error: z.string().optional(),
	round: z.string().optional(),
});

const reminderDataSchema = z.strictObject({
	rounds: z.array(storedExamRoundSchema),
	nextRoundSeq: z.number(),
	subscriptions: z.array(subscriptionSchema),
	pausedChats: z.record(z.string(), chatPauseSchema),
	practiceOptOut: z.array(z.string()),
	outbox: z.record(z.string(), outboxRecordSchema),
	closedRounds: z.record(z.string(), z.string()).optional(),
	openRounds: z.record(z.string(), z.string()).optional(),
	prunedThrough: z.string().optional(),
});

const inviteEventSchema = z.strictObject({
	at: z.string(),
	by: z.string(),
	action: z.enum([
		"joined",
		"wrong",
		"expired",
		"waiting",
		"refused-paused",
		"paused",
		"new-code",
		"resumed",
	]),
	failures: z.number().optional(),
	users: z.number().optional(),
});

const generatedInviteSchema = z.strictObject({
	hash: z.string(),
	salt: z.string(),
	by: z.string(),
	createdAt: z.string(),
	expiresAt: z.string(),
});

const inviteDataSchema = z.strictObject({
	generated: generatedInviteSchema.optional(),
	pausedSince: z.string().optional(),
	events: z.array(inviteEventSchema),
});

/** The whole document as `openJsonStore` holds it after migration and defaults. */
export const dbSchema = z.strictObject({
	schemaVersion: z.number(),
	unanswered: z.array(unansweredSchema),
	guesses: z.array(guessedAnswerSchema),
	feedback: z.array(answerFeedbackSchema),
	training: trainingDataSchema,
	reminders: reminderDataSchema,
	knowledgeLayer: knowledgeLayerSchema,
	invites: inviteDataSchema,
});

// Compile-time proof that the schemas and the types agree both ways, so neither can drift.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: [
	Same<z.infer<typeof unansweredSchema>, UnansweredQuestion>,
	Same<z.infer<typeof guessedAnswerSchema>, GuessedAnswer>,
	Same<z.infer<typeof answerFeedbackSchema>, AnswerFeedback>,
	Same<z.infer<typeof trainingRecordSchema>, TrainingRecord>,
	Same<z.infer<typeof teacherProfileSchema>, TeacherProfile>,
	Same<z.infer<typeof auditEntrySchema>, AuditEntry>,
	Same<z.infer<typeof trainingDataSchema>, TrainingData>,
	Same<z.infer<typeof certLevelSchema>, CertLevel>,
	Same<z.infer<typeof sourceSchema>, Source>,
	Same<z.infer<typeof storedExamRoundSchema>, StoredExamRound>,
	Same<z.infer<typeof subscriptionSchema>, Subscription>,
	Same<z.infer<typeof chatPauseSchema>, ChatPause>,
	Same<z.infer<typeof outboxRecordSchema>, OutboxRecord>,
	Same<z.infer<typeof reminderDataSchema>, ReminderData>,
	Same<z.infer<typeof inviteEventSchema>, InviteEvent>,
	Same<z.infer<typeof generatedInviteSchema>, GeneratedInvite>,
	Same<z.infer<typeof inviteDataSchema>, InviteData>,
	Same<z.infer<typeof dbSchema>, DbData>,
] = [
	true,
	true,
	true,
	true,
	true,
	true,
	true,
	true,
	true,
	true,
	true,
	true,
	true,
	true,
	true,
	true,
	true,
	true,
];
void sameShape;

/** How many problems a refusal lists; the first few are enough to find the damage. */
const SHOWN = 5;

function pathOf(path: readonly PropertyKey[]): string {
	let out = "";
	for (const key of path)
		out +=
			typeof key === "number" ? `[${key}]` : `${out ? "." : ""}${String(key)}`;
	return out || "(top level)";
}

function typeOf(value: unknown): string {
	if (value === null) return "null";
	if (Array.isArray(value)) return "a list";
	return typeof value;
}

function describe(issue: z.core.$ZodIssue): string {
	const at = pathOf(issue.path);
	switch (issue.code) {
		case "invalid_type":
			return issue.input === undefined
				? `${at}: missing (expected ${issue.expected})`
				: `${at}: expected ${issue.expected}, got ${typeOf(issue.input)}`;
		case "invalid_value":
			return `${at}: expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
		case "unrecognized_keys":
			return `${issue.keys.map((k) => pathOf([...issue.path, k])).join(", ")}: unknown field`;
		case "invalid_union":
			// A record whose `kind` is neither of the known ones.
			return "options" in issue && Array.isArray(issue.options)
				? `${at}: expected one of ${issue.options.map((v) => JSON.stringify(v)).join(", ")}`
				: `${at}: ${issue.message}`;
		default:
			return `${at}: ${issue.message}`;
	}
}

/**
 * Problems in the shape of `data` as `path: what is wrong` lines, at most a few plus a count
 * of the rest; empty when the document is sound. Does not change `data`.
 */
export function findDbProblems(data: unknown): string[] {
	// `reportInput` tells a wrong value from a missing one.
	const result = dbSchema.safeParse(data, { reportInput: true });
	if (result.success) return [];
	const issues = result.error.issues;
	const lines = issues.slice(0, SHOWN).map(describe);
	if (issues.length > SHOWN) lines.push(`… and ${issues.length - SHOWN} more`);
	return lines;
}
