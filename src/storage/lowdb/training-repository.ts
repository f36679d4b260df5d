import type { TrainingData } from "../../features/training/data.js";
import type {
	AdoptName,
	Deletion,
	TrainingRecordsRepository,
} from "../../features/training/records-repository.js";
import type { TrainingRecord } from "../../features/training/training-port.js";
import type { DbData } from "../db.js";
import type { DocChange } from "../document-change.js";
import type { Store } from "../store.js";
import {
	applyIndexed,
	auditAbout,
	indexAudit,
	indexCacheOf,
	indexRecord,
	reindexRecord,
	unindexRecord,
} from "./training-index.js";

const RECORDS = ["training", "records"] as const;
const AUDIT = ["training", "audit"] as const;

const copy = (r: TrainingRecord): TrainingRecord => ({ ...r });

/** Where `record` sits in the document's list (found by id: the list is in saving order). */
function positionOf(training: TrainingData, record: TrainingRecord): number {
	const at = training.records.indexOf(record);
	return at >= 0 ? at : training.records.findIndex((r) => r.id === record.id);
}

/** The changes that keep a platform name as the profile name while there is none. */
export function adoptChanges(
	training: TrainingData,
	adopt: AdoptName | undefined,
): DocChange[] {
	if (!adopt) return [];
	const existing = Object.hasOwn(training.profiles, adopt.key)
		? training.profiles[adopt.key]
		: undefined;
	if (existing?.name) return [];
	if (existing)
		return [
			{
				op: "set",
				path: ["training", "profiles", adopt.key, "name"],
				value: adopt.name,
			},
		];
	if (!adopt.create) return [];
	return [
		{
			op: "set",
			path: ["training", "profiles", adopt.key],
			value: { name: adopt.name },
		},
	];
}

/**
 * Records and audit trail in the embedded document. Each change reads, checks and applies in
 * one tick (nothing can come in between) and is one `store.apply`; reads go through the
 * per-owner, per-id and per-target indexes, never through the whole list.
 */
export function lowdbTrainingRecords(
	store: Store<DbData>,
): TrainingRecordsRepository {
	const cache = indexCacheOf(store);
	const training = () => store.data.training;
	const index = () => cache.get(training());

	return {
		async recordsOf(owner) {
			return (index().byOwner.get(owner) ?? []).map(copy);
		},
		async recordsOfMany(owners) {
			const byOwner = index().byOwner;
			const out = new Map<string, TrainingRecord[]>();
			for (const owner of owners) {
				const list = byOwner.get(owner);
				if (list?.length) out.set(owner, list.map(copy));
			}
			return out;
		},
		async allRecords() {
			return training().records.map(copy);
		},
		async byIds(ids) {
			const byId = index().byId;
			return ids.flatMap((id) => {
				const r = byId.get(id);
				return r ? [copy(r)] : [];
			});
		},
		async insert({ entry, check, audit, adoptName }) {
			const t = training();
			const ix = index();
			const checked = check(ix.byOwner.get(entry.owner) ?? []);
			const record = { ...entry, id: String(t.nextId) } as TrainingRecord;
			const created = audit(record);
			await applyIndexed(
				store,
				cache,
				[
					{ op: "push", path: RECORDS, value: record },
					{ op: "push", path: AUDIT, value: created },
					{ op: "set", path: ["training", "nextId"], value: t.nextId + 1 },
					...adoptChanges(t, adoptName),
				],
				() => {
					indexRecord(ix, record);
					indexAudit(ix, created);
				},
			);
			return { record: copy(record), checked };
		},
		async replace(id, change) {
			const ix = index();
			const current = ix.byId.get(id);
			const { next, audit, result } = change(current && copy(current));
			if (!current || next.id !== id || next.owner !== current.owner)
				throw new Error(`record ${id} cannot be replaced by ${next.id}`);
			const saved = copy(next);
			await applyIndexed(
				store,
				cache,
				[
					{
						op: "set",
						path: [...RECORDS, positionOf(training(), current)],
						value: saved,
					},
					{ op: "push", path: AUDIT, value: audit },
				],
				() => {
					reindexRecord(ix, current, saved);
					indexAudit(ix, audit);
				},
			);
			return result;
		},
		async remove(ids, change) {
			const ix = index();
			const found = ids.map((id) => ix.byId.get(id));
			const audits = change(found.map((r) => r && copy(r)));
			const gone = found.filter((r): r is TrainingRecord => r !== undefined);
			if (gone.length !== ids.length)
				throw new Error("records to delete are missing");
			const t = training();
			const positions = gone.map((r) => positionOf(t, r)).sort((a, b) => b - a);
			await applyIndexed(
				store,
				cache,
				[
					...positions.map(
						(index): DocChange => ({
							op: "splice",
							path: RECORDS,
							index,
							count: 1,
						}),
					),
					...audits.map(
						(value): DocChange => ({ op: "push", path: AUDIT, value }),
					),
				],
				() => {
					for (const r of gone) unindexRecord(ix, r);
					for (const a of audits) indexAudit(ix, a);
				},
			);
			return gone.map(copy);
		},
		async restore(userKey, since, choose, audit) {
			const ix = index();
			const candidates: Deletion[] = [];
			const mine = ix.deletionsOf.get(userKey) ?? [];
			for (let i = mine.length - 1; i >= 0; i--) {
				const d = mine[i] as Deletion;
				if (Date.parse(d.at) < since.getTime()) break;
				if (ix.lastUndo.get(d.target) !== d || ix.byId.has(d.target)) continue;
				candidates.push(d);
			}
			const chosen = choose(candidates);
			const back = chosen.map((c) => ({
				record: copy(c.before),
				entry: audit(c),
			}));
			await applyIndexed(
				store,
				cache,
				back.flatMap(({ record, entry }): DocChange[] => [
					{ op: "push", path: RECORDS, value: record },
					{ op: "push", path: AUDIT, value: entry },
				]),
				() => {
					for (const { record, entry } of back) {
						indexRecord(ix, record);
						indexAudit(ix, entry);
					}
				},
			);
			return [...chosen];
		},
		async auditOf(target) {
			return auditAbout(index(), training(), target).map((e) =>
				structuredClone(e),
			);
		},
	};
}
