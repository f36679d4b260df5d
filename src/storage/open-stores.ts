import { resolve } from "node:path";

/** What a backup needs of a store open in this process. */
export interface CopySource {
	copyTo(target: string): Promise<void>;
}

const open = new Map<string, CopySource>();

/** Registers the open store of `file` (until the returned function is called). */
export function registerOpenStore(file: string, store: CopySource): () => void {
	const key = resolve(file);
	open.set(key, store);
	return () => {
		if (open.get(key) === store) open.delete(key);
	};
}

/** The store of `file` open in this process, if any. */
export function openStoreOf(file: string): CopySource | undefined {
	return open.get(resolve(file));
}
