import { describe, expect, it } from "vitest";
import { createTestClient } from "../helpers/test-client.js";

const en = { locale: "en" as const };

/** Lines of `text` that hold full-width punctuation the bot itself put there (not the data's). */
function ownFullWidth(text: string, data: readonly string[]): string[] {
	return text
		.split("\n")
		.map((line) => data.reduce((l, d) => l.split(d).join(""), line))
		.filter((line) => /[【】：；]|）（|（\/|（https?:/.test(line));
}

describe("English replies of the real commands", () => {
	it("list commands with their Chinese alias in English brackets", async () => {
		const client = await createTestClient();
		const { text } = await client.send("/help", en);
		expect(text).toContain("• /help (/帮助) — List all commands");
		expect(text).not.toMatch(/（\/|）\s—/);
	});

	it("give a certificate's related majors and sources with English punctuation", async () => {
		const client = await createTestClient();
		const { text } = await client.send("/cert BIM", en);
		const sources = text.split("\n").find((l) => l.startsWith("Sources"));
		expect(sources).toMatch(/^Sources: \S/);
		expect(sources).toMatch(/ \(https:\/\/[^\s)]+\)/);
		expect(text).toMatch(
			/\S \(named in the certificate's official description\)/,
		);
		const zh = await client.send("/cert BIM");
		expect(zh.text).toMatch(/来源：\S.*（https:\/\//);
		const names = ["建筑信息模型（BIM）"];
		expect(ownFullWidth(text, names)).toEqual([]);
	});

	it("give past exam reports' links in English brackets", async () => {
		const client = await createTestClient();
		const { text } = await client.send("/exam BIM", en);
		const reports = text.split("\n").filter((l) => l.includes("https://"));
		expect(reports.length).toBeGreaterThan(0);
		for (const line of reports) expect(line).toMatch(/ \(https:\/\/[^\s)]+\)$/);
	});
});
