import {
	type CertDrafts,
	draftFor,
	setBatch,
	setOrganisation,
} from "./drafts.js";
import { levelsIn } from "./names.js";
import { passSource } from "./pass-source.js";
import { type CsvRow, col } from "./read.js";
import { addSource } from "./sources.js";

/**
 * 5. Certificate names of passes 3 and 5. An organisation or a batch is taken only where the
 * page states it (`org_name_form` full or short, `batch_basis` stated) and the row is not
 * graded `unknown`: a third-party parse or a hijacked copy may be cited to admins, not relied
 * on. Such rows still add the name and their source. Short names stay as the page writes them.
 */
export function addPass3Names(drafts: CertDrafts, rows: CsvRow[]): void {
	let previousQuote = "";
	for (const row of rows) {
		// "same page" (as above) repeats the quote of the row above.
		const quote = /^same page/.test(col(row, "evidence_quote_short"))
			? previousQuote
			: col(row, "evidence_quote_short");
		previousQuote = quote;
		const d = draftFor(drafts, col(row, "certificate_name"));
		const trust = col(row, "trust");
		const org = col(row, "training_evaluation_org_as_named");
		const form = col(row, "org_name_form");
		// 无人机驾驶's page names a supervisor company and 工信部考试中心: no organisation.
		const reliable =
			trust !== "unknown" && !/ambiguous/.test(col(row, "trust_note"));
		const source = passSource(col(row, "source"), trust, {
			note: [
				`页面摘录：${col(row, "evidence_quote_short")}`,
				org ? `页面所写组织：${org}（${form}）` : null,
				col(row, "batch_as_stated")
					? `批次：${col(row, "batch_as_stated")}（${col(row, "batch_basis")}）`
					: null,
				col(row, "trust_note") || null,
			]
				.filter(Boolean)
				.join("；"),
		});
		addSource(d.sources, source);
		if (!reliable) continue;
		// Teaching a company's teacher-training class (民航: “为中航协…师资培训班授课”) does not
		// make the company the 培训评价组织, as with 财务共享服务's implied organiser.
		const trainingOnly = /师资培训/.test(quote);
		if (org && (form === "full" || form === "short") && !trainingOnly)
			setOrganisation(d, org, 2.5);
		const batch = col(row, "batch_as_stated");
		if (batch && col(row, "batch_basis") === "stated")
			setBatch(d, Number(batch), "pass 3 names");
		// `10千伏不停电作业（初级）` on a portal page states that level.
		for (const l of levelsIn(
			col(row, "evidence_quote_short").match(/（[初中高、]+级）/)?.[0] ?? "",
		))
			d.levels.add(l);
	}
}

/** Pass 5 names: only new sources for known certificates. */
export function addPass5Names(drafts: CertDrafts, rows: CsvRow[]): void {
	for (const row of rows) {
		const d = draftFor(drafts, col(row, "name"));
		addSource(
			d.sources,
			passSource(col(row, "source"), col(row, "trust"), {
				note: col(row, "note"),
			}),
		);
	}
}
