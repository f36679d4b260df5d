import type { ValidRow } from "../import/validate-rows.js";
import type {
	Certificate,
	CertificateKind,
	CertLevel,
} from "../knowledge-port.js";
import { toKey } from "../normalize.js";
import { certificateSchema } from "../schema.js";
import { type CertificateFields, layerIds } from "./data.js";
import { certificateNameKey } from "./names.js";
import { organisationsOf, rowToCertificate } from "./to-certificate.js";

/** A row whose organisation differs from the one already known: the known one is kept. */
export interface ImportConflict {
	line: number;
	id: string;
	name: string;
	existing: string;
	incoming: string;
}

/** What an import would change, computed before anything is written. */
export interface ImportPlan {
	added: Certificate[];
	/** Existing certificates (shipped or layer) that rows add to. */
	merged: {
		id: string;
		name: string;
		set: CertificateFields;
		record: Certificate;
	}[];
	/** Rows that named a known certificate and added nothing new. */
	unchanged: number;
	conflicts: ImportConflict[];
	/** The next free layer certificate number after the import. */
	nextSeq: number;
}

interface Target {
	existing: boolean;
	record: Certificate;
	set: CertificateFields;
	sourceKeys: Set<string>;
	changed: boolean;
}

const ORDER: CertLevel[] = ["初级", "中级", "高级"];
const sourceKey = (s: { title: string; url?: string }) =>
	`${s.title}\n${s.url ?? ""}`;

/**
 * Merges valid rows into the current certificates: a row whose name (or an alias) is already
 * known, shipped or added, fills that record's gaps and adds its source instead of doubling
 * it; rows repeating each other within the file merge the same way. Known organisations are
 * never overwritten (a differing one is reported). New records get layer ids from `nextSeq`.
 */
export function planImport(
	current: readonly Certificate[],
	rows: readonly ValidRow[],
	nextSeq: number,
	kind: CertificateKind = "x",
): ImportPlan {
	const byKey = new Map<string, Certificate>();
	for (const c of current)
		for (const alias of c.aliases) byKey.set(certificateNameKey(alias), c);
	for (const c of current) byKey.set(certificateNameKey(c.name), c);
	const targets = new Map<string, Target>();
	const conflicts: ImportConflict[] = [];
	let seq = nextSeq;
	let unchanged = 0;
	for (const row of rows) {
		const key = certificateNameKey(row.name);
		let target = targets.get(key);
		if (!target) {
			const known = byKey.get(key);
			const id = known?.id ?? layerIds.certificate(seq++);
			const record = known ?? rowToCertificate({ ...row, kind }, id);
			target = {
				existing: known !== undefined,
				record: { ...record, sources: [...record.sources] },
				set: {},
				sourceKeys: new Set(record.sources.map(sourceKey)),
				changed: known === undefined,
			};
			targets.set(key, target);
			if (!known) continue;
		}
		const r = target.record;
		let changed = false;
		if (row.organisation) {
			if (!r.organisation) {
				r.organisation = row.organisation;
				r.organisations = organisationsOf(row.organisation);
				target.set.organisation = row.organisation;
				target.set.organisations = r.organisations;
				changed = true;
			} else if (toKey(r.organisation) !== toKey(row.organisation))
				conflicts.push({
					line: row.line,
					id: r.id,
					name: r.name,
					existing: r.organisation,
					incoming: row.organisation,
				});
		}
		const levels = ORDER.filter(
			(l) => r.levels.includes(l) || row.levels.includes(l),
		);
		if (levels.length > r.levels.length) {
			r.levels = levels;
			target.set.levels = levels;
			changed = true;
		}
		if (row.description && !r.description) {
			r.description = row.description;
			target.set.description = row.description;
			changed = true;
		}
		if (!target.sourceKeys.has(sourceKey(row.source))) {
			target.sourceKeys.add(sourceKey(row.source));
			r.sources.push(row.source);
			changed = true;
		}
		if (changed) target.changed = true;
		else unchanged++;
	}
	const added: Certificate[] = [];
	const merged: ImportPlan["merged"] = [];
	for (const t of targets.values()) {
		if (!t.changed) continue;
		const record = certificateSchema.parse(t.record) as Certificate;
		if (t.existing)
			merged.push({ id: record.id, name: record.name, set: t.set, record });
		else added.push(record);
	}
	return { added, merged, unchanged, conflicts, nextSeq: seq };
}
