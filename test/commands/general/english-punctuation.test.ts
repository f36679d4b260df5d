import { describe, expect, it } from "vitest";
import { createTestClient } from "../../helpers/test-client.js";

const en = { locale: "en" as const };

describe("English replies of the real commands", () => {
	it("list commands with their Chinese alias in English brackets", async () => {
		const client = await createTestClient();
		const { text } = await client.say("console:student", "/help", en);
		expect(text).toContain("• /help (/帮助) — List all commands");
		expect(text).not.toMatch(/（\/|）\s—/);
	});

	it("give a certificate's related majors and sources with English punctuation", async () => {
		const client = await createTestClient();
		const { text } = await client.say("console:student", "/cert BIM", en);
		const sources = text.split("\n").find((l) => l.startsWith("Sources"));
		expect(sources).toMatch(/^Sources: \S/);
		expect(sources).toMatch(/ \(https:\/\/[^\s)]+\)/);
		expect(text).toMatch(
			/\S \(named in the certificate's official description\)/,
		);
		const zh = await client.say("console:student", "/cert BIM");
		expect(zh.text).toMatch(/来源：\S.*（https:\/\//);
		// Titles are quoted as sourced; the bot's own brackets around links are English.
		expect(sources).not.toMatch(/（https?:/);
		expect(text).not.toMatch(/）（named in/);
	});

	it("give past exam reports' links in English brackets", async () => {
		const client = await createTestClient();
		const { text } = await client.say("console:student", "/exam BIM", en);
		const reports = text.split("\n").filter((l) => l.includes("https://"));
		expect(reports.length).toBeGreaterThan(0);
		for (const line of reports) expect(line).toMatch(/ \(https:\/\/[^\s)]+\)$/);
	});
});

describe("English plurals of the real commands", () => {
	it("say 1 day, 1 record and 1 hour, and give /report's rows English punctuation", async () => {
		const client = await createTestClient();
		const me = { ...en, user: "console:ann" };
		const boss = { ...en, user: "console:admin" };
		await client.grant(me.user, "teacher");
		await client.say(me.user, "/log training 1 Workshop 2026-07-01", me);
		const early = await client.say(me.user, "/progress", me);
		expect(early.text).toContain(
			"0 days of enterprise practice, 1 training hour (1 record)",
		);
		await client.say(
			me.user,
			"/teacher profile name=Ann period=2024-09-01",
			me,
		);
		const practice = await client.say(
			me.user,
			"/log practice 2026-07-01 2026-07-01 Acme",
			me,
		);
		expect(practice.text).toContain("enterprise practice 1 day: Acme");
		const records = await client.say(me.user, "/records", me);
		expect(records.text).toContain("enterprise practice 1 day: Acme");
		expect(records.text).not.toMatch(/\b1 (days|records|hours)\b/);
		const del = await client.say(me.user, "/delete 1", me);
		expect(del.text).toContain("Delete this 1 record?");
		const report = await client.say(boss.user, "/report", boss);
		const row = report.text.split("\n").find((l) => l.includes("console:ann"));
		expect(row).toMatch(
			/^1\. 「Ann」 \(console:ann\): enterprise practice 179 days short .*; training 359 hours short/,
		);
		const zh = await client.say(boss.user, "/report");
		expect(zh.text).toMatch(/「Ann」（console:ann）：企业实践差 179 天.*；/);
	});
});
