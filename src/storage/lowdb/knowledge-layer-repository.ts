import type { LayerRecords } from "../../features/knowledge/layer/data.js";
import {
	type KnowledgeLayerRepository,
	type LayerListName,
	type LayerSnapshot,
	layerKeys,
} from "../../features/knowledge/layer/layer-repository.js";
import type { DbData } from "../db.js";
import type { DocChange } from "../document-change.js";
import type { Store } from "../store.js";

const SECTION = "knowledgeLayer";

/**
 * The layer as a snapshot of the document's section: the lists copied (their items are only
 * ever replaced whole, never changed in place), the version being the audit trail's length,
 * since every change appends exactly one entry.
 */
export function lowdbLayerSnapshot(data: Readonly<DbData>): LayerSnapshot {
	const l = data.knowledgeLayer;
	const records: LayerRecords = {
		certificates: [...l.certificates],
		certificatePatches: [...l.certificatePatches],
		links: [...l.links],
		removedLinks: [...l.removedLinks],
		faq: [...l.faq],
		faqPatches: [...l.faqPatches],
		nextSeq: { ...l.nextSeq },
	};
	return { records, version: l.audit.length };
}

/**
 * The knowledge layer over the document's `knowledgeLayer` section. A commit turns edits into
 * document changes (an item set in its place, pushed, or spliced out) and applies them with
 * the audit entry in one `store.apply`, checked and applied in one tick.
 */
export function lowdbKnowledgeLayerRepository(
	store: Store<DbData>,
): KnowledgeLayerRepository {
	const layer = () => store.data.knowledgeLayer;
	return {
		load: async () => lowdbLayerSnapshot(store.data),
		version: async () => layer().audit.length,
		async commit(base, edits, audit) {
			if (layer().audit.length !== base) return undefined;
			const changes: DocChange[] = [];
			// Where each key of a touched list is, as the changes so far leave it.
			const positions = new Map<LayerListName, string[]>();
			const keysOf = (list: LayerListName) => {
				let keys = positions.get(list);
				if (!keys) {
					keys = (layer()[list] as unknown as readonly never[]).map((item) =>
						layerKeys[list](item),
					);
					positions.set(list, keys);
				}
				return keys;
			};
			const lookup = new Map<LayerListName, Map<string, number>>();
			const indexOf = (list: LayerListName) => {
				let index = lookup.get(list);
				if (!index) {
					index = new Map(keysOf(list).map((k, i) => [k, i]));
					lookup.set(list, index);
				}
				return index;
			};
			for (const edit of edits) {
				if (edit.op === "next-seq") {
					changes.push({
						op: "set",
						path: [SECTION, "nextSeq"],
						value: edit.value,
					});
					continue;
				}
				const { list } = edit;
				const keys = keysOf(list);
				const index = indexOf(list);
				if (edit.op === "put") {
					const key = layerKeys[list](edit.value as never);
					const i = index.get(key);
					if (i === undefined) {
						index.set(key, keys.length);
						keys.push(key);
						changes.push({
							op: "push",
							path: [SECTION, list],
							value: edit.value,
						});
					} else
						changes.push({
							op: "set",
							path: [SECTION, list, i],
							value: edit.value,
						});
					continue;
				}
				const i = index.get(edit.key);
				if (i === undefined) continue;
				keys.splice(i, 1);
				lookup.delete(list);
				changes.push({
					op: "splice",
					path: [SECTION, list],
					index: i,
					count: 1,
				});
			}
			changes.push({ op: "push", path: [SECTION, "audit"], value: audit });
			await store.apply(changes);
			return base + 1;
		},
		async recentChanges(limit) {
			if (limit <= 0) return [];
			return layer()
				.audit.slice(-limit)
				.reverse()
				.map((e) => ({ ...e }));
		},
	};
}
