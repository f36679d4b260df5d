import { describe, expect, it } from "vitest";
import {
	generateCode,
	hashCode,
	sameText,
} from "../../../src/features/users/invite-code.js";

describe("invite code helpers", () => {
	it("generates 10-character codes of unambiguous letters and digits, both present", () => {
		const codes = new Set<string>();
		for (let i = 0; i < 500; i++) {
			const code = generateCode();
			expect(code).toMatch(/^[A-HJKMNP-Z2-9]{10}$/);
			expect(code).toMatch(/[A-Z]/);
			expect(code).toMatch(/\d/);
			codes.add(code);
		}
		expect(codes.size).toBe(500);
	});

	it("hashes case-insensitively and full-width typing alike, with the salt mattering", () => {
		expect(hashCode("ab23cd45ef", "s1")).toBe(hashCode(" ＡＢ23CD45EF ", "s1"));
		expect(hashCode("AB23CD45EF", "s1")).not.toBe(hashCode("AB23CD45EF", "s2"));
	});

	it("compares texts of any lengths", () => {
		expect(sameText("JOIN-2026", "JOIN-2026")).toBe(true);
		expect(sameText("JOIN-2026", "JOIN-20266")).toBe(false);
		expect(sameText("", "x")).toBe(false);
	});
});
