import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fail } from "./fail.js";

export type CsvRow = Record<string, string>;

/** A data file as text, without the byte-order mark some exports start with. */
export function readText(dataDir: string, file: string): string {
	return readFileSync(join(dataDir, file), "utf8").replace(/^\uFEFF/, "");
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and newlines. */
export function parseCsv(text: string): CsvRow[] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = "";
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else field += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ",") {
			row.push(field);
			field = "";
		} else if (ch === "\n" || ch === "\r") {
			if (ch === "\r" && text[i + 1] === "\n") i++;
			row.push(field);
			rows.push(row);
			row = [];
			field = "";
		} else field += ch;
	}
	if (field !== "" || row.length > 0) {
		row.push(field);
		rows.push(row);
	}
	const [header, ...body] = rows.filter((r) => r.some((c) => c.trim() !== ""));
	if (!header) return [];
	return body.map((r) =>
		Object.fromEntries(header.map((h, i) => [h.trim(), (r[i] ?? "").trim()])),
	);
}

export function readCsv(dataDir: string, file: string): CsvRow[] {
	return parseCsv(readText(dataDir, file));
}

export function readJson<T>(dataDir: string, file: string): T {
	return JSON.parse(readText(dataDir, file)) as T;
}

/** A column that must exist: a renamed header fails the build instead of yielding blanks. */
export function col(row: CsvRow, name: string): string {
	const v = row[name];
	if (v === undefined) fail(`missing column ${name}`);
	return v;
}
