import type { CommandContext } from "./context.js";
import { parseText } from "./parse.js";
import { cleanText } from "./text.js";

/** An argument as typed; `quoted` tokens are taken literally (no date is read inside them). */
export interface RawToken {
	text: string;
	quoted: boolean;
}

const closers = new Map<string, string>([
	['"', '"'],
	["'", "'"],
	["“", "”"],
	["‘", "’"],
	["「", "」"],
	["『", "』"],
]);

/** Splits like `tokenize` (same quotes, same boundaries) and remembers which tokens were quoted. */
export function quotedTokens(input: string): RawToken[] {
	const tokens: RawToken[] = [];
	let current = "";
	let inToken = false;
	for (let i = 0; i < input.length; i++) {
		const ch = input[i] as string;
		const closer = closers.get(ch);
		if (closer && !inToken) {
			const end = input.indexOf(closer, i + 1);
			if (end < 0) break;
			tokens.push({ text: input.slice(i + 1, end), quoted: true });
			i = end;
			continue;
		}
		if (/\s/.test(ch)) {
			if (inToken) tokens.push({ text: current, quoted: false });
			current = "";
			inToken = false;
		} else {
			current += ch;
			inToken = true;
		}
	}
	if (inToken) tokens.push({ text: current, quoted: false });
	return tokens;
}

/**
 * The arguments of a typed command with their quoting, or `values` (slash commands, buttons:
 * named values in the order of the command's arguments) split into words.
 */
export function rawArgs(
	ctx: Pick<CommandContext, "request" | "registry">,
	values: readonly (string | number | undefined)[],
	/** Values taken as one literal token each (an enterprise name with spaces). */
	literal: readonly boolean[] = [],
): RawToken[] {
	const typed = ctx.request.invocation ? undefined : ctx.request.text;
	if (typed !== undefined) {
		const cleaned = cleanText(typed);
		const parsed = parseText(ctx.registry, cleaned, ctx.request.botName);
		if (parsed.kind === "command" && Array.isArray(parsed.args)) {
			const n = parsed.args.length;
			return n === 0 ? [] : quotedTokens(cleaned).slice(-n);
		}
	}
	return values.flatMap((v, i): RawToken[] => {
		const value = v === undefined ? "" : String(v).trim();
		if (value === "") return [];
		if (literal[i]) return [{ text: value, quoted: true }];
		return value.split(/\s+/).map((text) => ({ text, quoted: false }));
	});
}

/** Quotes a value so that it comes back as one literal token (`「数控 编程」`). */
export function quoteArg(value: string): string {
	if (!value.includes("」")) return `「${value}」`;
	if (!value.includes('"')) return `"${value}"`;
	return `“${value.replace(/”/g, "’")}”`;
}
