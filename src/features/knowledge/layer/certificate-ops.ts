import type { Change } from "../../../core/change.js";
import { UserError } from "../../../core/errors.js";
import type { Certificate, Source } from "../knowledge-port.js";
import { certificateSchema } from "../schema.js";
import { withSources } from "./apply.js";
import { commit, type LayerDeps, validated } from "./commit.js";
import { layerIds } from "./data.js";
import type { CertificateInput } from "./layer-port.js";
import { checkCertificateInput } from "./limits.js";
import { certificateNameKey, cleanCertificateName } from "./names.js";
import { patchShipped, removeOrHide } from "./patches.js";
import { organisationsOf, toCertificate } from "./to-certificate.js";

/** The certificate an id names now (a layer id a shipped release took over resolves to it). */
export function findCertificate(deps: LayerDeps, id: string): Certificate {
	const found = deps.layered.service.getCertificate(id.trim().toLowerCase());
	if (!found) throw new UserError("kb.unknown_certificate", { id });
	return found;
}

/** Refuses a name or alias that another certificate already carries. */
function checkUnique(
	deps: LayerDeps,
	selfId: string | undefined,
	name: string | undefined,
	aliases: readonly string[] | undefined,
): void {
	const others = deps.layered.data.certificates.filter((c) => c.id !== selfId);
	if (name !== undefined) {
		const key = certificateNameKey(name);
		const twin = others.find((c) => certificateNameKey(c.name) === key);
		if (twin)
			throw new UserError("kb.cert_exists", { id: twin.id, name: twin.name });
	}
	for (const alias of aliases ?? []) {
		const twin = others.find((c) => c.name === alias);
		if (twin) throw new UserError("kb.alias_is_name", { alias, id: twin.id });
	}
}

/** Checked input, name cleaned, and `organisations` kept in step with `organisation`. */
function cleaned(input: CertificateInput): CertificateInput & {
	organisations?: string[];
} {
	checkCertificateInput(input);
	return {
		...input,
		...(input.name === undefined
			? {}
			: { name: cleanCertificateName(input.name) }),
		...(input.organisation === undefined
			? {}
			: { organisations: organisationsOf(input.organisation) }),
	};
}

export async function addCertificate(
	deps: LayerDeps,
	change: Change,
	raw: CertificateInput & { name: string },
	source: Source,
): Promise<Certificate> {
	const by = change.actor.key;
	const input = cleaned(raw) as CertificateInput & { name: string };
	checkUnique(deps, undefined, input.name, input.aliases);
	const seq = deps.current.snapshot.records.nextSeq.certificate;
	const record = validated(
		certificateSchema,
		toCertificate(layerIds.certificate(seq), input, [source]),
	);
	return commit(
		deps,
		{ by, now: change.now },
		{ action: "add", target: `certificate ${record.id}`, source },
		(draft, at) => {
			draft.setNextSeq({ certificate: seq + 1 });
			draft.put("certificates", { record, by, at });
			return record;
		},
	);
}

export async function editCertificate(
	deps: LayerDeps,
	change: Change,
	id: string,
	raw: CertificateInput,
	source: Source,
): Promise<Certificate> {
	const by = change.actor.key;
	const current = findCertificate(deps, id);
	const input = cleaned(raw);
	checkUnique(deps, current.id, input.name, input.aliases);
	const next = validated(certificateSchema, {
		...current,
		...input,
		sources: withSources(current.sources, [source]),
	});
	const detail = Object.keys(input).join(",");
	return commit(
		deps,
		{ by, now: change.now },
		{ action: "edit", target: `certificate ${current.id}`, source, detail },
		(draft, at) => {
			const added = draft.find("certificates", current.id);
			if (added) {
				draft.put("certificates", {
					record: {
						...added.record,
						...input,
						sources: withSources(added.record.sources, [source]),
					},
					by,
					at,
				});
				return next;
			}
			patchShipped(draft, "certificatePatches", current.id, input, source, {
				by,
				at,
			});
			return next;
		},
	);
}

export async function removeCertificate(
	deps: LayerDeps,
	change: Change,
	id: string,
	source: Source,
): Promise<Certificate> {
	const by = change.actor.key;
	const current = findCertificate(deps, id);
	return commit(
		deps,
		{ by, now: change.now },
		{ action: "remove", target: `certificate ${current.id}`, source },
		(draft, at) => {
			removeOrHide(
				draft,
				"certificates",
				"certificatePatches",
				current.id,
				source,
				{ by, at },
			);
			return current;
		},
	);
}
