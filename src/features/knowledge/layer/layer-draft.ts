import type { LayerRecords } from "./data.js";
import {
	type LayerEdit,
	type LayerListName,
	type LayerLists,
	layerKeys,
} from "./layer-repository.js";

/**
 * A change to the layer being planned: reads see the edits made so far, and `edits` lists
 * them for the repository. The records it started from are never changed (copy on write).
 */
export interface LayerDraft {
	readonly records: LayerRecords;
	readonly edits: readonly LayerEdit[];
	find<L extends LayerListName>(
		list: L,
		key: string,
	): LayerLists[L] | undefined;
	put<L extends LayerListName>(list: L, value: LayerLists[L]): void;
	remove(list: LayerListName, key: string): void;
	setNextSeq(next: Partial<LayerRecords["nextSeq"]>): void;
}

export function createDraft(base: LayerRecords): LayerDraft {
	const records = { ...base } as {
		-readonly [L in LayerListName]: LayerLists[L][];
	} & LayerRecords;
	const edits: LayerEdit[] = [];
	const indexes = new Map<LayerListName, Map<string, number>>();

	/** The list, copied on first touch, with a key → position index. */
	function own<L extends LayerListName>(list: L) {
		let index = indexes.get(list);
		if (!index) {
			const copy = [...records[list]] as LayerLists[L][];
			(records as Record<L, LayerLists[L][]>)[list] = copy;
			index = new Map(copy.map((item, i) => [layerKeys[list](item), i]));
			indexes.set(list, index);
		}
		return { items: records[list] as LayerLists[L][], index };
	}

	return {
		records,
		edits,
		find(list, key) {
			const { items, index } = own(list);
			const i = index.get(key);
			return i === undefined ? undefined : items[i];
		},
		put(list, value) {
			const { items, index } = own(list);
			const key = layerKeys[list](value);
			const i = index.get(key);
			if (i === undefined) {
				index.set(key, items.length);
				items.push(value);
			} else items[i] = value;
			edits.push({ op: "put", list, value } as LayerEdit);
		},
		remove(list, key) {
			const { items, index } = own(list);
			const i = index.get(key);
			if (i === undefined) return;
			items.splice(i, 1);
			index.clear();
			for (const [n, item] of items.entries())
				index.set(layerKeys[list](item as never), n);
			edits.push({ op: "delete", list, key } as LayerEdit);
		},
		setNextSeq(next) {
			const value = { ...records.nextSeq, ...next };
			records.nextSeq = value;
			edits.push({ op: "next-seq", value });
		},
	};
}

/** `records` with `edits` applied, as a new value (the lowdb and PostgreSQL copies agree with it). */
export function applyEdits(
	records: LayerRecords,
	edits: readonly LayerEdit[],
): LayerRecords {
	const draft = createDraft(records);
	for (const e of edits)
		if (e.op === "next-seq") draft.setNextSeq(e.value);
		else if (e.op === "put") draft.put(e.list, e.value as never);
		else draft.remove(e.list, e.key);
	return draft.records;
}
