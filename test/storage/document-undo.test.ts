import { describe, expect, it } from "vitest";
import {
	applyUndoable,
	type DocChange,
} from "../../src/storage/document-change.js";

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number) {
	let s = seed;
	return (n: number) => {
		s = (Math.imul(s, 1103515245) + 12345) >>> 0;
		return s % n;
	};
}

function someChange(
	doc: { list: unknown[]; map: Record<string, unknown> },
	pick: (n: number) => number,
): DocChange {
	switch (pick(6)) {
		case 0:
			return { op: "push", path: ["list"], value: { n: pick(100) } };
		case 1:
			return {
				op: "splice",
				path: ["list"],
				index: pick(doc.list.length + 2) - 1,
				count: pick(3),
			};
		case 2:
			return { op: "set", path: ["map", `k${pick(5)}`], value: pick(100) };
		case 3:
			return { op: "delete", path: ["map", `k${pick(5)}`] };
		case 4:
			return {
				op: "set",
				path: ["list", pick(doc.list.length + 2)],
				value: "x",
			};
		default:
			return {
				op: "set",
				path: ["map", "__proto__"],
				value: { polluted: true },
			};
	}
}

describe("applyUndoable", () => {
	it("undoes any sequence of changes, newest first, back to the document as it was", () => {
		for (let seed = 1; seed <= 300; seed++) {
			const pick = random(seed);
			const doc = {
				list: [1, 2, 3].map((n) => ({ n })),
				map: { k0: 0, k1: 1 } as Record<string, unknown>,
			};
			const before = JSON.stringify(doc);
			const undos: (() => void)[] = [];
			for (let i = 0; i < 8; i++)
				undos.push(
					applyUndoable(doc, [someChange(doc, pick), someChange(doc, pick)]),
				);
			for (const undo of undos.reverse()) undo();
			// Equal, lists in their order; a key deleted and put back may come last among its siblings.
			expect(doc, `seed ${seed}`).toStrictEqual(JSON.parse(before));
			expect(Object.keys(doc.map).sort(), `seed ${seed}`).toEqual(["k0", "k1"]);
			expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
		}
	});

	it("leaves the document unchanged when a change in the list does not fit", () => {
		const doc = { list: [1], map: {} };
		expect(() =>
			applyUndoable(doc, [
				{ op: "push", path: ["list"], value: 2 },
				{ op: "set", path: ["map", "a"], value: 1 },
				{ op: "push", path: ["map", "a"], value: 3 },
			]),
		).toThrow(/not a list/);
		expect(doc).toEqual({ list: [1], map: {} });
	});
});
