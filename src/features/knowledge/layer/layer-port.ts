/** What admins change in the knowledge base from chat (`/kb`); each change carries a source. */
import type { Change } from "../../../core/change.js";
import type { MessageKey, MessageParams } from "../../../core/i18n.js";
import type {
	Certificate,
	CertificateKind,
	CertLevel,
	FaqEntry,
	LinkKind,
	MajorLink,
	Source,
} from "../knowledge-port.js";

export interface CertificateInput {
	name?: string;
	kind?: CertificateKind;
	aliases?: string[];
	organisation?: string | null;
	levels?: CertLevel[];
	description?: string | null;
}

export interface LinkInput {
	certificateId: string;
	/** A catalogue code (`510203`) or a major's exact name (`软件技术`, every level). */
	major: string;
	kind: LinkKind;
	evidence: string;
}

export interface FaqInput {
	question?: string;
	answer?: string;
	variants?: string[];
	askWhere?: string;
}

export interface RecordCounts {
	certificates: number;
	links: number;
	faq: number;
}

/** Shipped records, and what the layer adds, changes and hides. */
export interface LayerCounts {
	shipped: RecordCounts;
	added: RecordCounts;
	changed: RecordCounts;
	removed: RecordCounts;
}

export interface ImportFileOptions {
	/** For rows without a 来源 cell (`--source`). */
	defaultSource?: string;
	/** The file as the audit trail names it. */
	label: string;
	/** Check and plan only; write nothing. */
	dryRun?: boolean;
	/** What the list's new certificates are; `x` (the official X certificate list) by default. */
	kind?: CertificateKind;
}

/** A mistake in an import file; `line` is the row people see in Excel or an editor. */
export interface ImportFileProblem {
	line?: number;
	code: MessageKey;
	params?: MessageParams;
}

export type ImportReport =
	| { ok: false; problems: ImportFileProblem[]; rows: number; format?: string }
	| {
			ok: true;
			format: string;
			rows: number;
			ignoredColumns: string[];
			added: { id: string; name: string }[];
			merged: { id: string; name: string }[];
			unchanged: number;
			conflicts: {
				line: number;
				id: string;
				name: string;
				existing: string;
				incoming: string;
			}[];
			/** Milliseconds: reading, checking and planning; writing; rebuilding the index. */
			timings: {
				readMs: number;
				planMs: number;
				writeMs: number;
				rebuildMs: number;
			};
	  };

/** One change in the audit trail: who, when, what and with which source. */
export interface LayerChange {
	at: string;
	by: string;
	action: "add" | "edit" | "remove" | "import";
	target: string;
	source: string;
	detail?: string;
}

/**
 * Each method that writes takes the admin's `Change` first; mistakes are `UserError`s with an
 * example.
 */
export interface KnowledgeLayerPort {
	counts(): Promise<LayerCounts>;
	/** The newest changes first, at most `limit`. */
	recentChanges(limit: number): Promise<LayerChange[]>;
	/**
	 * Reloads the layer when another instance changed it (its stored version moved); `true`
	 * when it did. Reads check this on their own at most every refresh interval.
	 */
	refresh(): Promise<boolean>;
	addCertificate(
		change: Change,
		input: CertificateInput & { name: string },
		source: Source,
	): Promise<Certificate>;
	editCertificate(
		change: Change,
		id: string,
		input: CertificateInput,
		source: Source,
	): Promise<Certificate>;
	removeCertificate(
		change: Change,
		id: string,
		source: Source,
	): Promise<Certificate>;
	addLink(change: Change, input: LinkInput, source: Source): Promise<MajorLink>;
	/** Hides every link between the certificate and the major; returns how many. */
	removeLink(
		change: Change,
		certificateId: string,
		major: string,
		source: Source,
	): Promise<number>;
	addFaq(
		change: Change,
		input: FaqInput & { question: string; answer: string },
		source: Source,
	): Promise<FaqEntry>;
	editFaq(
		change: Change,
		id: string,
		input: FaqInput,
		source: Source,
	): Promise<FaqEntry>;
	removeFaq(change: Change, id: string, source: Source): Promise<FaqEntry>;
	/**
	 * Imports an official certificate list (CSV in UTF-8, UTF-8 with BOM, UTF-16 or GBK; or
	 * XLSX) as the change's actor: all rows or none. Never throws for a bad file; the report
	 * names every bad line.
	 */
	importFile(
		change: Change,
		bytes: Uint8Array,
		options: ImportFileOptions,
	): Promise<ImportReport>;
}
