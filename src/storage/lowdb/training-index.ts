import type { TrainingData } from "../../features/training/data.js";
import type { Deletion } from "../../features/training/records-repository.js";
import type {
	AuditEntry,
	TrainingRecord,
} from "../../features/training/training-port.js";
import type { DbData } from "../db.js";
import type { DocChange } from "../document-change.js";
import type { Store } from "../store.js";

/**
 * In-memory indexes over the document's training section, so that one teacher's request reads
 * that teacher's rows only: records by owner and by id, audit entries by target, deletions by
 * the user who made them and by the owner of the record.
 */
export interface TrainingIndex {
	byOwner: Map<string, TrainingRecord[]>;
	byId: Map<string, TrainingRecord>;
	/**
	 * Audit entries per target, built on the first question about one (only the audit views
	 * ask): most entries are never read again, and this map is the index's largest part.
	 */
	auditByTarget?: Map<string, AuditEntry[]>;
	/** Deletions each user made or suffered, oldest first. */
	deletionsOf: Map<string, Deletion[]>;
	/** Per record id: the newest deletion or restoration. */
	lastUndo: Map<string, AuditEntry>;
}

function add<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

export function indexRecord(index: TrainingIndex, r: TrainingRecord): void {
	index.byId.set(r.id, r);
	add(index.byOwner, r.owner, r);
}

export function unindexRecord(index: TrainingIndex, r: TrainingRecord): void {
	index.byId.delete(r.id);
	const list = index.byOwner.get(r.owner);
	const at = list?.findIndex((x) => x.id === r.id) ?? -1;
	if (list && at >= 0) list.splice(at, 1);
}

/** `next` in the place of `prev` (same id and owner), keeping the owner's order. */
export function reindexRecord(
	index: TrainingIndex,
	prev: TrainingRecord,
	next: TrainingRecord,
): void {
	index.byId.set(next.id, next);
	const list = index.byOwner.get(prev.owner);
	const at = list?.findIndex((x) => x.id === prev.id) ?? -1;
	if (list && at >= 0) list[at] = next;
}

export function indexAudit(index: TrainingIndex, e: AuditEntry): void {
	if (index.auditByTarget) add(index.auditByTarget, e.target, e);
	if (e.action === "restore") index.lastUndo.set(e.target, e);
	if (e.action !== "delete" || !e.before) return;
	index.lastUndo.set(e.target, e);
	const deletion = e as Deletion;
	add(index.deletionsOf, e.by, deletion);
	if (deletion.before.owner !== e.by)
		add(index.deletionsOf, deletion.before.owner, deletion);
}

/** The audit entries about `target`, building the per-target map the first time. */
export function auditAbout(
	index: TrainingIndex,
	training: TrainingData,
	target: string,
): readonly AuditEntry[] {
	if (!index.auditByTarget) {
		const byTarget = new Map<string, AuditEntry[]>();
		for (const e of training.audit) add(byTarget, e.target, e);
		index.auditByTarget = byTarget;
	}
	return index.auditByTarget.get(target) ?? [];
}

function build(training: TrainingData): TrainingIndex {
	const index: TrainingIndex = {
		byOwner: new Map(),
		byId: new Map(),
		deletionsOf: new Map(),
		lastUndo: new Map(),
	};
	for (const r of training.records) indexRecord(index, r);
	for (const e of training.audit) indexAudit(index, e);
	return index;
}

interface Built {
	records: readonly TrainingRecord[];
	audit: readonly AuditEntry[];
	recordCount: number;
	auditCount: number;
	index: TrainingIndex;
}

/**
 * One index per document, shared by every repository over it. Rebuilt when the lists are not
 * the ones indexed (a failed write replaced the document) or their lengths differ from what the
 * index knows (a write that bypassed the repository); `forget` drops it after a failed write.
 */
export function createIndexCache() {
	let built: Built | undefined;
	return {
		get(training: TrainingData): TrainingIndex {
			if (
				built?.records !== training.records ||
				built.audit !== training.audit ||
				built.recordCount !== training.records.length ||
				built.auditCount !== training.audit.length
			)
				built = {
					records: training.records,
					audit: training.audit,
					recordCount: training.records.length,
					auditCount: training.audit.length,
					index: build(training),
				};
			return built.index;
		},
		/** After a write through the repository: the index already holds its rows. */
		seen(training: TrainingData): void {
			if (!built) return;
			built.recordCount = training.records.length;
			built.auditCount = training.audit.length;
		},
		forget(): void {
			built = undefined;
		},
	};
}

export type IndexCache = ReturnType<typeof createIndexCache>;

const caches = new WeakMap<object, IndexCache>();

/** The index cache of `store`, shared by the records and the teacher repositories over it. */
export function indexCacheOf(store: object): IndexCache {
	let cache = caches.get(store);
	if (!cache) {
		cache = createIndexCache();
		caches.set(store, cache);
	}
	return cache;
}

/**
 * Applies `changes` (in this tick, like the store) and brings the index along with `after`;
 * a failed write drops the index, to be rebuilt from the document as the store left it.
 */
export async function applyIndexed(
	store: Store<DbData>,
	cache: IndexCache,
	changes: readonly DocChange[],
	after: () => void,
): Promise<void> {
	const written = store.apply(changes);
	after();
	cache.seen(store.data.training);
	try {
		await written;
	} catch (error) {
		cache.forget();
		throw error;
	}
}
