import { describe, expect, it } from "vitest";
import { UserError } from "../../src/core/errors.js";
import {
	type MessageKey,
	type PlaceholdersOf,
	translator,
} from "../../src/core/i18n.js";
import "../../src/messages.js";

// The `@ts-expect-error` lines are the test: `npm test` type-checks this file, and an
// expected error that no longer happens fails the type check.
describe("typed message parameters", () => {
	const t = translator("en");

	it("reads placeholder names, plural ones included, from a text's type", () => {
		const names: PlaceholdersOf<"{cert}: {n} {n|date|dates}"> = "n";
		const cert: PlaceholdersOf<"{cert}: {n} {n|date|dates}"> = "cert";
		// @ts-expect-error: `date` is a plural word, not a placeholder
		const word: PlaceholdersOf<"{cert}: {n} {n|date|dates}"> = "date";
		expect([names, cert, word]).toEqual(["n", "cert", "date"]);
	});

	it("requires every placeholder of a key, by its exact name", () => {
		expect(t("errors.command_unknown", { name: "foo" })).toBe(
			"There is no /foo command.",
		);
		// @ts-expect-error: the placeholder is `name`
		expect(t("errors.command_unknown", { nam: "foo" })).toBe(
			"There is no /{name} command.",
		);
		// @ts-expect-error: `name` is missing
		expect(t("errors.command_unknown")).toBe("There is no /{name} command.");
		// @ts-expect-error: this text has no placeholder
		expect(t("help.usage", { name: "foo" })).toBe("Usage");
	});

	it("asks a choice of keys for the placeholders of each", () => {
		const over = Math.random() > 2;
		const key = over ? "errors.args_too_small" : "errors.args_too_large";
		expect(t(key, { arg: "n", min: 1, max: 9, value: 0 })).toMatch(/“n”/);
		// @ts-expect-error: `min` and `max` are missing
		expect(t(key, { arg: "n", value: 0 })).toMatch(/\{max\}/);
	});

	it("types a UserError's params the same way, and leaves a caught code's open", () => {
		const error = new UserError("errors.command_unknown", { name: "foo" });
		const misspelt = new UserError("errors.command_unknown", {
			// @ts-expect-error: the placeholder is `name`
			nam: "foo",
		});
		expect(misspelt.params).toEqual({ nam: "foo" });
		const code: MessageKey = error.code;
		expect(t(code, error.params)).toBe("There is no /foo command.");
	});
});
