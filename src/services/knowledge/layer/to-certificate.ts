import type { CertificateInput } from "../../../core/knowledge-layer-port.js";
import type {
	Certificate,
	CertLevel,
	Source,
} from "../../../core/knowledge-port.js";

/**
 * The one place a new certificate record is made, from a `/kb cert add` or an import row.
 * Fields the layer does not know (a batch) stay unknown rather than guessed.
 */
export function toCertificate(
	id: string,
	fields: CertificateInput & { name: string },
	sources: Source[],
): Certificate {
	return {
		id,
		name: fields.name,
		aliases: fields.aliases ?? [],
		organisation: fields.organisation ?? null,
		levels: fields.levels ?? [],
		description: fields.description ?? null,
		batch: null,
		sources,
	};
}

/** An import row as a new certificate: the mapping the import uses, and nothing else does. */
export function rowToCertificate(
	row: {
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
			organisation: row.organisation,
			levels: row.levels,
			description: row.description,
		},
		[row.source],
	);
}
