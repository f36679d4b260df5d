import type { TableRow } from "./csv.js";

/** The columns of the official list, whatever their order. */
export type Column =
	| "number"
	| "name"
	| "organisation"
	| "levels"
	| "description"
	| "source";

/** Header cells as official lists and office spreadsheets write them. */
const HEADERS: Record<string, Column> = {
	序号: "number",
	编号: "number",
	证书名称: "name",
	职业技能等级证书名称: "name",
	职业技能等级证书: "name",
	证书: "name",
	名称: "name",
	培训评价组织: "organisation",
	培训评价组织名称: "organisation",
	评价组织: "organisation",
	组织: "organisation",
	等级: "levels",
	级别: "levels",
	证书等级: "levels",
	简介: "description",
	证书简介: "description",
	说明: "description",
	来源: "source",
	出处: "source",
	来源网址: "source",
};

/** `证书名称（必填）`, `* 证书名称 ` → `证书名称`. */
function headerWord(cell: string): string {
	return cell
		.normalize("NFKC")
		.replace(/\(.*?\)|（.*?）|[*＊\s]/gu, "")
		.trim();
}

export interface Header {
	/** The row the header is on. */
	line: number;
	columns: Partial<Record<Column, number>>;
	/** Each column's header as the file writes it, for messages. */
	titles: Partial<Record<Column, string>>;
	/** Header cells that are no known column, kept out of the import. */
	ignored: string[];
	/** A column named twice (`证书名称` and `名称`). */
	twice?: string;
}

/** Rows above the header an official list may have: a title, a date, a blank line. */
const HEADER_SEARCH = 10;

/**
 * Finds the header among the first rows: the first row with a name column. `undefined`
 * when none of them has one.
 */
export function findHeader(rows: readonly TableRow[]): Header | undefined {
	for (const row of rows.slice(0, HEADER_SEARCH)) {
		const words = row.cells.map(headerWord);
		if (!words.some((w) => HEADERS[w] === "name")) continue;
		const columns: Partial<Record<Column, number>> = {};
		const titles: Partial<Record<Column, string>> = {};
		const ignored: string[] = [];
		let twice: string | undefined;
		words.forEach((w, i) => {
			const column = Object.hasOwn(HEADERS, w) ? HEADERS[w] : undefined;
			if (!column) {
				if (w !== "") ignored.push(row.cells[i]?.trim() ?? w);
			} else if (columns[column] !== undefined) twice ??= row.cells[i] ?? w;
			else {
				columns[column] = i;
				titles[column] = row.cells[i]?.trim() ?? w;
			}
		});
		return {
			line: row.line,
			columns,
			titles,
			ignored,
			...(twice ? { twice } : {}),
		};
	}
	return undefined;
}
