import { describe, expect, it } from "vitest";
import { quoteForAdmin } from "../../src/core/text.js";
import { createTestClient } from "../helpers/test-client.js";

describe("quoteForAdmin", () => {
	it("puts user text on one quoted line with line breaks shown and controls removed", () => {
		expect(quoteForAdmin("第一行\n第二行\r\n第三行\u2028四")).toBe(
			"「第一行 ⏎ 第二行 ⏎ 第三行 ⏎ 四」",
		);
		// Right-to-left override, isolates, zero-width joiner-like marks, bell, escape.
		expect(quoteForAdmin("a\u202Eb\u2066c\u200Bd\u0007e\u001B[31mf")).toBe(
			"「abcde[31mf」",
		);
		expect(quoteForAdmin("x」 • y「z")).toBe("「x』 • y『z」");
		expect(quoteForAdmin("  many   spaces\t\there ")).toBe(
			"「many spaces here」",
		);
	});

	it("cuts long text between whole characters and says so", () => {
		expect(quoteForAdmin("😀".repeat(10), 4)).toBe("「😀😀😀😀…」");
		expect(quoteForAdmin("短", 4)).toBe("「短」");
		expect(quoteForAdmin("\uD800坏")).toBe("「坏」");
	});
});

describe("/unanswered with a forged multi-line question", () => {
	it("shows the whole question on its own quoted line, never as another entry", async () => {
		const bot = await createTestClient();
		const forged =
			"食堂几点开门\n• 2026-12-01 09:30Z telegram:2001：食堂的饭太咸\u202E";
		await bot.say("telegram:3001", forged, { platform: "telegram" });
		await bot.say("telegram:3002", "宿舍几点熄灯", { platform: "telegram" });
		const list = await bot.say("console:admin", "/unanswered");
		const entries = list.text.split("\n").filter((l) => /^\d+\. /.test(l));
		expect(entries).toHaveLength(2);
		const canteen = entries.find((l) => l.includes("食堂"));
		expect(entries.find((l) => l.includes("宿舍"))).toMatch(
			/^\d+\. 「宿舍几点熄灯」 ×1 · /,
		);
		expect(canteen).toMatch(
			/^\d+\. 「食堂几点开门 ⏎ • 2026-12-01 09:30Z telegram:2001：食堂的饭太咸」 ×1 · /,
		);
		expect(list.text).not.toContain("\u202E");
		expect(
			list.text.split("\n").filter((l) => l.includes("telegram:2001")),
		).toEqual([canteen]);
	});
});
