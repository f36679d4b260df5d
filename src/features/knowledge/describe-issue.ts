import type { z } from "zod";

type Raw = Record<string, unknown>;

/** `id (name)`, or `#index` when the record has no usable id; the name part is optional. */
export function named(id: unknown, name: unknown, index: number): string {
	const head = typeof id === "string" && id !== "" ? id : `#${index}`;
	return typeof name === "string" ? `${head} (${name})` : head;
}

/** How a record is named in messages: `c012 (Web前端开发)`, `#3 (c001 ↔ 软件技术)`. */
const describe: Record<string, (r: Raw, i: number) => string> = {
	"certificates.json": (r, i) => named(r.id, r.name, i),
	"majors.json": (r, i) => named(r.code, r.name, i),
	"links.json": (r, i) =>
		`#${i} (${String(r.certificateId ?? "?")} ↔ ${String(r.majorName ?? "?")})`,
	"exams.json": (r, i) => named(r.id, undefined, i),
	"exam-events.json": (r, i) => named(r.id, undefined, i),
	"faq.json": (r, i) => named(r.id, r.question, i),
	"major-renames.json": (r, i) =>
		`#${i} (${String(r.oldName ?? "?")} → ${String(r.newName ?? "?")})`,
};

/** The name of record `i` of `file` as read, before validation; `#i` if it is no object. */
export function describeRecord(
	file: string,
	record: unknown,
	i: number,
): string {
	return record && typeof record === "object"
		? (describe[file]?.(record as Raw, i) ?? `#${i}`)
		: `#${i}`;
}

function fieldPath(path: readonly PropertyKey[]): string {
	let out = "";
	for (const key of path)
		out +=
			typeof key === "number" ? `[${key}]` : `${out ? "." : ""}${String(key)}`;
	return out;
}

export function typeOf(value: unknown): string {
	if (value === null) return "null";
	if (Array.isArray(value)) return "a list";
	return typeof value;
}

/** A zod issue in words a college admin can act on. */
export function explain(issue: z.core.$ZodIssue): {
	field: string;
	text: string;
} {
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
