/** One row of a table file, with the line (CSV) or row number (XLSX) people see it at. */
export interface TableRow {
	line: number;
	cells: string[];
}

/** Comma, tab or semicolon: whichever the first line has most of outside quotes. */
function delimiterOf(text: string): string {
	const end = text.indexOf("\n");
	const first = (end < 0 ? text : text.slice(0, end)).replace(/"[^"]*"/g, "");
	const count = (ch: string) => first.split(ch).length - 1;
	const candidates = [",", "\t", ";"];
	let best = ",";
	for (const ch of candidates) if (count(ch) > count(best)) best = ch;
	return best;
}

/**
 * RFC 4180 CSV: quoted fields may hold delimiters, doubled quotes and line breaks; `line` is
 * where a record starts. A quote left open is reported by the caller from `unclosedAt`.
 */
export function parseCsv(text: string): {
	rows: TableRow[];
	unclosedAt?: number;
} {
	const delimiter = delimiterOf(text);
	const rows: TableRow[] = [];
	let cells: string[] = [];
	let cell = "";
	let line = 1;
	let start = 1;
	let quoted = false;
	let quoteLine = 0;
	const n = text.length;
	for (let i = 0; i < n; i++) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"') {
				if (text[i + 1] === '"') {
					cell += '"';
					i++;
				} else quoted = false;
			} else if (ch === "\r" && text[i + 1] === "\n") {
				// A line break inside a quoted cell, stored as the file's own line ending.
			} else {
				if (ch === "\n") line++;
				cell += ch;
			}
			continue;
		}
		if (ch === '"' && cell === "") {
			quoted = true;
			quoteLine = line;
		} else if (ch === delimiter) {
			cells.push(cell);
			cell = "";
		} else if (ch === "\n" || ch === "\r") {
			if (ch === "\r" && text[i + 1] === "\n") i++;
			cells.push(cell);
			rows.push({ line: start, cells });
			cells = [];
			cell = "";
			line++;
			start = line;
		} else cell += ch;
	}
	if (quoted) return { rows, unclosedAt: quoteLine };
	if (cell !== "" || cells.length > 0) {
		cells.push(cell);
		rows.push({ line: start, cells });
	}
	return { rows };
}
