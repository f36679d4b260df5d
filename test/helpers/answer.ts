import type { Locale } from "../../src/core/i18n.js";
import { renderText } from "../../src/core/render-text.js";
import type { Block, Reply } from "../../src/core/reply.js";
import type { MemoryLogger } from "./memory-logger.js";

/** A reply as dialogue tests read it. */
export interface Answer {
	text: string;
	reply: Reply;
	private: boolean;
	files: Extract<Block, { type: "file" }>[];
	/** Commands behind the reply's buttons, in order. */
	choices: string[];
}

/** Reads a reply; fails the test when the bot stayed silent or logged a bug on the way. */
export function readAnswer(
	answer: Reply | null,
	line: string,
	logger: MemoryLogger,
	locale: Locale = "zh-CN",
): Answer {
	if (!answer) throw new Error(`no reply to ${line}`);
	const errors = logger.lines.filter((l) => l.level === "error");
	if (errors.length > 0)
		throw new Error(`command failed: ${JSON.stringify(errors[0])}`);
	return {
		text: renderText(answer, locale),
		reply: answer,
		private: answer.private === true,
		files: answer.blocks.filter(
			(b): b is Extract<Block, { type: "file" }> => b.type === "file",
		),
		choices: answer.blocks.flatMap((b) =>
			b.type === "choices" ? b.choices.map((c) => c.command) : [],
		),
	};
}

/** A service the commands under test must not touch: any use fails the test loudly. */
export function unavailable(name: string): never {
	return new Proxy(
		{},
		{
			get(_t, prop) {
				throw new Error(`${name}.${String(prop)} is not part of this test`);
			},
		},
	) as never;
}
