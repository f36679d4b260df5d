import type {
	Certificate,
	CertificateKind,
	CertLevel,
	Source,
} from "../knowledge-port.js";
import type { CertificateInput } from "./layer-port.js";

/**
 * The organisations of a listing an admin or a list gives: the listing itself, one name. A
 * joint listing is only split where a source shows the two names (the shipped generator).
 */
export function organisationsOf(
	organisation: string | null | undefined,
): string[] {
	return organisation ? [organisation] : [];
}

/**
 * The one place a new certificate record is made, from a `/kb cert add` or an import row.
 * Fields the layer does not know (a batch) stay unknown rather than guessed; without a
 * kind, a record is `other` (a certificate the school tracks), never assumed to be an X one.
 */
export function toCertificate(
	id: string,
	fields: CertificateInput & { name: string },
	sources: Source[],
): Certificate {
	return {
		id,
		name: fields.name,
		kind: fields.kind ?? "other",
		aliases: fields.aliases ?? [],
		organisation: fields.organisation ?? null,
		organisations: organisationsOf(fields.organisation),
		levels: fields.levels ?? [],
		description: fields.description ?? null,
		batch: null,
		sources,
	};
}

/** An import row as a new certificate: the mapping the import uses, and nothing else does. */
export function rowToCertificate(
	row: {
		kind: CertificateKind;
		name: string;
		organisation: string | null;
		levels: CertLevel[];
		description: string | null;
		source: Source;
	},
	id: string,
): Certificate {
	return toCertificate(
		id,
		{
			name: row.name,
			kind: row.kind,
			organisation: row.organisation,
			levels: row.levels,
			description: row.description,
		},
		[row.source],
	);
}
