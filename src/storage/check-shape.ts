import type { DbData } from "./db.js";
import { findDbProblems } from "./db-schema.js";

/** Elements checked at a time in a long list. */
const CHUNK = 5000;
/** As many problems as `findDbProblems` lists before summing up the rest. */
const SHOWN = 5;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj =>
	typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * `findDbProblems(data)`, with the same lines, but long lists (records, audit trail) checked a
 * few thousand elements at a time: the checker builds a copy of what it checks, and a copy of
 * the whole 100k-entry document at once would double the memory at start-up.
 */
export function checkShapeInChunks(data: DbData): string[] {
	const doc = data as unknown as Obj;
	const lists: { at: string[]; list: unknown[] }[] = [];
	for (const [key, value] of Object.entries(doc)) {
		if (Array.isArray(value) && value.length > CHUNK)
			lists.push({ at: [key], list: value });
		else if (isObj(value))
			for (const [inner, v] of Object.entries(value))
				if (Array.isArray(v) && v.length > CHUNK)
					lists.push({ at: [key, inner], list: v });
	}
	if (lists.length === 0) return findDbProblems(data);
	const withList = (at: string[], list: unknown[], base: Obj): Obj => {
		const [key, inner] = at as [string, string | undefined];
		if (inner === undefined) return { ...base, [key]: list };
		return { ...base, [key]: { ...(base[key] as Obj), [inner]: list } };
	};
	let shell: Obj = doc;
	for (const { at } of lists) shell = withList(at, [], shell);
	const lines: string[] = [];
	let more = 0;
	const collect = (
		found: string[],
		keep: (line: string) => string | undefined,
	) => {
		for (const line of found) {
			const m = /^… and (\d+) more$/.exec(line);
			if (m) more += Number(m[1]);
			else {
				const kept = keep(line);
				if (kept !== undefined) lines.push(kept);
			}
		}
	};
	collect(findDbProblems(shell), (line) => line);
	for (const { at, list } of lists) {
		const prefix = `${at.join(".")}[`;
		for (let offset = 0; offset < list.length; offset += CHUNK) {
			const part = findDbProblems(
				withList(at, list.slice(offset, offset + CHUNK), shell),
			);
			collect(part, (line) => {
				if (!line.startsWith(prefix)) return undefined;
				const rest = line.slice(prefix.length);
				const index = Number.parseInt(rest, 10);
				return `${prefix}${index + offset}${rest.slice(String(index).length)}`;
			});
			if (lines.length > SHOWN) break;
		}
	}
	const extra = lines.length - SHOWN + more;
	return extra > 0 ? [...lines.slice(0, SHOWN), `… and ${extra} more`] : lines;
}
