import { readFile } from "node:fs/promises";
import { isAbsolute, join, relative } from "node:path";
import type { z } from "zod";
import type {
	Certificate,
	ExamRound,
	FaqEntry,
	Major,
	MajorLink,
} from "../../core/knowledge-port.js";
import {
	certificateSchema,
	type ExamEvent,
	examEventSchema,
	examRoundSchema,
	faqEntrySchema,
	majorLinkSchema,
	majorSchema,
	type Policy,
	policySchema,
} from "./schema.js";

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

type Raw = Record<string, unknown>;

/** How a record is named in messages: `c012 (Web前端开发)`, `#3 (c001 ↔ 软件技术)`. */
const describe: Record<string, (r: Raw, i: number) => string> = {
	"certificates.json": (r, i) => named(r.id, r.name, i),
	"majors.json": (r, i) => named(r.code, r.name, i),
	"links.json": (r, i) =>
		`#${i} (${String(r.certificateId ?? "?")} ↔ ${String(r.majorName ?? "?")})`,
	"exams.json": (r, i) => named(r.id, undefined, i),
	"exam-events.json": (r, i) => named(r.id, undefined, i),
	"faq.json": (r, i) => named(r.id, r.question, i),
};

function named(id: unknown, name: unknown, index: number): string {
	const head = typeof id === "string" && id !== "" ? id : `#${index}`;
	return typeof name === "string" ? `${head} (${name})` : head;
}

function fieldPath(path: readonly PropertyKey[]): string {
	let out = "";
	for (const key of path)
		out +=
			typeof key === "number" ? `[${key}]` : `${out ? "." : ""}${String(key)}`;
	return out;
}

function typeOf(value: unknown): string {
	if (value === null) return "null";
	if (Array.isArray(value)) return "a list";
	return typeof value;
}

/** A zod issue in words a college admin can act on. */
function explain(issue: z.core.$ZodIssue): { field: string; text: string } {
	const field = fieldPath(issue.path);
	switch (issue.code) {
		case "invalid_value":
			return {
				field,
				text: `expected one of ${issue.values.map(String).join("|")}`,
			};
		case "invalid_type":
			return {
				field,
				text:
					issue.input === undefined
						? `missing (expected ${issue.expected})`
						: `expected ${issue.expected}, got ${typeOf(issue.input)}`,
			};
		case "unrecognized_keys":
			return {
				field: issue.keys.map((k) => fieldPath([...issue.path, k])).join(", "),
				text: "unknown field (a typo?)",
			};
		default:
			return { field, text: issue.message };
	}
}

async function readJson(
	path: string,
	label: string,
	problems: string[],
): Promise<unknown> {
	let text: string;
	try {
		text = await readFile(path, "utf8");
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		problems.push(
			code === "ENOENT"
				? `${label}: file is missing`
				: `${label}: cannot be read (${code ?? String(error)})`,
		);
		return undefined;
	}
	try {
		return JSON.parse(text);
	} catch (error) {
		problems.push(`${label}: not valid JSON (${(error as Error).message})`);
		return undefined;
	}
}

function validateList<T>(
	raw: unknown,
	file: string,
	label: string,
	schema: z.ZodType<T>,
	problems: string[],
): { items: T[]; indexOf: Map<T, number> } {
	const items: T[] = [];
	const indexOf = new Map<T, number>();
	if (raw === undefined) return { items, indexOf };
	if (!Array.isArray(raw)) {
		problems.push(`${label}: expected a list of records, got ${typeOf(raw)}`);
		return { items, indexOf };
	}
	raw.forEach((record: unknown, i) => {
		const result = schema.safeParse(record, { reportInput: true });
		if (result.success) {
			items.push(result.data);
			indexOf.set(result.data, i);
			return;
		}
		const who =
			record && typeof record === "object"
				? (describe[file]?.(record as Raw, i) ?? `#${i}`)
				: `#${i}`;
		for (const issue of result.error.issues) {
			const { field, text } = explain(issue);
			problems.push(
				`${label}: record ${who}${field ? `, field "${field}"` : ""}: ${text}`,
			);
		}
	});
	return { items, indexOf };
}

