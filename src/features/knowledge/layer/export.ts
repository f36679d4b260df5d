import { copyFile, mkdir, readdir, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Certificate, FaqEntry, MajorLink } from "../knowledge-port.js";
import type { KnowledgeData } from "../load.js";
import { applyLayer } from "./apply.js";
import type { LayerRecords } from "./data.js";

/** The layer in the shipped files' format, plus what the format cannot say (removals). */
export interface LayerExport {
	/** Added records and shipped ones with the layer's changes, whole. */
	certificates: Certificate[];
	links: MajorLink[];
	faq: FaqEntry[];
	/** `changes.json`: which records replace shipped ones and which shipped ones go. */
	changes: {
		replaces: { certificates: string[]; faq: string[] };
		removes: {
			certificates: string[];
			links: { certificateId: string; majorCode: string }[];
			faq: string[];
		};
	};
}

/** Builds the export: every record as the bot answers with it now. */
export function exportLayer(
	shipped: KnowledgeData,
	layer: LayerRecords,
): LayerExport {
	const { data: merged, redirects } = applyLayer(shipped, layer);
	const ids = new Set(merged.certificates.map((c) => c.id));
	const changedCerts = new Set(
		layer.certificatePatches.filter((p) => !p.removed).map((p) => p.id),
	);
	const addedCerts = new Set(layer.certificates.map((a) => a.record.id));
	const changedFaq = new Set(
		layer.faqPatches.filter((p) => !p.removed).map((p) => p.id),
	);
	const addedFaq = new Set(layer.faq.map((a) => a.entry.id));
	return {
		certificates: merged.certificates.filter(
			(c) => addedCerts.has(c.id) || changedCerts.has(c.id),
		),
		links: layer.links
			.map((a) => ({
				...a.link,
				certificateId:
					redirects.get(a.link.certificateId) ?? a.link.certificateId,
			}))
			.filter((l) => ids.has(l.certificateId)),
		faq: merged.faq.filter((f) => addedFaq.has(f.id) || changedFaq.has(f.id)),
		changes: {
			replaces: { certificates: [...changedCerts], faq: [...changedFaq] },
			removes: {
				certificates: layer.certificatePatches
					.filter((p) => p.removed)
					.map((p) => p.id),
				links: layer.removedLinks.map((r) => ({
					certificateId: r.certificateId,
					majorCode: r.majorCode,
				})),
				faq: layer.faqPatches.filter((p) => p.removed).map((p) => p.id),
			},
		},
	};
}

async function writeJson(dir: string, file: string, value: unknown) {
	const path = join(dir, file);
	await writeFile(`${path}.tmp`, `${JSON.stringify(value, null, 2)}\n`);
	await rename(`${path}.tmp`, path);
}

/** The files the layer changes; every other shipped file is copied as it is by `--full`. */
const LAYER_FILES = ["certificates.json", "links.json", "faq.json"];

/**
 * Writes the export into `dir`: `certificates.json`, `links.json`, `faq.json` (the layer's
 * records, same format as `knowledge/`) and `changes.json`. With `fullFrom` (the shipped
 * knowledge folder), those three files are whole and merged and every other shipped file is
 * copied: `dir` is then a complete knowledge folder the loader reads as it is.
 */
export async function writeLayerExport(
	dir: string,
	shipped: KnowledgeData,
	layer: LayerRecords,
	fullFrom?: string,
): Promise<LayerExport> {
	const out = exportLayer(shipped, layer);
	await mkdir(dir, { recursive: true });
	if (fullFrom !== undefined) {
		const merged = applyLayer(shipped, layer).data;
		await writeJson(dir, "certificates.json", merged.certificates);
		await writeJson(dir, "links.json", merged.links);
		await writeJson(dir, "faq.json", merged.faq);
		for (const file of await readdir(fullFrom))
			if (file.endsWith(".json") && !LAYER_FILES.includes(file))
				await copyFile(join(fullFrom, file), join(dir, file));
	} else {
		await writeJson(dir, "certificates.json", out.certificates);
		await writeJson(dir, "links.json", out.links);
		await writeJson(dir, "faq.json", out.faq);
	}
	await writeJson(dir, "changes.json", out.changes);
	return out;
}
