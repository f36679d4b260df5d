import { describe, expect, it } from "vitest";
import { defineCommand } from "../../src/core/command.js";
import { markReply, routeFreeText } from "../../src/core/dispatcher.js";
import { Registry } from "../../src/core/registry.js";
import { reply, text } from "../../src/core/reply.js";

const ask = defineCommand({
	name: "ask",
	summary: "help.summary",
	examples: ["/ask 你好"],
	args: [
		{
			name: "words",
			type: "text" as const,
			required: true,
			describe: "help.arg_command",
		},
	],
	run: () => reply([text("ok")]),
});
const mine = defineCommand({
	name: "mine",
	summary: "help.summary",
	examples: ["/mine"],
	private: true,
	readOnly: true,
	run: () => reply([text("ok")]),
});

describe("dispatcher steps", () => {
	it("routes free text to the free-text command under that command's own first argument", () => {
		const registry = new Registry([ask, mine]);
		expect(
			routeFreeText(registry, "ask", { kind: "text", text: "证书" }),
		).toEqual({
			kind: "command",
			path: ["ask"],
			def: ask,
			args: { words: "证书" },
		});
		expect(
			routeFreeText(registry, "missing", { kind: "text", text: "证书" }),
		).toBeNull();
		expect(routeFreeText(registry, "ask", { kind: "other-bot" })).toBeNull();
	});

	it("marks a private, read-only command's reply as both, and leaves others alone", () => {
		const answer = reply([text("x")]);
		expect(markReply(mine, answer)).toMatchObject({
			private: true,
			readOnly: true,
		});
		expect(markReply(ask, answer)).toEqual(answer);
	});
});
