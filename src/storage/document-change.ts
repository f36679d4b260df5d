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
	for (const change of changes) {
		const last = change.path[change.path.length - 1] as string | number;
		switch (change.op) {
			case "set":
				// Own property, so that a key such as "__proto__" is data, not a prototype change.
				Object.defineProperty(parentOf(doc, change.path), last, {
					value: change.value,
					writable: true,
					enumerable: true,
					configurable: true,
				});
				break;
			case "delete":
				delete parentOf(doc, change.path)[last];
				break;
			case "push":
				arrayAt(doc, change.path).push(change.value);
				break;
			case "splice":
				arrayAt(doc, change.path).splice(change.index, change.count);
				break;
		}
	}
}
