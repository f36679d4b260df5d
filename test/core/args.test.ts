import { describe, expect, it } from "vitest";
import { parseArg } from "../../src/core/args.js";
import type { ArgSpec } from "../../src/core/command.js";

const hours: ArgSpec = {
	name: "hours",
	type: "number",
	min: 0.5,
	max: 24,
	describe: "help.arg_command",
};

describe("parseArg", () => {
	it("accepts decimals and full-width digits", () => {
		expect(parseArg(hours, "2.5", "2026-11-28")).toEqual({
			ok: true,
			value: 2.5,
		});
		expect(parseArg(hours, "３", "2026-11-28")).toEqual({ ok: true, value: 3 });
	});

	it("rejects words, negatives and values out of range with the reason", () => {
		expect(parseArg(hours, "abc", "2026-11-28")).toMatchObject({
			ok: false,
			code: "errors.args_not_number",
		});
		expect(parseArg(hours, "-3", "2026-11-28")).toMatchObject({
			ok: false,
			code: "errors.args_too_small",
		});
		expect(parseArg(hours, "100", "2026-11-28")).toMatchObject({
			ok: false,
			code: "errors.args_too_large",
		});
		expect(parseArg(hours, "1e3", "2026-11-28")).toMatchObject({
			ok: false,
			code: "errors.args_not_number",
		});
	});

	it("checks integers and choices", () => {
		const n: ArgSpec = {
			name: "n",
			type: "integer",
			describe: "help.arg_command",
		};
		expect(parseArg(n, "2.5", "2026-11-28")).toMatchObject({
			ok: false,
			code: "errors.args_not_integer",
		});
		const c: ArgSpec = {
			name: "c",
			type: "choice",
			choices: ["on", "off"],
			describe: "help.arg_command",
		};
		expect(parseArg(c, "OFF", "2026-11-28")).toEqual({
			ok: true,
			value: "off",
		});
		expect(parseArg(c, "maybe", "2026-11-28")).toMatchObject({
			ok: false,
			code: "errors.args_not_choice",
		});
	});
});
