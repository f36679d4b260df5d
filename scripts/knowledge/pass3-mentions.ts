import { type CertDrafts, draftFor } from "./drafts.js";
import { eventCertNames, eventSource } from "./events.js";
import { certKey, certName, levelsIn, splitCertNames } from "./names.js";
import { passSource } from "./pass-source.js";
import { type CsvRow, col } from "./read.js";
import { addSource } from "./sources.js";

/**
 * Levels an exam report states (`中级`), for every certificate it names, unless the report is
 * too weak to cite (`low`): a level on a card must be one a student may rely on.
 */
export function addEventLevels(drafts: CertDrafts, rows: CsvRow[]): void {
	for (const row of rows) {
		const source = eventSource(row);
		if (source.trust === "low") continue;
		const levels = levelsIn(col(row, "level"));
		if (levels.length === 0) continue;
		// The card cites the report its level comes from.
		for (const n of eventCertNames(col(row, "certificate_name"))) {
			const d = draftFor(drafts, n);
			for (const l of levels) d.levels.add(l);
			addSource(d.sources, source);
		}
	}
}

/** 7. Certificates that pass-3 events, links and plans and pass-4 rows name. */
export function addPass3Mentions(
	drafts: CertDrafts,
	rows: {
		events: CsvRow[];
		links: CsvRow[];
		plans: CsvRow[];
		standards: CsvRow[];
	},
): void {
	for (const row of rows.events)
		for (const n of eventCertNames(col(row, "certificate_name")))
			addSource(draftFor(drafts, n).mentions, eventSource(row));
	for (const row of rows.links) {
		const raw = col(row, "certificate_name");
		if (raw.includes("未写是否为X证书")) continue;
		addSource(
			draftFor(drafts, raw).mentions,
			passSource(col(row, "source"), col(row, "trust")),
		);
	}
	for (const row of rows.plans)
		for (const n of splitCertNames(col(row, "certificate_name"))) {
			if (n.startsWith("全部X证书")) continue;
			addSource(
				draftFor(drafts, n).mentions,
				passSource(col(row, "source"), col(row, "trust")),
			);
		}
	for (const row of rows.standards)
		addSource(
			draftFor(drafts, col(row, "certificate")).mentions,
			passSource(col(row, "source"), col(row, "trust")),
		);
}

/**
 * Pass-4 school rows name a few certificates no other file has (游戏美术设计, 药品购销). A name
 * is taken only from a row not graded `unknown` and written as a certificate name (not
 * "as written", whose exact X name is unclear).
 */
export function addSchoolPlanNames(drafts: CertDrafts, rows: CsvRow[]): void {
	for (const row of rows) {
		const raw = col(row, "certificate");
		if (col(row, "trust") === "unknown" || /as written/.test(raw)) continue;
		const name = certName(raw.replace(/（1\+X）/, ""));
		const [url] = col(row, "source").split(" — ");
		const d = draftFor(drafts, name);
		addSource(d.mentions, passSource(url ?? "", col(row, "trust")));
		for (const l of levelsIn(raw.match(/（[初中高、]+级）/)?.[0] ?? ""))
			d.levels.add(l);
	}
}

/** Whether a certificate of this name is among the drafts. */
export const hasDraft =
	(drafts: CertDrafts) =>
	(rawName: string): boolean =>
		drafts.has(certKey(rawName));
