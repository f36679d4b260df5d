import type {
	AddedCertificate,
	AddedFaq,
	AddedLink,
	CertificatePatch,
	FaqPatch,
	LayerAuditEntry,
	LayerRecords,
	RemovedLink,
} from "./data.js";

/** The layer's lists and what each holds. */
export interface LayerLists {
	certificates: AddedCertificate;
	certificatePatches: CertificatePatch;
	links: AddedLink;
	removedLinks: RemovedLink;
	faq: AddedFaq;
	faqPatches: FaqPatch;
}

export type LayerListName = keyof LayerLists;

/** The key that names an item within its list: at most one item per key. */
export const layerKeys: {
	[L in LayerListName]: (item: LayerLists[L]) => string;
} = {
	certificates: (a) => a.record.id,
	certificatePatches: (p) => p.id,
	links: (l) => l.id,
	removedLinks: (r) => `${r.certificateId} ${r.majorCode}`,
	faq: (a) => a.entry.id,
	faqPatches: (p) => p.id,
};

/**
 * One change to the layer's records, as data: an item put (replacing the one of the same key,
 * in its place, or appended), an item deleted by key, or the id counters set.
 */
export type LayerEdit =
	| {
			[L in LayerListName]:
				| { op: "put"; list: L; value: LayerLists[L] }
				| { op: "delete"; list: L; key: string };
	  }[LayerListName]
	| { op: "next-seq"; value: LayerRecords["nextSeq"] };

/** The layer as loaded: its records and the version they are at. */
export interface LayerSnapshot {
	records: LayerRecords;
	/** Goes up by one with every committed change; tells a process its copy is stale. */
	version: number;
}

/**
 * Where the knowledge layer is kept. It is read whole (the search index is built from it) and
 * changed by small edits, each together with its audit entry.
 */
export interface KnowledgeLayerRepository {
	load(): Promise<LayerSnapshot>;
	/** The version stored now: a cheap check of whether a loaded copy is still current. */
	version(): Promise<number>;
	/**
	 * Applies `edits` and appends `audit` in one atomic change if the stored version is still
	 * `base`, and returns the new version; `undefined` (nothing written) when another change
	 * came first.
	 */
	commit(
		base: number,
		edits: readonly LayerEdit[],
		audit: LayerAuditEntry,
	): Promise<number | undefined>;
	/** The newest audit entries first. */
	recentChanges(limit: number): Promise<LayerAuditEntry[]>;
}
