import type { DocChange } from "../src/storage/document-change.js";

/**
 * What `/log training` writes to the embedded document: the record `id` of teacher `n % 1000`,
 * its `create` audit entry, and the next id.
 */
export function logChange(id: number, n: number): DocChange[] {
	const key = String(id);
	const owner = `telegram:${100000 + (n % 1000)}`;
	const at = "2026-11-28T02:00:00.000Z";
	const title = `基准测试培训-${n}`;
	return [
		{
			op: "push",
			path: ["training", "records"],
			value: {
				id: key,
				owner,
				createdAt: at,
				kind: "training",
				date: "2026-11-01",
				hours: 2,
				title,
			},
		},
		{
			op: "push",
			path: ["training", "audit"],
			value: {
				at,
				by: owner,
				action: "create",
				target: key,
				owner,
				changes: {
					kind: { from: null, to: "training" },
					date: { from: null, to: "2026-11-01" },
					hours: { from: null, to: 2 },
					title: { from: null, to: title },
				},
			},
		},
		{ op: "set", path: ["training", "nextId"], value: id + 1 },
	];
}
