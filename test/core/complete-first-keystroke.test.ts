import { beforeAll, describe, expect, it } from "vitest";
import { complete } from "../../src/core/complete.js";
import { createTestClient, type TestClient } from "../helpers/test-client.js";

let bot: TestClient;
beforeAll(async () => {
	bot = await createTestClient();
});
const names = (kind: "major" | "certificate", q: string) =>
	complete(bot.services, kind, q, "zh-CN").map((s) => s.label);

describe("autocomplete from the first keystroke", () => {
	it("offers majors and certificates from one Chinese character, names beginning with it first", () => {
		const majors = names("major", "护");
		expect(majors.length).toBeGreaterThan(2);
		expect(majors[0]).toMatch(/^护理/);
		for (const label of majors.slice(0, 5)) expect(label).toContain("护");
		const certs = names("certificate", "护");
		expect(certs).toEqual(expect.arrayContaining(["母婴护理", "皮肤护理"]));
		expect(names("major", "软")[0]).toMatch(/^软件/);
	});

	it("offers candidates from one pinyin syllable, matched from a syllable start", () => {
		const majors = names("major", "ruan");
		expect(majors[0]).toMatch(/^软件/);
		const nursing = names("major", "hu");
		expect(nursing.slice(0, 3).some((l) => l.startsWith("护理"))).toBe(true);
		const certs = names("certificate", "wang");
		expect(certs.length).toBeGreaterThan(2);
		for (const label of certs.slice(0, 3)) expect(label).toMatch(/^网/);
	});

	it("stays within Discord's limits and answers nothing for an empty pinyin", () => {
		const all = complete(bot.services, "major", "j", "zh-CN");
		expect(all.length).toBeLessThanOrEqual(25);
		expect(bot.services.knowledge.completeNames("major", "  ", 10)).toEqual([]);
		expect(bot.services.knowledge.completeNames("major", "护", 0)).toEqual([]);
	});
});
