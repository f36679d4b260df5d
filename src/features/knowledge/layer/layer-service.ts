import { readImportTable } from "../import/read-table.js";
import {
	addCertificate,
	editCertificate,
	removeCertificate,
} from "./certificate-ops.js";
import type { LayerDeps } from "./commit.js";
import { addFaq, editFaq, removeFaq } from "./faq-ops.js";
import { importTable } from "./import-ops.js";
import type { KnowledgeLayerPort, LayerCounts } from "./layer-port.js";
import { addLink, removeLink } from "./link-ops.js";

/** Shipped records and what the layer adds, changes and hides, for `/about`. */
export function countLayer(deps: LayerDeps): LayerCounts {
	const layer = deps.store.data.knowledgeLayer;
	const patched = layer.certificatePatches;
	const faqPatched = layer.faqPatches;
	return {
		shipped: {
			certificates: deps.shipped.certificates.length,
			links: deps.shipped.links.length,
			faq: deps.shipped.faq.length,
		},
		added: {
			certificates: layer.certificates.length,
			links: layer.links.length,
			faq: layer.faq.length,
		},
		changed: {
			certificates: patched.filter((p) => !p.removed).length,
			links: 0,
			faq: faqPatched.filter((p) => !p.removed).length,
		},
		removed: {
			certificates: patched.filter((p) => p.removed).length,
			links: layer.removedLinks.length,
			faq: faqPatched.filter((p) => p.removed).length,
		},
	};
}

/** The `/kb` port over the layer: every change is stored, audited, then searchable at once. */
export function createKnowledgeLayer(deps: LayerDeps): KnowledgeLayerPort {
	return {
		counts: () => countLayer(deps),
		recentChanges: (limit) =>
			deps.store.data.knowledgeLayer.audit
				.slice(-Math.max(0, limit))
				.reverse()
				.map((e) => ({ ...e })),
		addCertificate: (change, input, source) =>
			addCertificate(deps, change, input, source),
		editCertificate: (change, id, input, source) =>
			editCertificate(deps, change, id, input, source),
		removeCertificate: (change, id, source) =>
			removeCertificate(deps, change, id, source),
		addLink: (change, input, source) => addLink(deps, change, input, source),
		removeLink: (change, id, major, source) =>
			removeLink(deps, change, id, major, source),
		addFaq: (change, input, source) => addFaq(deps, change, input, source),
		editFaq: (change, id, input, source) =>
			editFaq(deps, change, id, input, source),
		removeFaq: (change, id, source) => removeFaq(deps, change, id, source),
		async importFile(bytes, options) {
			const started = performance.now();
			const read = await readImportTable(bytes);
			const readMs = performance.now() - started;
			if (!read.ok) return { ok: false, problems: [read.problem], rows: 0 };
			const { table } = read;
			const result = await importTable(deps, table, options);
			if (!result.ok) return { ...result, format: table.format };
			const { plan } = result;
			const brief = (c: { id: string; name: string }) => ({
				id: c.id,
				name: c.name,
			});
			return {
				ok: true,
				format: table.format,
				rows: result.rows,
				ignoredColumns: table.ignoredColumns,
				added: plan.added.map(brief),
				merged: plan.merged.map(brief),
				unchanged: plan.unchanged,
				conflicts: plan.conflicts,
				timings: {
					readMs,
					planMs: result.planMs,
					writeMs: result.writeMs,
					rebuildMs: result.rebuildMs,
				},
			};
		},
	};
}
