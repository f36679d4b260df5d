import { describe, expect, it } from "vitest";
import { internStrings } from "../../src/storage/intern-strings.js";

describe("internStrings", () => {
	it("leaves the document equal, through lists, nested objects and a __proto__ key", () => {
		const text = JSON.stringify({
			list: Array.from({ length: 50 }, (_, i) => ({
				at: "2026-01-01T00:00:00.000Z",
				owner: `telegram:${i % 3}`,
				tags: ["a", "b", "a"],
				long: "长".repeat(100),
			})),
			map: { k: { v: "x" } },
			n: 1,
			nothing: null,
		});
		const doc = JSON.parse(`{"__proto__":"data",${text.slice(1)}`);
		const expected = JSON.parse(`{"__proto__":"data",${text.slice(1)}`);
		internStrings(doc);
		expect(doc).toStrictEqual(expected);
		expect(Object.getPrototypeOf(doc)).toBe(Object.prototype);
		expect(Object.getOwnPropertyDescriptor(doc, "__proto__")?.value).toBe(
			"data",
		);
	});
});
