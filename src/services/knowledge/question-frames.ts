/**
 * Question frames and filler: the words around what a student asks about (`请问…那个证考些什么`,
 * `…zhengshu zenme kao`, `Tell me about the … certificate`). Removing them leaves the parts
 * that name something; the frames themselves are kept, because `专业` after a part says the
 * part is a major.
 */

import { pinyin } from "pinyin-pro";
import { HAN_FRAMES, LATIN_WORDS } from "./question-frame-words.js";

/** One piece of a question: a frame word, or text between frames. */
export interface Part {
	text: string;
	frame: boolean;
}

// Chinese frames of two or more characters, as pinyin: `zhengshu`, `shenmeshihou`, `zenme`.
const PINYIN_FRAMES = [
	...new Set(
		HAN_FRAMES.filter((f) => /^\p{Script=Han}{2,}$/u.test(f)).map((f) =>
			pinyin(f, { toneType: "none", type: "array", v: true }).join(""),
		),
	),
]
	.filter((p) => p.length >= 4)
	.sort((a, b) => b.length - a.length);

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
const HAN_SPLIT = new RegExp(
	`(${[...HAN_FRAMES]
		.sort((a, b) => b.length - a.length)
		.map(escapeRe)
		.join("|")})`,
	"u",
);
const PINYIN_SPLIT = new RegExp(
	`(${PINYIN_FRAMES.map(escapeRe).join("|")})`,
	"u",
);
// `证` alone is a frame too, but not in 认证/验证/保证.
const LONE_ZHENG = /(?<![认验保论])证(?!书)/gu;

function splitBy(text: string, re: RegExp): Part[] {
	const pieces = text.split(new RegExp(re.source, "gu"));
	return pieces
		.map((piece, i) => ({ text: piece, frame: i % 2 === 1 }))
		.filter((p) => p.text.trim() !== "");
}

/** Pieces of one Latin word: pinyin frames inside it (`zenmekao` → `zenme` + `kao`) come apart. */
function latinWord(word: string): Part[] {
	if (LATIN_WORDS.has(word)) return [{ text: word, frame: true }];
	if (word.length < 4 || !/^[a-z]+$/u.test(word))
		return [{ text: word, frame: false }];
	return splitBy(word, PINYIN_SPLIT).flatMap((p) =>
		p.frame || !LATIN_WORDS.has(p.text) ? [p] : [{ text: p.text, frame: true }],
	);
}

/**
 * Splits a normalised question into frames and the parts between them. Han runs are split by
 * the Chinese frames; Latin runs word by word (pinyin or English). Punctuation separates parts.
 */
export function splitQuestion(text: string): Part[] {
	const out: Part[] = [];
	const runs = text
		.replace(LONE_ZHENG, " 证 ")
		.split(/([\p{Script=Han}]+|[a-z0-9+'’-]+)/u);
	for (const run of runs) {
		if (run === "" || /^[^\p{L}\p{N}+]+$/u.test(run)) {
			if (out.length > 0 && run !== "") out.push({ text: " ", frame: true });
			continue;
		}
		if (/\p{Script=Han}/u.test(run)) {
			if (run === "证") out.push({ text: run, frame: true });
			else out.push(...splitBy(run, HAN_SPLIT));
		} else out.push(...latinWord(run));
	}
	return out;
}

/**
 * The parts that name something, in order, with a Latin run kept together across spaces
 * (`web front-end`, `dianzi shangwu`). `beforeMajor` marks a part followed by `专业`/`zhuanye`.
 */
export function contentParts(
	parts: readonly Part[],
): { text: string; beforeMajor: boolean }[] {
	const out: { text: string; beforeMajor: boolean }[] = [];
	let current = "";
	const flush = (beforeMajor: boolean) => {
		const text = current.trim();
		if (text !== "") out.push({ text, beforeMajor });
		current = "";
	};
	for (const part of parts) {
		if (!part.frame) {
			const latin = /^[a-z0-9]/u.test(part.text) && /[a-z0-9]$/u.test(current);
			current += latin ? ` ${part.text}` : part.text;
			continue;
		}
		// A space between Latin words keeps them together; any other frame ends the part.
		if (part.text === " " && /[a-z0-9]$/u.test(current)) continue;
		flush(/专业|zhuanye|的学生|学生/u.test(part.text));
	}
	flush(false);
	return out;
}
