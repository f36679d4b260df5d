import type { MajorRename } from "../../src/features/knowledge/knowledge-port.js";
import type { CatalogueMajor } from "./links.js";
import { passSource } from "./pass-source.js";
import { type CsvRow, col } from "./read.js";

/**
 * Old → 2021 major names (pass 4). Codes only where the source gives them; a 2021 code the
 * source gives is kept only if the catalogue has that major under the new name, so a
 * recommender can trust `newCode`.
 */
export function buildRenames(
	rows: CsvRow[],
	catalogue: readonly CatalogueMajor[],
): MajorRename[] {
	return rows.map((row) => {
		const oldCode = col(row, "old_code");
		const newName = col(row, "new_name");
		const newCode = col(row, "new_code");
		const known = catalogue.some(
			(m) => m.code === newCode && m.name === newName,
		);
		return {
			oldName: col(row, "old_name"),
			...(oldCode ? { oldCode } : {}),
			newName,
			...(newCode && known ? { newCode } : {}),
			source: passSource(col(row, "source"), col(row, "trust"), {
				note: `层次：${col(row, "level")}`,
			}),
		};
	});
}
