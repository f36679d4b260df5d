import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Certificate } from "../../src/features/knowledge/knowledge-port.js";
import { aliasesByKey } from "./aliases.js";
import type { CertDraft, CertDrafts } from "./drafts.js";
import { fail } from "./fail.js";
import { certKey, compareCodepoints, LEVELS } from "./names.js";
import { organisationsOf } from "./organisations.js";

/** Levels an official description names (`初级：…\n中级：…`, `分为初级、中级、高级`). */
function levelsInDescription(description: string | null): Set<string> {
	return new Set(LEVELS.filter((l) => description?.includes(l)));
}

interface ExistingCert {
	id: string;
	name: string;
}

/**
 * Ids already in `outDir/certificates.json`, by certificate key: regenerating after a data
 * change must never renumber what chats and databases refer to.
 */
export function readExistingIds(outDir: string): Map<string, string> {
	const existingIds = new Map<string, string>();
	const certsFile = join(outDir, "certificates.json");
	if (existsSync(certsFile)) {
		for (const c of JSON.parse(
			readFileSync(certsFile, "utf8"),
		) as ExistingCert[])
			existingIds.set(certKey(c.name), c.id);
	}
	return existingIds;
}

/** Batch-list order first, then the rest by key; new ids follow the highest existing one. */
export function assignIds(
	drafts: CertDrafts,
	existingIds: Map<string, string>,
): { orderedDrafts: CertDraft[]; idOf: Map<string, string> } {
	const orderedDrafts = [...drafts.values()].sort((a, b) => {
		if (a.order !== null && b.order !== null) return a.order - b.order;
		if (a.order !== null) return -1;
		if (b.order !== null) return 1;
		return compareCodepoints(a.key, b.key);
	});
	let nextId =
		Math.max(0, ...[...existingIds.values()].map((id) => Number(id.slice(1)))) +
		1;
	const idOf = new Map<string, string>();
	for (const d of orderedDrafts) {
		const id =
			existingIds.get(d.key) ?? `c${String(nextId++).padStart(3, "0")}`;
		idOf.set(d.key, id);
	}
	return { orderedDrafts, idOf };
}

/** The finished certificates, sorted by id. */
export function buildCertificates(
	drafts: CertDrafts,
	orderedDrafts: CertDraft[],
	idOf: Map<string, string>,
): Certificate[] {
	const aliases = aliasesByKey(drafts, orderedDrafts);
	const certificates: Certificate[] = orderedDrafts.map((d) => ({
		id: idOf.get(d.key) ?? fail("no id"),
		name: d.name,
		kind: d.kind,
		aliases: aliases.get(d.key) ?? [],
		organisation: d.organisation,
		organisations: organisationsOf(d.organisation),
		levels: LEVELS.filter(
			(l) => d.levels.has(l) || levelsInDescription(d.description).has(l),
		),
		description: d.description,
		batch: d.batch,
		sources: d.sources.length > 0 ? d.sources : d.mentions,
	}));
	certificates.sort((a, b) => compareCodepoints(a.id, b.id));
	return certificates;
}

/** Looks a certificate id up by any spelling of its name; an unknown name fails the build. */
export function certIdLookup(
	idOf: Map<string, string>,
): (rawName: string) => string {
	return (rawName) =>
		idOf.get(certKey(rawName)) ?? fail(`unknown certificate ${rawName}`);
}
