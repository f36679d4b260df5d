import type { Clock } from "../../../core/ports.js";
import { readImportTable } from "../import/read-table.js";
import type { KnowledgeService } from "../knowledge-port.js";
import type { KnowledgeData } from "../load.js";
import {
	addCertificate,
	editCertificate,
	removeCertificate,
} from "./certificate-ops.js";
import { type LayerDeps, StaleLayerError } from "./commit.js";
import { addFaq, editFaq, removeFaq } from "./faq-ops.js";
import { importTable } from "./import-ops.js";
import { countLayer } from "./layer-counts.js";
import type { KnowledgeLayerPort } from "./layer-port.js";
import type {
	KnowledgeLayerRepository,
	LayerSnapshot,
} from "./layer-repository.js";
import {
	createLayeredKnowledgeService,
	type LayeredKnowledgeService,
} from "./layered-service.js";
import { addLink, removeLink } from "./link-ops.js";
import { oneAtATime } from "./one-at-a-time.js";

/** How often, at most, a process checks whether another instance changed the layer. */
export const LAYER_REFRESH_MS = 30_000;

/** A change re-checked on a freshly loaded layer this many times before giving up. */
const ATTEMPTS = 3;

export interface LayerOptions {
	shipped: KnowledgeData;
	repository: KnowledgeLayerRepository;
	/** The layer as loaded before the bot answers (`await repository.load()`). */
	snapshot: LayerSnapshot;
	/** Builds a search service from merged records (normally `createKnowledgeService`). */
	build: (data: KnowledgeData) => KnowledgeService;
	clock: Clock;
	/** Default `LAYER_REFRESH_MS`. */
	refreshMs?: number;
	/** A background check that failed; the current build keeps answering. */
	onRefreshError?: (error: unknown) => void;
}

export interface LayeredKnowledge {
	/** Shipped files plus the layer, as students search it. */
	knowledge: KnowledgeService;
	/** The `/kb` port over the same layer. */
	layer: KnowledgeLayerPort;
	layered: LayeredKnowledgeService;
}

/**
 * The knowledge service over shipped files + layer, and the `/kb` port that changes the layer.
 * Every change is stored with its audit entry, then searchable at once. Refresh rule: at most
 * every `refreshMs`, a use of the knowledge service (in the background) or of the port (before
 * answering) checks the stored version and reloads the layer when another instance changed it;
 * a change checked against an outdated layer is refused by the repository, and re-checked on
 * the newest one.
 */
export function createLayeredKnowledge(
	options: LayerOptions,
): LayeredKnowledge {
	const refreshMs = options.refreshMs ?? LAYER_REFRESH_MS;
	const exclusive = oneAtATime();
	let checkedAt = options.clock.now().getTime();
	const layered = createLayeredKnowledgeService(
		options.shipped,
		options.snapshot.records,
		options.build,
		{ beforeUse: () => checkSoon() },
	);
	const deps: LayerDeps = {
		repository: options.repository,
		current: { snapshot: options.snapshot },
		layered,
		shipped: options.shipped,
	};

	async function reload(): Promise<boolean> {
		checkedAt = options.clock.now().getTime();
		const version = await deps.repository.version();
		if (version === deps.current.snapshot.version) return false;
		const snapshot = await deps.repository.load();
		deps.current.snapshot = snapshot;
		layered.rebuild(snapshot.records);
		return true;
	}
	const due = () => options.clock.now().getTime() - checkedAt >= refreshMs;
	function checkSoon(): void {
		if (!due()) return;
		// Set before the check starts, so a burst of questions starts one check.
		checkedAt = options.clock.now().getTime();
		exclusive(reload).catch((error: unknown) =>
			options.onRefreshError?.(error),
		);
	}
	const fresh = () => exclusive(async () => (due() ? reload() : false));

	/** Runs a change one at a time in this process; re-checks it when another instance came first. */
	function change<R>(work: () => Promise<R>): Promise<R> {
		return exclusive(async () => {
			if (due()) await reload();
			for (let attempt = 1; ; attempt++) {
				try {
					return await work();
				} catch (error) {
					if (!(error instanceof StaleLayerError) || attempt >= ATTEMPTS)
						throw error;
					await reload();
				}
			}
		});
	}

	const layer: KnowledgeLayerPort = {
		async counts() {
			await fresh();
			return countLayer(deps);
		},
		async recentChanges(limit) {
			const entries = await deps.repository.recentChanges(Math.max(0, limit));
			return entries.map((e) => ({ ...e }));
		},
		refresh: () => exclusive(reload),
		addCertificate: (c, input, source) =>
			change(() => addCertificate(deps, c, input, source)),
		editCertificate: (c, id, input, source) =>
			change(() => editCertificate(deps, c, id, input, source)),
		removeCertificate: (c, id, source) =>
			change(() => removeCertificate(deps, c, id, source)),
		addLink: (c, input, source) =>
			change(() => addLink(deps, c, input, source)),
		removeLink: (c, id, major, source) =>
			change(() => removeLink(deps, c, id, major, source)),
		addFaq: (c, input, source) => change(() => addFaq(deps, c, input, source)),
		editFaq: (c, id, input, source) =>
			change(() => editFaq(deps, c, id, input, source)),
		removeFaq: (c, id, source) => change(() => removeFaq(deps, c, id, source)),
		async importFile(c, bytes, importOptions) {
			const started = performance.now();
			const read = await readImportTable(bytes);
			const readMs = performance.now() - started;
			if (!read.ok) return { ok: false, problems: [read.problem], rows: 0 };
			const { table } = read;
			const result = await change(() =>
				importTable(deps, c, table, importOptions),
			);
			if (!result.ok) return { ...result, format: table.format };
			const { plan } = result;
			const brief = (x: { id: string; name: string }) => ({
				id: x.id,
				name: x.name,
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
	return { knowledge: layered.service, layer, layered };
}
