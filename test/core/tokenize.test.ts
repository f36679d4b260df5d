import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/core/tokenize.js";

describe("tokenize", () => {
	it("splits on any white space, full-width included", () => {
		expect(tokenize("log  training\u30003")).toEqual({
			ok: true,
			tokens: ["log", "training", "3"],
		});
	});

	it("keeps quoted text together in ASCII and Chinese quotes", () => {
		expect(tokenize(`3 "Python 教学培训" 2026-07-01`)).toEqual({
			ok: true,
			tokens: ["3", "Python 教学培训", "2026-07-01"],
		});
		expect(tokenize("“某 公司” 「备 注」")).toEqual({
			ok: true,
			tokens: ["某 公司", "备 注"],
		});
	});

	it("reports an unclosed quote", () => {
		expect(tokenize(`3 "never closed`)).toEqual({
			ok: false,
			unclosed: `"never closed`,
		});
	});
});
