import { describe, expect, it } from "vitest";
import { renderReply } from "../../src/adapters/discord/render.js";
import { renderHtml } from "../../src/adapters/telegram/render-html.js";
import { ChoiceTokens } from "../../src/core/choice-tokens.js";
import { renderText } from "../../src/core/render-text.js";
import { fields, heading, progress, reply } from "../../src/core/reply.js";

const card = reply([
	heading("Web front-end development"),
	fields([{ label: "Organisation", value: "Example Ltd" }]),
	progress("Enterprise practice", 45, 180, "days"),
]);
const FULL_WIDTH = /[【】：（）]/;

describe("punctuation by locale in the text renderers", () => {
	it("uses English punctuation for English replies and Chinese for Chinese ones", () => {
		const en = renderText(card, "en");
		expect(en).toBe(
			"[Web front-end development]\n\nOrganisation: Example Ltd\n\nEnterprise practice\n▓▓░░░░░░░░ 25% (45/180 days)",
		);
		expect(renderText(card, "zh-CN")).toContain(
			"【Web front-end development】",
		);
		expect(renderText(card, "zh-CN")).toContain("Organisation：Example Ltd");
	});

	it("keeps full-width colons and brackets out of English Telegram and Discord replies", () => {
		const tokens = new ChoiceTokens(64);
		const telegram = renderHtml(card, { locale: "en", tokens }).chunks.join(
			"\n",
		);
		expect(telegram).not.toMatch(FULL_WIDTH);
		expect(telegram).toContain("<b>Organisation</b>: Example Ltd");
		const discord = JSON.stringify(renderReply(card, { locale: "en", tokens }));
		expect(discord).not.toMatch(FULL_WIDTH);
		expect(discord).toContain("25% \\\\(45/180 days\\\\)");
		const chinese = JSON.stringify(
			renderReply(card, { locale: "zh-CN", tokens }),
		);
		expect(chinese).toContain("（45/180 days）");
	});
});
