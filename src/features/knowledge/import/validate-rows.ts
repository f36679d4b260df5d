import type {
	MessageKey,
	MessageParams,
	ParamsArg,
} from "../../../core/i18n.js";
import type { CertLevel, Source } from "../knowledge-port.js";
import { LIMITS } from "../layer/limits.js";
import { cleanCertificateName } from "../layer/names.js";
import { sourceFromText } from "../source-text.js";
import type { ImportProblem, ImportRow } from "./read-table.js";

/** A row that passed every check, in the layer's terms. */
export interface ValidRow {
	line: number;
	name: string;
	organisation: string | null;
	levels: CertLevel[];
	description: string | null;
	source: Source;
}

const LEVEL_WORDS: Record<string, CertLevel> = {
	初级: "初级",
	初: "初级",
	中级: "中级",
	中: "中级",
	高级: "高级",
	高: "高级",
};
const ORDER: CertLevel[] = ["初级", "中级", "高级"];

/** Control characters a spreadsheet can carry (soft hyphens, zero-width spaces) are dropped. */
const clean = (s: string) =>
	s
		.replace(/[\p{Cc}\p{Cf}]/gu, " ")
		.replace(/\s+/gu, " ")
		.trim();
const length = (s: string) => Array.from(s).length;

/**
 * How Excel starts a formula: `=`, `+`, `@`, or `-` before a digit, a bracket or a letter. No
 * certificate, organisation or source starts so; a lone `-` (an empty cell's mark) is kept.
 */
const FORMULA = /^\s*(?:[=+@]|-(?=[\d(=+@A-Za-z]))/;

/**
 * Checks every row and turns it into a `ValidRow`; every problem names its line. A row's
 * source is its 来源 cell, else `defaultSource` (`--source`). A cell that starts like a
 * formula (see `FORMULA`) Excel did not evaluate, or a CSV export of one, is refused, not
 * imported as text.
 */
export function validateRows(
	rows: readonly ImportRow[],
	defaultSource: string | undefined,
	stamp: { by: string; date: string },
	titles: Partial<Record<string, string>> = {},
): { rows: ValidRow[]; problems: ImportProblem[] } {
	const valid: ValidRow[] = [];
	const problems: ImportProblem[] = [];
	const fallback =
		defaultSource === undefined
			? undefined
			: sourceFromText(defaultSource, stamp);
	for (const row of rows) {
		const { line, cells } = row;
		const problem = <K extends MessageKey>(
			code: K,
			params: ParamsArg<K>[0] = {},
		) => problems.push({ line, code, params: params as MessageParams });
		const formula = Object.entries(cells).find(([, v]) =>
			FORMULA.test(v ?? ""),
		);
		if (formula) {
			problem("knowledge.import_formula", {
				column: titles[formula[0]] ?? formula[0],
				value: Array.from(formula[1] ?? "")
					.slice(0, 40)
					.join(""),
			});
			continue;
		}
		const name = cleanCertificateName(clean(cells.name ?? ""));
		if (name === "") {
			problem("knowledge.import_name_empty");
			continue;
		}
		if (length(name) > LIMITS.name) {
			problem("knowledge.import_name_too_long", {
				length: length(name),
				max: LIMITS.name,
			});
			continue;
		}
		const organisation = clean(cells.organisation ?? "") || null;
		if (organisation && length(organisation) > LIMITS.organisation) {
			problem("knowledge.import_org_too_long", {
				length: length(organisation),
				max: LIMITS.organisation,
			});
			continue;
		}
		const description = clean(cells.description ?? "") || null;
		if (description && length(description) > LIMITS.description) {
			problem("knowledge.import_description_too_long", {
				length: length(description),
				max: LIMITS.description,
			});
			continue;
		}
		const found = new Set<CertLevel>();
		const words = clean(cells.levels ?? "")
			.normalize("NFKC")
			.split(/[,，、/;；\s]+/u)
			.filter((w) => w !== "");
		const unknown = words.find((w) => !Object.hasOwn(LEVEL_WORDS, w));
		if (unknown) {
			problem("knowledge.import_bad_level", { value: unknown });
			continue;
		}
		for (const w of words) found.add(LEVEL_WORDS[w] as CertLevel);
		const own = clean(cells.source ?? "");
		const source = own ? sourceFromText(own, stamp) : fallback;
		if (!source || (!source.ok && source.reason === "empty")) {
			problem("knowledge.import_no_source");
			continue;
		}
		if (!source.ok) {
			problem(
				source.reason === "too-long"
					? "knowledge.import_source_too_long"
					: "knowledge.import_source_bad_url",
			);
			continue;
		}
		valid.push({
			line,
			name,
			organisation,
			levels: ORDER.filter((l) => found.has(l)),
			description,
			source: source.source,
		});
	}
	return { rows: valid, problems };
}
