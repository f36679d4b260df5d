import type {
	CertificateKind,
	CertLevel,
	Source,
} from "../../src/features/knowledge/knowledge-port.js";
import { fail } from "./fail.js";
import { certKey, certName } from "./names.js";

/** A certificate while the data files are merged into it, keyed by `certKey`. */
export interface CertDraft {
	key: string;
	name: string;
	kind: CertificateKind;
	organisation: string | null;
	/** Lower is stronger: 0 official platform, 1 batch list, 2 news pages. */
	orgRank: number;
	levels: Set<CertLevel>;
	description: string | null;
	batch: number | null;
	sources: Source[];
	/** Sources of mere mentions (events, links, plans); used only when nothing else names it. */
	mentions: Source[];
	order: number | null;
}

export type CertDrafts = Map<string, CertDraft>;

/** The draft for `rawName`, created on first mention. */
export function draftFor(drafts: CertDrafts, rawName: string): CertDraft {
	const key = certKey(rawName);
	if (key === "") fail(`empty certificate name from "${rawName}"`);
	let d = drafts.get(key);
	if (!d) {
		d = {
			key,
			name: certName(rawName),
			kind: "x",
			organisation: null,
			orgRank: 99,
			levels: new Set(),
			description: null,
			batch: null,
			sources: [],
			mentions: [],
			order: null,
		};
		drafts.set(key, d);
	}
	return d;
}

export function setOrganisation(d: CertDraft, org: string, rank: number): void {
	if (rank < d.orgRank) {
		d.organisation = org;
		d.orgRank = rank;
	}
}

export function setBatch(d: CertDraft, batch: number, where: string): void {
	if (d.batch !== null && d.batch !== batch)
		fail(`${d.name}: batch ${d.batch} vs ${batch} (${where})`);
	d.batch = batch;
}
