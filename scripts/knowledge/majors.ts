import type {
	Major,
	MajorLevel,
} from "../../src/features/knowledge/knowledge-port.js";
import { fail } from "./fail.js";
import { type CsvRow, col } from "./read.js";

const majorLevels: MajorLevel[] = [
	"中等职业教育",
	"高等职业教育专科",
	"高等职业教育本科",
];

/** 专业大类 names by code, for every level's code of the category. */
function categoryNamesOf(categoryRows: CsvRow[]): Map<string, string> {
	const categoryNames = new Map<string, string>();
	for (const row of categoryRows) {
		// Only names the data confirms ship; the 7 recalled ones stay null.
		if (!col(row, "status").startsWith("name confirmed")) continue;
		for (const c of ["code_secondary", "code_associate", "code_bachelor"])
			categoryNames.set(col(row, c), col(row, "category_name"));
	}
	return categoryNames;
}

/** The 2021 catalogue rows as majors, with the category name where it is confirmed. */
export function buildMajors(
	catalogRows: CsvRow[],
	categoryRows: CsvRow[],
): Major[] {
	const categoryNames = categoryNamesOf(categoryRows);
	return catalogRows.map((row) => {
		const level = col(row, "level") as MajorLevel;
		if (!majorLevels.includes(level)) fail(`bad major level ${level}`);
		const categoryCode = col(row, "category_code");
		return {
			code: col(row, "major_code"),
			name: col(row, "major_name"),
			level,
			classCode: col(row, "class_code"),
			className: col(row, "class_name"),
			categoryCode,
			categoryName: categoryNames.get(categoryCode) ?? null,
		};
	});
}
