/**
 * A change to the embedded database document, as data: what a lowdb repository asks the store to
 * do. Being plain JSON, a change can be appended to a journal and replayed on start, so a write
 * costs the size of the change, not the size of the database.
 */
export type DocPath = readonly (string | number)[];

export type DocChange =
	/** Sets an object key or an array element (the parent must exist). */
	| { op: "set"; path: DocPath; value: unknown }
	/** Removes an object key. */
	| { op: "delete"; path: DocPath }
	/** Appends to the array at `path`. */
	| { op: "push"; path: DocPath; value: unknown }
	/** Removes `count` elements of the array at `path` from `index`. */
	| { op: "splice"; path: DocPath; index: number; count: number };

function parentOf(
	doc: unknown,
	path: DocPath,
): Record<string | number, unknown> {
	let at = doc as Record<string | number, unknown>;
	for (const key of path.slice(0, -1)) {
		if (!Object.hasOwn(at, key))
			throw new Error(`no ${String(key)} in ${path.join(".")}`);
		at = at[key] as Record<string | number, unknown>;
	}
	if (typeof at !== "object" || at === null)
		throw new Error(`${path.join(".")} has no parent object`);
	return at;
}

function arrayAt(doc: unknown, path: DocPath): unknown[] {
	const parent = parentOf(doc, path);
	const last = path[path.length - 1] as string | number;
	const value = Object.hasOwn(parent, last) ? parent[last] : undefined;
	if (!Array.isArray(value)) throw new Error(`${path.join(".")} is not a list`);
	return value;
}

/** Applies `changes` in order to `doc`, in place. Throws on a path that does not fit. */
export function applyChanges(
	doc: unknown,
	changes: readonly DocChange[],
): void {
	for (const change of changes) applyOne(doc, change);
}

/**
 * Applies `changes` all or nothing: when one does not fit, those before it are undone and the
 * error is thrown. Returns what undoes the whole list (run it before any later change is undone).
 * Undone, the document is equal to what it was; an object key deleted and put back comes last
 * among its siblings (JSON objects are unordered).
 */
export function applyUndoable(
	doc: unknown,
	changes: readonly DocChange[],
): () => void {
	const undo: (() => void)[] = [];
	const undoAll = () => {
		for (let i = undo.length - 1; i >= 0; i--) undo[i]?.();
	};
	try {
		for (const change of changes) undo.push(applyOne(doc, change));
	} catch (error) {
		undoAll();
		throw error;
	}
	return undoAll;
}

function setOwn(
	at: Record<string | number, unknown>,
	key: string | number,
	value: unknown,
) {
	// Own property, so that a key such as "__proto__" is data, not a prototype change.
	Object.defineProperty(at, key, {
		value,
		writable: true,
		enumerable: true,
		configurable: true,
	});
}

/** Applies one change and returns its inverse. */
function applyOne(doc: unknown, change: DocChange): () => void {
	const last = change.path[change.path.length - 1] as string | number;
	switch (change.op) {
		case "set": {
			const parent = parentOf(doc, change.path);
			const had = Object.hasOwn(parent, last);
			const before = parent[last];
			const length = Array.isArray(parent) ? parent.length : 0;
			setOwn(parent, last, change.value);
			return () => {
				if (had) setOwn(parent, last, before);
				else delete parent[last];
				if (Array.isArray(parent)) parent.length = length;
			};
		}
		case "delete": {
			const parent = parentOf(doc, change.path);
			const had = Object.hasOwn(parent, last);
			const before = parent[last];
			delete parent[last];
			return () => {
				if (had) setOwn(parent, last, before);
			};
		}
		case "push": {
			const list = arrayAt(doc, change.path);
			list.push(change.value);
			return () => {
				list.pop();
			};
		}
		case "splice": {
			const list = arrayAt(doc, change.path);
			const start =
				change.index < 0
					? Math.max(list.length + change.index, 0)
					: Math.min(change.index, list.length);
			const removed = list.splice(change.index, change.count);
			return () => {
				// Without spreading: a long removal would exceed the argument limit.
				const tail = list.splice(start);
				for (const item of removed) list.push(item);
				for (const item of tail) list.push(item);
			};
		}
	}
}
