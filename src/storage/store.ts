import { applyUndoable, type DocChange } from "./document-change.js";

/**
 * The embedded database as lowdb repositories see it: an in-memory document read synchronously,
 * changed only through `apply` (or the older `update`), whose promise resolves once the change
 * is on disk.
 */
export interface Store<D> {
	/** Current state; never mutate it outside `apply` / `update`. */
	readonly data: Readonly<D>;
	/**
	 * Applies `changes` to `data` at once (in this tick, so a read just before and the change are
	 * atomic) and persists them. The promise rejects when the write fails; the change is then undone
	 * and not acknowledged.
	 */
	apply(changes: readonly DocChange[]): Promise<void>;
	/**
	 * Runs `work` while no other `exclusive` work runs: for a read-check-write that awaits in
	 * between. Changes made through `apply` inside it are not delayed.
	 */
	exclusive<R>(work: () => Promise<R>): Promise<R>;
	/**
	 * Applies a synchronous change and persists it by rewriting the whole document. Concurrent
	 * updates are serialized and their writes coalesced; the promise rejects when the write fails
	 * (the change is then not acknowledged).
	 * @deprecated repositories use `apply`, whose cost is the size of the change.
	 */
	update<R>(mutate: (data: D) => R): Promise<R>;
}

/** Serializes async work: each call starts when the previous one has settled. */
export function createMutex(): <R>(work: () => Promise<R>) => Promise<R> {
	let tail: Promise<unknown> = Promise.resolve();
	return (work) => {
		const run = tail.then(work, work);
		tail = run.catch(() => {});
		return run;
	};
}

/** A store that keeps everything in memory, for tests and benchmarks. */
export function memoryStore<D>(initial: D): Store<D> {
	const data = initial;
	return {
		data,
		async apply(changes) {
			// All or nothing, as in the file-backed store.
			applyUndoable(data, changes);
		},
		exclusive: createMutex(),
		async update(mutate) {
			return mutate(data);
		},
	};
}
