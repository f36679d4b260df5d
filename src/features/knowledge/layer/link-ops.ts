import type { Change } from "../../../core/change.js";
import { UserError } from "../../../core/errors.js";
import type { Major, MajorLink, Source } from "../knowledge-port.js";
import { majorLinkSchema } from "../schema.js";
import { findCertificate } from "./certificate-ops.js";
import { commit, type LayerDeps, validated } from "./commit.js";
import { layerIds } from "./data.js";
import type { LinkInput } from "./layer-port.js";
import { checkEvidence } from "./limits.js";

/** Majors a code or an exact name names (a name: every level that carries it). */
export function findMajors(deps: LayerDeps, major: string): Major[] {
	const wanted = major.normalize("NFKC").trim();
	const byCode = deps.shipped.majors.filter(
		(m) => m.code === wanted.toUpperCase(),
	);
	if (byCode.length > 0) return byCode;
	const byName = deps.shipped.majors.filter((m) => m.name === wanted);
	if (byName.length > 0) return byName;
	throw new UserError("kb.unknown_major", { major });
}

export async function addLink(
	deps: LayerDeps,
	change: Change,
	input: LinkInput,
	source: Source,
): Promise<MajorLink> {
	const by = change.actor.key;
	const cert = findCertificate(deps, input.certificateId);
	const majors = findMajors(deps, input.major);
	checkEvidence(input.evidence);
	const codes = majors.map((m) => m.code);
	const twin = deps.layered.data.links.find(
		(l) =>
			l.certificateId === cert.id &&
			l.kind === input.kind &&
			l.majorCodes.some((c) => codes.includes(c)),
	);
	if (twin)
		throw new UserError("kb.link_exists", {
			cert: cert.name,
			major: twin.majorName,
			kind: twin.kind,
		});
	const link = validated(majorLinkSchema, {
		certificateId: cert.id,
		majorName: majors[0]?.name ?? input.major,
		majorCodes: codes,
		kind: input.kind,
		evidence: input.evidence.trim(),
		source,
	});
	const seq = deps.current.snapshot.records.nextSeq.link;
	return commit(
		deps,
		{ by, now: change.now },
		{ action: "add", target: `link ${cert.id} ${codes.join(",")}`, source },
		(draft, at) => {
			draft.setNextSeq({ link: seq + 1 });
			draft.put("links", { id: layerIds.link(seq), link, by, at });
			return link;
		},
	);
}

export async function removeLink(
	deps: LayerDeps,
	change: Change,
	certificateId: string,
	major: string,
	source: Source,
): Promise<number> {
	const by = change.actor.key;
	const cert = findCertificate(deps, certificateId);
	const codes = findMajors(deps, major).map((m) => m.code);
	const linked = deps.layered.data.links.filter(
		(l) =>
			l.certificateId === cert.id &&
			l.majorCodes.some((c) => codes.includes(c)),
	);
	if (linked.length === 0)
		throw new UserError("kb.not_linked", { cert: cert.name, major });
	return commit(
		deps,
		{ by, now: change.now },
		{ action: "remove", target: `link ${cert.id} ${codes.join(",")}`, source },
		(draft, at) => {
			for (const a of draft.records.links.filter(
				(a) =>
					a.link.certificateId === cert.id &&
					a.link.majorCodes.some((c) => codes.includes(c)),
			))
				draft.remove("links", a.id);
			const shippedCodes = deps.shipped.links
				.filter((l) => l.certificateId === cert.id)
				.flatMap((l) => l.majorCodes);
			for (const majorCode of codes)
				if (
					shippedCodes.includes(majorCode) &&
					!draft.find("removedLinks", `${cert.id} ${majorCode}`)
				)
					draft.put("removedLinks", {
						certificateId: cert.id,
						majorCode,
						reason: source.title,
						by,
						at,
					});
			return linked.length;
		},
	);
}
