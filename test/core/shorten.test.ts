import { describe, expect, it } from "vitest";
import { createButtonTokens } from "../../src/adapters/discord/buttons.js";
import { renderReply } from "../../src/adapters/discord/render.js";
import { captionOf } from "../../src/adapters/telegram/files.js";
import { renderHtml } from "../../src/adapters/telegram/render-html.js";
import { ChoiceTokens } from "../../src/core/choice-tokens.js";
import { choices, heading, reply } from "../../src/core/reply.js";
import { shorten } from "../../src/core/text.js";

/** Emoji, a CJK Extension B character (𠮷, U+20BB7) and a flag: two UTF-16 units each, or four. */
const wide = ["😀", "𠮷", "🇨🇳"];
const loneHalf =
	/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("shorten", () => {
	it("counts code points: an emoji or a supplement character is one, never cut in half", () => {
		expect(shorten("ab😀𠮷cd", 4)).toBe("ab😀𠮷");
		expect(shorten("ab😀𠮷cd", 4, { ellipsis: true })).toBe("ab😀…");
		expect(shorten("ab😀𠮷", 4, { ellipsis: true })).toBe("ab😀𠮷");
	});

	it("in UTF-16 units, stops before a character that does not fit whole", () => {
		// "ab" (2) + "😀" (2) = 4 units; with the ellipsis only 3 are left, so 😀 goes whole.
		expect(shorten("ab😀cd", 4, { unit: "utf16" })).toBe("ab😀");
		expect(shorten("ab😀cd", 4, { unit: "utf16", ellipsis: true })).toBe("ab…");
		expect(shorten("ab😀", 4, { unit: "utf16", ellipsis: true })).toBe("ab😀");
	});

	it("never leaves half a character at any cut, in either unit", () => {
		for (const ch of wide)
			for (let max = 0; max <= 12; max++)
				for (const unit of ["code-point", "utf16"] as const)
					for (const ellipsis of [false, true]) {
						const text = `a${ch.repeat(6)}`;
						const out = shorten(text, max, { unit, ellipsis });
						expect(loneHalf.test(out), `${ch} ${max} ${unit}`).toBe(false);
						const size = unit === "utf16" ? out.length : [...out].length;
						expect(size).toBeLessThanOrEqual(max);
					}
	});
});

describe("adapters cut with shorten at their platforms' UTF-16 limits", () => {
	it("Discord: an embed title of emoji stays within 256 units and whole", () => {
		const [message] = renderReply(reply([heading(`x${"😀".repeat(200)}`)]), {
			locale: "zh-CN",
			tokens: createButtonTokens(),
		});
		const title = message?.embeds[0]?.title ?? "";
		expect(title.length).toBeLessThanOrEqual(256);
		expect(title.endsWith("…")).toBe(true);
		expect(loneHalf.test(title)).toBe(false);
	});

	it("Telegram: a caption and a button label of supplement characters are cut whole", () => {
		const caption =
			captionOf({
				type: "file",
				name: "a.csv",
				content: "",
				mime: "text/csv",
				caption: `x${"𠮷".repeat(600)}`,
			}) ?? "";
		expect(caption.length).toBeLessThanOrEqual(1024);
		expect(loneHalf.test(caption)).toBe(false);
		const out = renderHtml(
			reply([choices([{ label: `x${"🇨🇳".repeat(20)}`, command: "/help" }])]),
			{ tokens: new ChoiceTokens(64), locale: "zh-CN" },
		);
		const label = out.keyboard?.inline_keyboard[0]?.[0]?.text ?? "";
		expect(label.endsWith("…")).toBe(true);
		expect(label.length).toBeLessThanOrEqual(40);
		expect(loneHalf.test(label)).toBe(false);
	});
});
