/** Splits an argument string into tokens, honouring "…", '…', “…” and 「…」 quotes. */

import { ownValue } from "./own.js";

export type Tokens =
	| { ok: true; tokens: string[] }
	| { ok: false; unclosed: string };

const closers: Record<string, string> = {
	'"': '"',
	"'": "'",
	"“": "”",
	"‘": "’",
	"「": "」",
	"『": "』",
};

export function tokenize(input: string): Tokens {
	const tokens: string[] = [];
	let current = "";
	let inToken = false;
	let i = 0;
	while (i < input.length) {
		const ch = input[i] as string;
		const closer = ownValue(closers, ch);
		if (closer && !inToken) {
			const end = input.indexOf(closer, i + 1);
			if (end < 0) return { ok: false, unclosed: input.slice(i) };
			tokens.push(input.slice(i + 1, end));
			i = end + 1;
			continue;
		}
		if (/\s/.test(ch)) {
			if (inToken) tokens.push(current);
			current = "";
			inToken = false;
		} else {
			current += ch;
			inToken = true;
		}
		i++;
	}
	if (inToken) tokens.push(current);
	return { ok: true, tokens };
}
