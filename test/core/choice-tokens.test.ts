import { describe, expect, it } from "vitest";
import { ChoiceTokens } from "../../src/core/choice-tokens.js";

const long = "/ask 没有企业工作经历的新老师需要企业实践吗？";

describe("ChoiceTokens", () => {
	it("carries a short command as it is", () => {
		const tokens = new ChoiceTokens(64);
		expect(tokens.encode("/cert c012")).toBe("/cert c012");
		expect(tokens.decode("/cert c012")).toBe("/cert c012");
	});

	it("replaces a long command by a short token that decodes back", () => {
		const tokens = new ChoiceTokens(64);
		expect(new TextEncoder().encode(long).length).toBeGreaterThan(64);
		const token = tokens.encode(long);
		expect(new TextEncoder().encode(token).length).toBeLessThanOrEqual(64);
		expect(tokens.decode(token)).toBe(long);
	});

	it("gives the same token in every process, and an unknown one reads as expired, never as another command", () => {
		const first = new ChoiceTokens(64);
		const afterRestart = new ChoiceTokens(64);
		const token = first.encode(long);
		afterRestart.encode(`${long}？`);
		expect(afterRestart.decode(token)).toBeUndefined();
		expect(afterRestart.encode(long)).toBe(token);
		expect(afterRestart.decode(token)).toBe(long);
	});

	it("forgets the least recently used tokens past its capacity", () => {
		const tokens = new ChoiceTokens(8, 2);
		const a = tokens.encode("/ask 第一个很长的问题");
		const b = tokens.encode("/ask 第二个很长的问题");
		tokens.encode("/ask 第一个很长的问题");
		tokens.encode("/ask 第三个很长的问题");
		expect(tokens.decode(a)).toBe("/ask 第一个很长的问题");
		expect(tokens.decode(b)).toBeUndefined();
	});
});
