import type { Change } from "../../../core/change.js";
import type { ImportProblem, ImportTable } from "../import/read-table.js";
import { validateRows } from "../import/validate-rows.js";
import type { CertificateKind } from "../knowledge-port.js";
import { sourceFromText } from "../source-text.js";
import { withSources } from "./apply.js";
import { commit, type LayerDeps } from "./commit.js";
import { type ImportPlan, planImport } from "./plan-import.js";

export interface ImportOptions {
	/** `--source`: for rows without a 来源 cell. */
	defaultSource?: string;
	/** The file as the audit trail names it. */
	label: string;
	/** Check and plan only; write nothing. */
	dryRun?: boolean;
	kind?: CertificateKind;
}

export type ImportResult =
	| { ok: false; problems: ImportProblem[]; rows: number }
	| {
			ok: true;
			plan: ImportPlan;
			rows: number;
			/** Milliseconds: checking and planning, then writing and rebuilding the index. */
			planMs: number;
			writeMs: number;
			rebuildMs: number;
	  };

/**
 * Imports a table as one change: every row is checked first, and a single problem anywhere
 * means nothing of the file is written. Then one store update (records, patches and one
 * audit entry) and one rebuild of the knowledge service.
 */
export async function importTable(
	deps: LayerDeps,
	change: Change,
	table: ImportTable,
	options: ImportOptions,
): Promise<ImportResult> {
	const started = performance.now();
	const rows = table.rows.length;
	const by = change.actor.key;
	const stamp = { by, date: change.now.toISOString().slice(0, 10) };
	if (options.defaultSource !== undefined) {
		const parsed = sourceFromText(options.defaultSource, stamp);
		if (!parsed.ok)
			return {
				ok: false,
				rows,
				problems: [{ code: "knowledge.import_bad_default_source" }],
			};
	} else if (!table.columns.includes("source"))
		return {
			ok: false,
			rows,
			problems: [{ code: "knowledge.import_no_source_at_all" }],
		};
	const checked = validateRows(
		table.rows,
		options.defaultSource,
		stamp,
		table.titles,
	);
	if (checked.problems.length > 0)
		return { ok: false, rows, problems: checked.problems };
	const plan = planImport(
		deps.layered.data.certificates,
		checked.rows,
		deps.current.snapshot.records.nextSeq.certificate,
		options.kind,
	);
	const planMs = performance.now() - started;
	if (options.dryRun || (plan.added.length === 0 && plan.merged.length === 0))
		return { ok: true, plan, rows, planMs, writeMs: 0, rebuildMs: 0 };

	const current = new Map(deps.layered.data.certificates.map((c) => [c.id, c]));
	const firstSource = checked.rows[0]?.source;
	const writeStarted = performance.now();
	await commit(
		deps,
		{ by, now: change.now },
		{
			action: "import",
			target: `file ${options.label}`,
			source: firstSource ?? { title: options.label, trust: "medium" },
			detail: `rows ${rows}, added ${plan.added.length}, merged ${plan.merged.length}, unchanged ${plan.unchanged}, conflicts ${plan.conflicts.length}`,
		},
		(draft, at) => {
			draft.setNextSeq({ certificate: plan.nextSeq });
			for (const record of plan.added)
				draft.put("certificates", { record, by, at });
			for (const m of plan.merged) {
				if (draft.find("certificates", m.id)) {
					draft.put("certificates", { record: m.record, by, at });
					continue;
				}
				const before = current.get(m.id)?.sources ?? [];
				const newSources = m.record.sources.filter(
					(s) => !before.some((b) => b.title === s.title && b.url === s.url),
				);
				const patch = draft.find("certificatePatches", m.id);
				draft.put(
					"certificatePatches",
					patch
						? {
								...patch,
								set: { ...patch.set, ...m.set },
								addSources: withSources(patch.addSources, newSources),
								by,
								at,
							}
						: { id: m.id, set: m.set, addSources: newSources, by, at },
				);
			}
		},
	);
	const writeMs = performance.now() - writeStarted;
	return {
		ok: true,
		plan,
		rows,
		planMs,
		writeMs: writeMs - deps.layered.lastBuildMs,
		rebuildMs: deps.layered.lastBuildMs,
	};
}
