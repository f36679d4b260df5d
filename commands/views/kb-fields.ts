import type { CommandContext } from "../../src/core/context.js";
import { UserError } from "../../src/core/errors.js";
import type { Source } from "../../src/core/knowledge-port.js";
import { sourceFromText } from "../../src/core/source-text.js";

/** Fields `/kb` understands, each under its Chinese and English names. */
export type KbField =
	| "name"
	| "org"
	| "levels"
	| "description"
	| "aliases"
	| "source"
	| "question"
	| "answer"
	| "variants"
	| "askwhere"
	| "kind"
	| "type"
	| "evidence";

const NAMES: Record<string, KbField> = {
	name: "name",
	名称: "name",
	证书名称: "name",
	org: "org",
	organisation: "org",
	organization: "org",
	组织: "org",
	培训评价组织: "org",
	levels: "levels",
	level: "levels",
	等级: "levels",
	description: "description",
	desc: "description",
	简介: "description",
	aliases: "aliases",
	alias: "aliases",
	简称: "aliases",
	别名: "aliases",
	source: "source",
	来源: "source",
	question: "question",
	q: "question",
	问题: "question",
	answer: "answer",
	a: "answer",
	回答: "answer",
	答案: "answer",
	variants: "variants",
	问法: "variants",
	askwhere: "askwhere",
	ask: "askwhere",
	去哪问: "askwhere",
	咨询: "askwhere",
	kind: "kind",
	依据: "kind",
	type: "type",
	类型: "type",
	evidence: "evidence",
	证据: "evidence",
};

const KEY = new RegExp(
	`(?:^|\\s)(${Object.keys(NAMES)
		.sort((a, b) => b.length - a.length)
		.join("|")})[=＝]`,
	"giu",
);
const LOOKS_LIKE_KEY = /(?:^|\s)([A-Za-z][\w-]{0,15})[=＝]/gu;

/**
 * `名称=老年照护 组织=北京… 来源=第四批名单 https://…` → fields; a value runs to the next known
 * field, so it may hold spaces. Text before the first field, an unknown `word=`, a field given
 * twice or one outside `allowed` is refused with the list of fields this action takes.
 */
export function parseKbFields(
	raw: string | undefined,
	allowed: readonly KbField[],
): Partial<Record<KbField, string>> {
	const text = (raw ?? "").trim();
	const list = allowed.join(" ");
	for (const m of text.matchAll(LOOKS_LIKE_KEY)) {
		const word = m[1] ?? "";
		if (
			!Object.hasOwn(NAMES, word.toLowerCase()) &&
			!Object.hasOwn(NAMES, word)
		)
			throw new UserError("kb.unknown_field", { field: word, fields: list });
	}
	const hits = [...text.matchAll(KEY)];
	const first = hits[0];
	const before = first ? text.slice(0, first.index).trim() : text;
	if (before !== "")
		throw new UserError("kb.text_outside_field", {
			text: Array.from(before).slice(0, 30).join(""),
			fields: list,
		});
	const fields: Partial<Record<KbField, string>> = {};
	hits.forEach((m, i) => {
		const word = m[1] ?? "";
		const key = Object.hasOwn(NAMES, word) ? word : word.toLowerCase();
		const field = Object.hasOwn(NAMES, key) ? NAMES[key] : undefined;
		if (!field || !allowed.includes(field))
			throw new UserError("kb.field_not_here", { field: word, fields: list });
		if (fields[field] !== undefined)
			throw new UserError("kb.field_twice", { field: word });
		const start = (m.index ?? 0) + m[0].length;
		const end = hits[i + 1]?.index ?? text.length;
		fields[field] = text.slice(start, end).trim();
	});
	return fields;
}

/** The source an action was given (`来源=`), or a refusal naming the right form. */
export function requireSource(
	ctx: CommandContext,
	value: string | undefined,
): Source {
	if (value === undefined) throw new UserError("kb.needs_source");
	const parsed = sourceFromText(value, { by: ctx.user.key, date: ctx.today });
	if (parsed.ok) return parsed.source;
	throw new UserError(
		parsed.reason === "empty"
			? "kb.needs_source"
			: parsed.reason === "too-long"
				? "kb.source_too_long"
				: "kb.source_bad_url",
	);
}

/** `a|b、c` → `["a","b","c"]`; `无` / `none` / `-` → `[]`. */
export function listOf(value: string): string[] {
	if (isNone(value)) return [];
	return value
		.split(/[|｜、,，;；]/u)
		.map((s) => s.trim())
		.filter((s) => s !== "");
}

/** A value that clears a field. */
export function isNone(value: string): boolean {
	return ["无", "none", "-", "—", "null"].includes(value.trim().toLowerCase());
}

/** The `字段=值 …` text every `/kb` action takes after its ids. */
export const kbFieldsArg = {
	name: "fields",
	type: "text",
	describe: "kb.arg_fields",
} as const;

/** The source of an action that takes nothing else (`remove`). */
export function sourceOnly(
	ctx: CommandContext,
	raw: string | undefined,
): Source {
	return requireSource(ctx, parseKbFields(raw, ["source"]).source);
}

/** An edit's fields turned into `toInput`'s input and its source; no field at all is refused. */
export function editInput<T extends object>(
	ctx: CommandContext,
	raw: string | undefined,
	allowed: readonly KbField[],
	toInput: (fields: Partial<Record<KbField, string>>) => T,
): { input: T; source: Source } {
	const fields = parseKbFields(raw, allowed);
	const source = requireSource(ctx, fields.source);
	const input = toInput(fields);
	if (Object.keys(input).length === 0)
		throw new UserError("kb.nothing_to_change");
	return { input, source };
}
