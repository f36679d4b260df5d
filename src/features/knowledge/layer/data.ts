/**
 * The knowledge layer: what admins add to, change in and remove from the shipped `knowledge/`
 * files, kept in the database so that it survives upgrades while the shipped files stay as
 * they are. Records an admin adds are whole records; changes to shipped ones are patches, so
 * a newer shipped record (new fields included) still gets only the admin's change.
 */
import type {
	Certificate,
	CertificateKind,
	CertLevel,
	FaqEntry,
	MajorLink,
	Source,
} from "../knowledge-port.js";

/** Who changed the layer, and when (UTC ISO instant). */
export interface Stamp {
	by: string;
	at: string;
}

/** A certificate added by an admin or an import; its id is `k001`, `k002`, … (never a shipped id). */
export interface AddedCertificate extends Stamp {
	record: Certificate;
}

/** The fields of a certificate an admin may change. */
export interface CertificateFields {
	name?: string;
	kind?: CertificateKind;
	aliases?: string[];
	organisation?: string | null;
	/** Set together with `organisation`: one name, or none. */
	organisations?: string[];
	levels?: CertLevel[];
	description?: string | null;
}

/** A change to a shipped certificate: fields replaced, sources added, or the record hidden. */
export interface CertificatePatch extends Stamp {
	id: string;
	set: CertificateFields;
	addSources: Source[];
	removed?: boolean;
}

/** A major ↔ certificate link added by an admin; `id` is `l1`, `l2`, … */
export interface AddedLink extends Stamp {
	id: string;
	link: MajorLink;
}

/** Hides every link between a certificate and a major (by code), shipped or not. */
export interface RemovedLink extends Stamp {
	certificateId: string;
	majorCode: string;
	reason: string;
}

export interface AddedFaq extends Stamp {
	entry: FaqEntry;
}

export interface FaqFields {
	question?: string;
	answer?: string;
	variants?: string[];
	askWhere?: string;
}

export interface FaqPatch extends Stamp {
	id: string;
	set: FaqFields;
	addSources: Source[];
	removed?: boolean;
}

export type LayerAction = "add" | "edit" | "remove" | "import";

/** One change to the layer; `target` names the record (`certificate k001`, `link c001 510203`). */
export interface LayerAuditEntry extends Stamp {
	action: LayerAction;
	target: string;
	/** The source the change was made with (its title, and address when there is one). */
	source: string;
	detail?: string;
}

export interface KnowledgeLayerData {
	certificates: AddedCertificate[];
	certificatePatches: CertificatePatch[];
	links: AddedLink[];
	removedLinks: RemovedLink[];
	faq: AddedFaq[];
	faqPatches: FaqPatch[];
	audit: LayerAuditEntry[];
	/** Next number for `k…` certificate, `l…` link and `kb-…` FAQ ids; never reused. */
	nextSeq: { certificate: number; link: number; faq: number };
}

/** What the knowledge service is built from: the layer without its audit trail. */
export type LayerRecords = Omit<KnowledgeLayerData, "audit">;

export function emptyKnowledgeLayer(): KnowledgeLayerData {
	return {
		certificates: [],
		certificatePatches: [],
		links: [],
		removedLinks: [],
		faq: [],
		faqPatches: [],
		audit: [],
		nextSeq: { certificate: 1, link: 1, faq: 1 },
	};
}

/** Layer ids: outside the shipped `c001…` range, so an upgrade can never reuse one. */
export const layerIds = {
	certificate: (n: number) => `k${String(n).padStart(3, "0")}`,
	link: (n: number) => `l${n}`,
	faq: (n: number) => `kb-${n}`,
};
