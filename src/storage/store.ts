/**
 * The database as the services see it: an in-memory document read synchronously, changed
 * only through `update`, whose promise resolves once the change is on disk.
 */
export interface Store<D> {
	/** Current state; never mutate it outside `update`. */
	readonly data: Readonly<D>;
	/**
	 * Applies a synchronous change and persists it. Concurrent updates are serialized and their
	 * writes coalesced; the promise rejects when the write fails (the change is then not acknowledged).
	 */
	update<R>(mutate: (data: D) => R): Promise<R>;
}

/** A store that keeps everything in memory, for tests and benchmarks. */
export function memoryStore<D>(initial: D): Store<D> {
	const data = initial;
	return {
		data,
		async update(mutate) {
			return mutate(data);
		},
	};
}
