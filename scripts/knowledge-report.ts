import type { Translate } from "../src/core/i18n.js";
import type { ImportReport } from "../src/features/knowledge/layer/layer-port.js";

/** How many bad lines an import lists before it only counts the rest. */
const SHOWN = 30;
/** How many added or completed certificates are named. */
const LISTED = 20;

/** An import's outcome as the operator reads it: every bad line, or what was added and merged. */
export function printReport(
	report: ImportReport,
	file: string,
	dryRun: boolean,
	t: Translate,
	print: (line: string) => void,
): void {
	if (!report.ok) {
		print(
			t("knowledge.import_refused", { file, count: report.problems.length }),
		);
		for (const p of report.problems.slice(0, SHOWN)) {
			const reason = t(p.code, p.params);
			print(
				p.line ? t("knowledge.import_line", { line: p.line, reason }) : reason,
			);
		}
		if (report.problems.length > SHOWN)
			print(
				t("knowledge.import_more", { count: report.problems.length - SHOWN }),
			);
		return;
	}
	print(
		t("knowledge.import_done", {
			file,
			format: report.format,
			rows: report.rows,
			added: report.added.length,
			merged: report.merged.length,
			unchanged: report.unchanged,
		}),
	);
	const list = (items: { id: string; name: string }[]) =>
		items
			.slice(0, LISTED)
			.map((c) => `${c.id} ${c.name}`)
			.join("、") + (items.length > LISTED ? " …" : "");
	if (report.added.length > 0)
		print(t("knowledge.import_added_list", { list: list(report.added) }));
	if (report.merged.length > 0)
		print(t("knowledge.import_merged_list", { list: list(report.merged) }));
	for (const c of report.conflicts.slice(0, SHOWN))
		print(t("knowledge.import_conflict", c));
	if (report.ignoredColumns.length > 0)
		print(
			t("knowledge.import_ignored", {
				columns: report.ignoredColumns.join("、"),
			}),
		);
	if (report.format.startsWith("XLSX"))
		print(t("knowledge.import_formula_note"));
	const ms = (n: number) => Math.round(n);
	print(
		t("knowledge.import_timing", {
			read: ms(report.timings.readMs),
			plan: ms(report.timings.planMs),
			write: ms(report.timings.writeMs),
			rebuild: ms(report.timings.rebuildMs),
		}),
	);
	if (dryRun) print(t("knowledge.import_dry_run"));
}
