import { describe, expect, it } from "vitest";
import { format, messageRef, translator } from "../../src/core/i18n.js";
import "../../src/messages.js";

describe("a parameter that is a message", () => {
	it("is shown in the reader's language, by the translator", () => {
		const params = { field: messageRef("field.title") };
		expect(translator("zh-CN")("training.text_empty", params)).toBe(
			"「标题」不能为空。",
		);
		expect(translator("en")("training.text_empty", params)).toBe(
			"“title” must not be empty.",
		);
	});

	it("stays a visible placeholder where no translator reads it", () => {
		expect(format("「{field}」", { field: messageRef("field.title") })).toBe(
			"「{field}」",
		);
	});
});
