import type {
	MessageKey,
	MessageParams,
	ParamsArg,
} from "../../../core/i18n.js";
import { type Column, findHeader } from "./columns.js";
import { parseCsv, type TableRow } from "./csv.js";
import { decodeText, isOldExcel, isZip } from "./decode.js";
import { readWorkbook } from "./xlsx.js";

/** A mistake in an import file; `line` when it is one row's. */
export interface ImportProblem {
	line?: number;
	code: MessageKey;
	params?: MessageParams;
}

/** One data row, its cells by column (absent when the file has no such column). */
export interface ImportRow {
	line: number;
	cells: Partial<Record<Column, string>>;
}

export interface ImportTable {
	/** `CSV (gbk)`, `XLSX (sheet 名单)`. */
	format: string;
	headerLine: number;
	columns: Column[];
	/** Each column's header as the file writes it. */
	titles: Partial<Record<Column, string>>;
	ignoredColumns: string[];
	rows: ImportRow[];
}

export type TableResult =
	| { ok: true; table: ImportTable }
	| { ok: false; problem: ImportProblem };

const fail = <K extends MessageKey>(
	code: K,
	params?: ParamsArg<K>[0],
	line?: number,
): TableResult => ({
	ok: false,
	problem: {
		code,
		...(params ? { params: params as MessageParams } : {}),
		...(line ? { line } : {}),
	},
});

const blank = (row: TableRow) => row.cells.every((c) => c.trim() === "");

function toTable(rows: TableRow[], format: string): TableResult {
	if (rows.every(blank)) return fail("knowledge.import_empty");
	const header = findHeader(rows);
	if (!header) return fail("knowledge.import_no_header", { format });
	if (header.twice)
		return fail(
			"knowledge.import_column_twice",
			{ column: header.twice },
			header.line,
		);
	if (header.columns.organisation === undefined)
		return fail("knowledge.import_no_org_column", {}, header.line);
	const columns = Object.keys(header.columns) as Column[];
	const data: ImportRow[] = [];
	for (const row of rows) {
		if (row.line <= header.line || blank(row)) continue;
		const cells: Partial<Record<Column, string>> = {};
		for (const column of columns)
			cells[column] = row.cells[header.columns[column] as number] ?? "";
		data.push({ line: row.line, cells });
	}
	if (data.length === 0)
		return fail("knowledge.import_header_only", {}, header.line);
	return {
		ok: true,
		table: {
			format,
			headerLine: header.line,
			columns,
			titles: header.titles,
			ignoredColumns: header.ignored,
			rows: data,
		},
	};
}

/**
 * The rows of an official list, CSV or XLSX, found by content rather than by file name.
 * File-level mistakes (empty, no header, a header only, an old .xls) come back as one problem.
 */
export async function readImportTable(bytes: Uint8Array): Promise<TableResult> {
	if (bytes.length === 0) return fail("knowledge.import_empty");
	if (isOldExcel(bytes)) return fail("knowledge.import_old_excel");
	if (isZip(bytes)) {
		let sheets: Awaited<ReturnType<typeof readWorkbook>>;
		try {
			sheets = await readWorkbook(bytes);
		} catch (error) {
			return fail("knowledge.import_bad_xlsx", {
				detail: error instanceof Error ? error.message : String(error),
			});
		}
		// The first sheet with a header; an empty workbook says so.
		let first: TableResult | undefined;
		for (const sheet of sheets) {
			const result = toTable(sheet.rows, `XLSX (${sheet.name})`);
			if (result.ok) return result;
			first ??= result;
		}
		return first ?? fail("knowledge.import_empty");
	}
	const { text, encoding } = decodeText(bytes);
	if (text.includes("\u0000")) return fail("knowledge.import_binary");
	const parsed = parseCsv(text);
	if (parsed.unclosedAt !== undefined)
		return fail("knowledge.import_unclosed_quote", {}, parsed.unclosedAt);
	return toTable(parsed.rows, `CSV (${encoding})`);
}
