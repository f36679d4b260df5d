import { parseMonthOrDate } from "../../../src/core/dates.js";
import { UserError } from "../../../src/core/errors.js";
import type { RawToken } from "../../../src/core/raw-args.js";
import type { TeacherProfile } from "../../../src/features/training/training-port.js";

type Field = "name" | "department" | "periodStart" | "professional";

/** Keys as teachers type them, English and Chinese; a Map, so `__proto__=` is just unknown. */
const keys = new Map<string, Field>([
	["name", "name"],
	["姓名", "name"],
	["名字", "name"],
	["dept", "department"],
	["department", "department"],
	["院系", "department"],
	["系部", "department"],
	["部门", "department"],
	["教研室", "department"],
	["period", "periodStart"],
	["周期开始", "periodStart"],
	["考核周期", "periodStart"],
	["周期", "periodStart"],
	["聘期开始", "periodStart"],
	["professional", "professional"],
	["专业课", "professional"],
	["专业课教师", "professional"],
]);

const yes = new Map<string, boolean>([
	["yes", true],
	["y", true],
	["true", true],
	["是", true],
	["专业课", true],
	["专业课教师", true],
	["no", false],
	["n", false],
	["false", false],
	["否", false],
	["不是", false],
	["非专业课", false],
	["非专业课教师", false],
]);

const keyAt = /^([^\s=＝:：]+)[=＝:：](.*)$/su;

function setField(
	patch: TeacherProfile,
	field: Field,
	raw: string,
	today: string,
): void {
	const value = raw.trim();
	if (field === "periodStart") {
		const date = parseMonthOrDate(value, today);
		if (!date.ok)
			throw new UserError("teacher.profile_bad_period", {
				value: value.slice(0, 30),
			});
		patch.periodStart = date.value;
	} else if (field === "professional") {
		const flag = yes.get(value.toLowerCase());
		if (flag === undefined)
			throw new UserError("teacher.profile_bad_professional", {
				value: value.slice(0, 20),
			});
		patch.professional = flag;
	} else patch[field] = value;
}

/**
 * Reads `姓名=王芳 院系="信息 工程学院" 周期开始=2023年9月 专业课=是` (a value runs to the next
 * key, so `name=王 芳` is 王 芳), or the bare form `王芳 信息工程学院 2023-09-01`.
 */
export function readProfile(
	typed: readonly RawToken[],
	today: string,
): TeacherProfile {
	const tokens = splitLists(typed);
	const patch: TeacherProfile = {};
	let current: Field | undefined;
	let parts: string[] = [];
	const flush = () => {
		const joined = parts
			.join(" ")
			.replace(/^["“「']/u, "")
			.replace(/["”」']$/u, "");
		if (current) setField(patch, current, joined, today);
		parts = [];
	};
	const keyed = tokens.some(
		(t) =>
			!t.quoted &&
			keyAt.test(t.text) &&
			keys.has((keyAt.exec(t.text)?.[1] ?? "").toLowerCase()),
	);
	if (!keyed) return readPositional(tokens, today);
	for (const t of tokens) {
		const m = t.quoted ? null : keyAt.exec(t.text);
		const field = m ? keys.get((m[1] ?? "").toLowerCase()) : undefined;
		if (m && field) {
			flush();
			current = field;
			if (m[2]) parts.push(m[2]);
		} else if (m && !current) {
			throw new UserError("teacher.profile_unknown_key", {
				key: (m[1] ?? "").slice(0, 20),
			});
		} else if (current) parts.push(t.text);
		else
			throw new UserError("teacher.profile_unknown_key", {
				key: t.text.slice(0, 20),
			});
	}
	flush();
	return patch;
}

/**
 * `王芳，信息工程学院，2023年9月`: commas, 、 and semicolons separate fields like spaces,
 * except inside quotes (`院系="信息，工程学院"`).
 */
function splitLists(tokens: readonly RawToken[]): RawToken[] {
	return tokens.flatMap((t) => {
		if (t.quoted) return [t];
		const quote = t.text.search(/["“「']/u);
		const head = quote < 0 ? t.text : t.text.slice(0, quote);
		const tail = quote < 0 ? "" : t.text.slice(quote);
		const pieces = head.replace(/[。．]+$/u, "").split(/[，,、；;]+/u);
		pieces.push(`${pieces.pop() ?? ""}${tail}`);
		return pieces
			.filter((text) => text !== "")
			.map((text) => ({ text, quoted: false }));
	});
}

function readPositional(
	tokens: readonly RawToken[],
	today: string,
): TeacherProfile {
	const patch: TeacherProfile = {};
	const texts: string[] = [];
	for (const t of tokens) {
		const unknown = t.quoted ? null : keyAt.exec(t.text);
		if (unknown)
			throw new UserError("teacher.profile_unknown_key", {
				key: (unknown[1] ?? "").slice(0, 20),
			});
		const flag = t.quoted ? undefined : yes.get(t.text.toLowerCase());
		const date = t.quoted ? undefined : parseMonthOrDate(t.text, today);
		if (flag !== undefined && patch.professional === undefined)
			patch.professional = flag;
		else if (date?.ok && patch.periodStart === undefined)
			patch.periodStart = date.value;
		else if (!t.quoted && /^\d/.test(t.text))
			throw new UserError("teacher.profile_bad_period", {
				value: t.text.slice(0, 30),
			});
		else texts.push(t.text);
	}
	if (texts.length > 2)
		throw new UserError("teacher.profile_too_many_words", {
			extra: texts.slice(2).join(" ").slice(0, 40),
		});
	if (texts[0] !== undefined) patch.name = texts[0];
	if (texts[1] !== undefined) patch.department = texts[1];
	return patch;
}
