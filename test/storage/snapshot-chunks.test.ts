import { describe, expect, it } from "vitest";
import { serializeChunks } from "../../src/storage/snapshot-chunks.js";

describe("serializeChunks", () => {
	it("writes exactly what JSON.stringify writes, in chunks", () => {
		const list = Array.from({ length: 4321 }, (_, i) => ({
			id: String(i),
			title: `师资培训课程第${i}期 "引号" \\ 反斜杠`,
			skipped: undefined,
			n: i % 7 === 0 ? null : i / 3,
		}));
		const doc = {
			$journal: { generation: 3 },
			schemaVersion: 2,
			gone: undefined,
			empty: [],
			holes: [undefined, 1, () => 2],
			training: { records: list, audit: [...list].reverse(), nextId: 4322 },
			deep: { a: { b: { c: [1, { d: "e" }] } } },
			"__proto__ key": "x",
		};
		const chunks = serializeChunks(doc);
		expect(chunks.length).toBeGreaterThan(3);
		expect(Buffer.concat(chunks).toString("utf8")).toBe(JSON.stringify(doc));
	});
});
