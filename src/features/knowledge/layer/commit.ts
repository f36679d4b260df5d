import { UserError } from "../../../core/errors.js";
import type { Clock } from "../../../core/ports.js";
import type { Store } from "../../../storage/store.js";
import type { Source } from "../knowledge-port.js";
import type { KnowledgeData } from "../load.js";
import { sourceLine } from "../source-text.js";
import type { KnowledgeLayerData, LayerAction } from "./data.js";
import type { LayeredKnowledgeService } from "./layered-service.js";

/** What every layer operation works with. */
export interface LayerDeps {
	store: Store<{ knowledgeLayer: KnowledgeLayerData }>;
	layered: LayeredKnowledgeService;
	shipped: KnowledgeData;
	clock: Clock;
}

/**
 * Makes one change to the layer together with its audit entry and rebuilds the service, so
 * the next question already sees it. `mutate` must not throw: check everything before.
 */
export async function commit<R>(
	deps: LayerDeps,
	who: { by: string; now: Date },
	what: {
		action: LayerAction;
		target: string;
		source: Source;
		detail?: string;
	},
	mutate: (layer: KnowledgeLayerData, at: string) => R,
): Promise<R> {
	const at = who.now.toISOString();
	const { by } = who;
	// The store applies `mutate` at once and then writes; rebuilding before the write is
	// acknowledged means a second change arriving meanwhile is checked against this one.
	const written = deps.store.update((d) => {
		const r = mutate(d.knowledgeLayer, at);
		d.knowledgeLayer.audit.push({
			at,
			by,
			action: what.action,
			target: what.target,
			source: sourceLine(what.source),
			...(what.detail ? { detail: what.detail } : {}),
		});
		return r;
	});
	deps.layered.rebuild(deps.store.data.knowledgeLayer);
	try {
		return await written;
	} catch (error) {
		// Not saved: the store has put back what is on disk, and the index follows it.
		deps.layered.rebuild(deps.store.data.knowledgeLayer);
		throw error;
	}
}

/** Throws the zod issue of a record the shipped validator refuses, as a user mistake. */
export function validated<T>(
	schema: {
		safeParse(v: unknown): {
			success: boolean;
			data?: T;
			error?: { issues: { path: PropertyKey[]; message: string }[] };
		};
	},
	record: T,
): T {
	const r = schema.safeParse(record);
	if (r.success) return record;
	const issue = r.error?.issues[0];
	throw new UserError("kb.invalid_record", {
		field: issue?.path.map(String).join(".") ?? "",
		detail: issue?.message ?? "",
	});
}