function labelFor(dir: string, file: string): string {
	const full = join(dir, file);
	const rel = relative(process.cwd(), full);
	return rel.startsWith("..") || isAbsolute(rel) ? full : rel;
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
	] as const;
	const raw = Object.fromEntries(
		await Promise.all(
			files.map(
				async (f) =>
					[f, await readJson(join(dir, f), label(f), problems)] as const,
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

	let policy: Policy | undefined;
	if (raw["policy.json"] !== undefined) {
		const result = policySchema.safeParse(raw["policy.json"], {
			reportInput: true,
		});
		if (result.success) policy = result.data;
		else
			for (const issue of result.error.issues) {
				const { field, text } = explain(issue);
				problems.push(`${label("policy.json")}, field "${field}": ${text}`);
			}
	}

	crossCheck(
		{ certificates, majors, links, exams, events, faq },
		{
			certIds: keysOf(raw["certificates.json"], "id"),
			majorCodes: keysOf(raw["majors.json"], "code"),
		},
		label,
		problems,
	);

	if (problems.length > 0 || !policy) throw new KnowledgeError(problems);
	return {
		certificates: certificates.items,
		majors: majors.items,
		links: links.items,
		exams: exams.items,
		events: events.items,
		faq: faq.items,
		policy,
	};
}

/**
 * Ids a file declares, invalid records included, so that one bad certificate does not also
 * turn every link to it into a problem. `null` when the file itself could not be read: its
 * references are then not checked at all rather than all reported missing.
 */
function keysOf(raw: unknown, key: string): Set<string> | null {
	if (!Array.isArray(raw)) return null;
	const keys = new Set<string>();
	for (const r of raw)
		if (r && typeof r === "object" && typeof (r as Raw)[key] === "string")
			keys.add((r as Raw)[key] as string);
	return keys;
}

interface Checked<T> {
	items: T[];
	indexOf: Map<T, number>;
}

/** References between files, and ids that must be unique. */
function crossCheck(
	d: {
		certificates: Checked<Certificate>;
		majors: Checked<Major>;
		links: Checked<MajorLink>;
		exams: Checked<ExamRound>;
		events: Checked<ExamEvent>;
		faq: Checked<FaqEntry>;
	},
	known: { certIds: Set<string> | null; majorCodes: Set<string> | null },
	label: (file: string) => string,
	problems: string[],
): void {
	const unique = <T>(
		file: string,
		c: Checked<T>,
		key: (t: T) => string,
		field: string,
		who: (t: T, i: number) => string,
	) => {
		const seen = new Map<string, string>();
		for (const item of c.items) {
			const k = key(item);
			const i = c.indexOf.get(item) ?? -1;
			const first = seen.get(k);
			if (first !== undefined)
				problems.push(
					`${label(file)}: record ${who(item, i)}, field "${field}": "${k}" is already used by record ${first}`,
				);
			else seen.set(k, who(item, i));
		}
	};

	const cert = (c: Certificate, i: number) => named(c.id, c.name, i);
	unique("certificates.json", d.certificates, (c) => c.id, "id", cert);
	unique("certificates.json", d.certificates, (c) => c.name, "name", cert);
	unique(
		"majors.json",
		d.majors,
		(m) => m.code,
		"code",
		(m, i) => named(m.code, m.name, i),
	);
	unique(
		"exams.json",
		d.exams,
		(e) => e.id,
		"id",
		(e, i) => named(e.id, undefined, i),
	);
	unique(
		"exam-events.json",
		d.events,
		(e) => e.id,
		"id",
		(e, i) => named(e.id, undefined, i),
	);
	unique(
		"faq.json",
		d.faq,
		(f) => f.id,
		"id",
		(f, i) => named(f.id, f.question, i),
	);

	// An alias that is another certificate's name would send searches to the wrong place.
	const byName = new Map(d.certificates.items.map((c) => [c.name, c.id]));
	for (const c of d.certificates.items)
		c.aliases.forEach((alias, k) => {
			const other = byName.get(alias);
			if (other && other !== c.id)
				problems.push(
					`${label("certificates.json")}: record ${cert(c, d.certificates.indexOf.get(c) ?? -1)}, field "aliases[${k}]": "${alias}" is the name of certificate ${other}`,
				);
		});

	for (const m of d.majors.items)
		if (
			!m.code.startsWith(m.classCode) ||
			!m.classCode.startsWith(m.categoryCode)
		)
			problems.push(
				`${label("majors.json")}: record ${named(m.code, m.name, d.majors.indexOf.get(m) ?? -1)}, field "classCode": code ${m.code}, 专业类 ${m.classCode} and 专业大类 ${m.categoryCode} do not nest`,
			);

	const hasCert = (id: string) => known.certIds?.has(id) ?? true;
	const hasMajor = (code: string) => known.majorCodes?.has(code) ?? true;
	const noCert = (id: string) =>
		`no certificate with id "${id}" in certificates.json`;

	for (const l of d.links.items) {
		const who = `#${d.links.indexOf.get(l)} (${l.certificateId} ↔ ${l.majorName})`;
		if (!hasCert(l.certificateId))
			problems.push(
				`${label("links.json")}: record ${who}, field "certificateId": ${noCert(l.certificateId)}`,
			);
		l.majorCodes.forEach((code, k) => {
			if (!hasMajor(code))
				problems.push(
					`${label("links.json")}: record ${who}, field "majorCodes[${k}]": no major with code "${code}" in majors.json`,
				);
		});
	}

	const order = ["register", "pay", "exam", "results"] as const;
	for (const e of d.exams.items) {
		const who = named(e.id, undefined, d.exams.indexOf.get(e) ?? -1);
		if (!hasCert(e.certificateId))
			problems.push(
				`${label("exams.json")}: record ${who}, field "certificateId": ${noCert(e.certificateId)}`,
			);
		// Milestones must come in their natural order, or reminders would fire out of sequence.
		let last: { name: string; date: string } | undefined;
		for (const name of order) {
			const date = e.dates[name];
			if (!date) continue;
			if (last && date < last.date)
				problems.push(
					`${label("exams.json")}: record ${who}, field "dates.${name}": ${date} is before ${last.name} ${last.date}`,
				);
			last = { name, date };
		}
	}

	for (const ev of d.events.items) {
		const who = named(ev.id, undefined, d.events.indexOf.get(ev) ?? -1);
		ev.certificateIds.forEach((id, k) => {
			if (!hasCert(id))
				problems.push(
					`${label("exam-events.json")}: record ${who}, field "certificateIds[${k}]": ${noCert(id)}`,
				);
		});
		if (ev.endDate && (!ev.date || ev.endDate < ev.date))
			problems.push(
				`${label("exam-events.json")}: record ${who}, field "endDate": ${ev.endDate} needs a start date on or before it`,
			);
	}
}
