function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Adds sections (and keys inside sections) that `defaults` has and `doc` lacks. lowdb's
 * `read()` does not merge defaults, so a file from before a service existed would
 * otherwise lack its section. Existing values are never replaced.
 */
export function mergeDefaults<D extends object>(
	doc: Record<string, unknown>,
	defaults: D,
): D {
	const merged: Record<string, unknown> = { ...doc };
	for (const [key, fallback] of Object.entries(defaults)) {
		const value = merged[key];
		if (value === undefined) merged[key] = fallback;
		else if (isPlainObject(value) && isPlainObject(fallback))
			merged[key] = { ...fallback, ...value };
	}
	return merged as D;
}

/** Whether `mergeDefaults(doc, defaults)` would add anything. */
export function lacksDefaults(
	doc: Record<string, unknown>,
	defaults: object,
): boolean {
	for (const [key, fallback] of Object.entries(defaults)) {
		const value = doc[key];
		if (value === undefined) return true;
		if (isPlainObject(value) && isPlainObject(fallback))
			for (const inner of Object.keys(fallback))
				if (value[inner] === undefined) return true;
	}
	return false;
}
