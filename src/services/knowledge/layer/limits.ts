import { UserError } from "../../../core/errors.js";
import type { MessageKey } from "../../../core/i18n.js";
import type {
	CertificateInput,
	FaqInput,
} from "../../../core/knowledge-layer-port.js";

/** Longest values a record may hold; longer text is almost always a pasted paragraph. */
export const LIMITS = {
	name: 60,
	organisation: 100,
	alias: 30,
	aliases: 10,
	description: 2000,
	question: 100,
	answer: 400,
	variant: 100,
	variants: 20,
	askWhere: 200,
	evidence: 300,
} as const;

/** Fields as `/kb` takes them (`名称=` or `name=`), so a refusal names what to retype. */
const FIELD_NAMES: Record<keyof typeof LIMITS, string> = {
	name: "名称/name",
	organisation: "组织/org",
	alias: "简称/aliases",
	aliases: "简称/aliases",
	description: "简介/description",
	question: "问题/question",
	answer: "回答/answer",
	variant: "问法/variants",
	variants: "问法/variants",
	askWhere: "去哪问/askwhere",
	evidence: "证据/evidence",
};

const length = (s: string) => Array.from(s).length;

function check(
	value: string | null | undefined,
	field: keyof typeof LIMITS,
	code: MessageKey = "kb.too_long",
): void {
	if (value === null || value === undefined) return;
	if (value.trim() === "")
		throw new UserError("kb.empty_field", { field: FIELD_NAMES[field] });
	if (length(value) > LIMITS[field])
		throw new UserError(code, {
			field: FIELD_NAMES[field],
			length: length(value),
			max: LIMITS[field],
		});
}

/** A list field: not more items than its limit, each item checked like a field. */
function checkList(
	items: readonly string[] | undefined,
	field: "aliases" | "variants",
	item: "alias" | "variant",
): void {
	if (!items) return;
	if (items.length > LIMITS[field])
		throw new UserError("kb.too_many", {
			field: FIELD_NAMES[field],
			count: items.length,
			max: LIMITS[field],
		});
	for (const i of items) check(i, item);
}

/** Refuses empty or over-long fields of a certificate, naming the field and the limit. */
export function checkCertificateInput(input: CertificateInput): void {
	check(input.name, "name");
	check(input.organisation, "organisation");
	check(input.description, "description");
	checkList(input.aliases, "aliases", "alias");
}

export function checkFaqInput(input: FaqInput): void {
	check(input.question, "question");
	check(input.answer, "answer");
	check(input.askWhere, "askWhere");
	checkList(input.variants, "variants", "variant");
}

export function checkEvidence(evidence: string): void {
	check(evidence, "evidence");
}
