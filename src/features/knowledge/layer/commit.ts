import { UserError } from "../../../core/errors.js";
import type { Source } from "../knowledge-port.js";
import type { KnowledgeData } from "../load.js";
import { sourceLine } from "../source-text.js";
import type { LayerAction } from "./data.js";
import { createDraft, type LayerDraft } from "./layer-draft.js";
import type {
	KnowledgeLayerRepository,
	LayerSnapshot,
} from "./layer-repository.js";
import type { LayeredKnowledgeService } from "./layered-service.js";

/** What every layer operation works with. */
export interface LayerDeps {
	repository: KnowledgeLayerRepository;
	/** The snapshot the current build was made from; replaced after each change or refresh. */
	current: { snapshot: LayerSnapshot };
	layered: LayeredKnowledgeService;
	shipped: KnowledgeData;
}

/** Another instance changed the layer after this one last read it: reload and try again. */
export class StaleLayerError extends Error {
	constructor() {
		super("the knowledge layer changed meanwhile");
		this.name = "StaleLayerError";
	}
}

/**
 * Makes one change to the layer together with its audit entry, then rebuilds the service, so
 * the next question already sees it. `plan` records its edits on the draft and must not
 * throw: check everything before. Throws `StaleLayerError` (nothing written) when the stored
 * layer is no longer the one the checks were made against.
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
	plan: (draft: LayerDraft, at: string) => R,
): Promise<R> {
	const at = who.now.toISOString();
	const base = deps.current.snapshot;
	const draft = createDraft(base.records);
	const result = plan(draft, at);
	const version = await deps.repository.commit(base.version, draft.edits, {
		at,
		by: who.by,
		action: what.action,
		target: what.target,
		source: sourceLine(what.source),
		...(what.detail ? { detail: what.detail } : {}),
	});
	if (version === undefined) throw new StaleLayerError();
	deps.current.snapshot = { records: draft.records, version };
	deps.layered.rebuild(draft.records);
	return result;
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
