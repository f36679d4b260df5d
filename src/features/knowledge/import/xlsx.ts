import readXlsxFile from "read-excel-file/node";
import type { TableRow } from "./csv.js";

/** One worksheet's rows, numbered as Excel numbers them. */
export interface Worksheet {
	name: string;
	rows: TableRow[];
}

function cellText(value: unknown): string {
	if (value === null || value === undefined) return "";
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	return String(value);
}

/**
 * Every worksheet of an XLSX file, with read-excel-file (maintained; reads the ZIP and XML
 * itself). A formula cell reads as the value the spreadsheet saved with it, as Excel shows
 * it; a formula saved without a value (written by a script, never opened in Excel) reads
 * as empty, which row validation then names.
 */
export async function readWorkbook(bytes: Uint8Array): Promise<Worksheet[]> {
	const sheets = await readXlsxFile(Buffer.from(bytes));
	return sheets.map((s) => ({
		name: s.sheet,
		rows: s.data.map((cells, i) => ({
			line: i + 1,
			cells: cells.map(cellText),
		})),
	}));
}
