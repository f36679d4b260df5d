import type { KnowledgeService } from "../knowledge-port.js";
import type { KnowledgeData } from "../load.js";
import { applyLayer } from "./apply.js";
import type { LayerRecords } from "./data.js";

/** The knowledge service over shipped files + layer, rebuilt in place after every change. */
export interface LayeredKnowledgeService {
	/** Always answers from the newest build; safe to hand to commands once. */
	readonly service: KnowledgeService;
	/** The records the current build was made from. */
	readonly data: KnowledgeData;
	/** Rebuilds from the shipped files and `layer`; returns how long it took (ms). */
	rebuild(layer: LayerRecords): number;
	/** How long the last build took (ms), for `/about` and the bench. */
	readonly lastBuildMs: number;
}

/**
 * Wraps a service factory (normally `createKnowledgeService`) without knowing its internals:
 * each build makes a complete new service from the merged records, and `service` delegates
 * every property to the newest one. A build is synchronous, so a request never sees half of
 * one; requests in flight during a change finish on the build they started with.
 * Layer ids a shipped release took over (see `applyLayer`) still resolve in `getCertificate`.
 */
export function createLayeredKnowledgeService(
	shipped: KnowledgeData,
	layer: LayerRecords,
	build: (data: KnowledgeData) => KnowledgeService,
	hooks: {
		/** Called on every use of `service`, before it answers; must be cheap and not throw. */
		beforeUse?: () => void;
	} = {},
): LayeredKnowledgeService {
	let current: KnowledgeService;
	let data: KnowledgeData;
	let redirects = new Map<string, string>();
	let lastBuildMs = 0;

	function rebuild(next: LayerRecords): number {
		const started = performance.now();
		const layered = applyLayer(shipped, next);
		const service = build(layered.data);
		current = service;
		data = layered.data;
		redirects = layered.redirects;
		lastBuildMs = performance.now() - started;
		return lastBuildMs;
	}
	rebuild(layer);

	const getCertificate: KnowledgeService["getCertificate"] = (id) =>
		current.getCertificate(redirects.get(id) ?? id);
	const service = new Proxy({} as KnowledgeService, {
		get(_target, property) {
			hooks.beforeUse?.();
			if (property === "getCertificate") return getCertificate;
			const value = Reflect.get(current, property, current);
			return typeof value === "function" ? value.bind(current) : value;
		},
		has: (_target, property) => Reflect.has(current, property),
		ownKeys: () => Reflect.ownKeys(current),
		getOwnPropertyDescriptor(_target, property) {
			const d = Reflect.getOwnPropertyDescriptor(current, property);
			return d ? { ...d, configurable: true } : undefined;
		},
	});

	return {
		service,
		get data() {
			return data;
		},
		rebuild,
		get lastBuildMs() {
			return lastBuildMs;
		},
	};
}
