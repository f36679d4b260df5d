import type { Facts } from "./facts.js";
import { NOTICE, noticeSource } from "./handover.js";
import { passSource, passTrust } from "./pass-source.js";
import type { CsvRow } from "./read.js";
import { col } from "./read.js";

/**
 * Pass-3 policy facts by their ids (PF01…) and pass-5 rows as N01… in file order, for the
 * FAQ. Facts read from the 154号 repost share one titled source.
 */
export function addPassFacts(
	facts: Facts,
	pass3: CsvRow[],
	pass5: CsvRow[],
): void {
	for (const row of pass3) {
		const id = col(row, "fact_id");
		const text = col(row, "fact_zh");
		const source =
			text.includes(NOTICE) || col(row, "source").includes("shzv.edu.cn")
				? noticeSource(row, "fact_zh")
				: passSource(col(row, "source"), col(row, "trust"), {
						title: `${col(row, "topic")}：${text.slice(0, 24)}…`,
						note: `事实 ${id}；${col(row, "trust_note")}`,
					});
		facts.set(id, { trust: passTrust(col(row, "trust")), sources: [source] });
	}
	pass5.forEach((row, i) => {
		const id = `N${String(i + 1).padStart(2, "0")}`;
		const text = col(row, "fact_zh");
		const source = col(row, "source").includes("shzv.edu.cn")
			? noticeSource(row, "fact_zh")
			: passSource(col(row, "source"), col(row, "trust"), {
					title: `${text.slice(0, 28)}…`,
					note: `第五轮 ${id}；${col(row, "note")}`,
				});
		facts.set(id, { trust: passTrust(col(row, "trust")), sources: [source] });
	});
}
