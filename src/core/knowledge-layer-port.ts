/** What admins change in the knowledge base from chat (`/kb`); each change carries a source. */
import type {
	Certificate,
	CertLevel,
	FaqEntry,
	LinkKind,
	MajorLink,
	Source,
} from "./knowledge-port.js";

export interface CertificateInput {
	name?: string;
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

/** One change made; `by` is the admin's user key. Mistakes are `UserError`s with an example. */
export interface KnowledgeLayerPort {
	counts(): LayerCounts;
	addCertificate(
		input: CertificateInput & { name: string },
		source: Source,
		by: string,
	): Promise<Certificate>;
	editCertificate(
		id: string,
		input: CertificateInput,
		source: Source,
		by: string,
	): Promise<Certificate>;
	removeCertificate(
		id: string,
		source: Source,
		by: string,
	): Promise<Certificate>;
	addLink(input: LinkInput, source: Source, by: string): Promise<MajorLink>;
	/** Hides every link between the certificate and the major; returns how many. */
	removeLink(
		certificateId: string,
		major: string,
		source: Source,
		by: string,
	): Promise<number>;
	addFaq(
		input: FaqInput & { question: string; answer: string },
		source: Source,
		by: string,
	): Promise<FaqEntry>;
	editFaq(
		id: string,
		input: FaqInput,
		source: Source,
		by: string,
	): Promise<FaqEntry>;
	removeFaq(id: string, source: Source, by: string): Promise<FaqEntry>;
}
