import type { LayerDeps } from "./commit.js";
import type { LayerCounts } from "./layer-port.js";

/** Shipped records and what the layer adds, changes and hides, for `/about`. */
export function countLayer(deps: LayerDeps): LayerCounts {
	const layer = deps.current.snapshot.records;
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
