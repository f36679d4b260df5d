/**
 * The value `table` holds under `key` itself, never one inherited from `Object.prototype`:
 * `constructor`, `toString` or `__proto__` typed by a user are data, not property names.
 */
export function ownValue<T>(
	table: Readonly<Record<string, T>>,
	key: string,
): T | undefined {
	return Object.hasOwn(table, key) ? table[key] : undefined;
}
