/**
 * Traditional → simplified Chinese with opencc-js (Taiwan phrases included: 軟體 → 软件,
 * 資訊 → 信息, 網路 → 网络). Text with no traditional character is returned as it is, so a
 * simplified word that happens to be a Taiwan phrase (智慧健康养老) is never rewritten.
 */

import * as OpenCC from "opencc-js";

type Convert = (text: string) => string;
const converters = new Map<string, Convert>();

// Built on first use: the phrase tables take ~30 ms, which a bot that never sees traditional
// characters should not pay at start-up.
function converter(from: "t" | "twp"): Convert {
	let convert = converters.get(from);
	if (!convert) {
		convert = OpenCC.Converter({ from, to: "cn" }) as Convert;
		converters.set(from, convert);
	}
	return convert;
}

const HAN = /\p{Script=Han}/u;

/** Simplified form of `text`; ASCII and already simplified text cost one character test. */
export function toSimplified(text: string): string {
	if (!HAN.test(text)) return text;
	if (converter("t")(text) === text) return text;
	return converter("twp")(text);
}
