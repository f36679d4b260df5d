/**
 * Text normalisation shared by every index: queries and indexed names go through the same
 * steps, so that `ＢＩＭ`, `Bim` and `（BIM）` all meet as `bim`.
 */

/** Longest queries we look at; anything past this is noise and only costs time. */
export const MAX_QUERY_CHARS = 64;

/** NFKC (full-width → half-width, `（）` → `()`), lower case, single spaces, trimmed. */
export function normalize(text: string): string {
	return text.normalize("NFKC").toLowerCase().replace(/\s+/gu, " ").trim();
}

/**
 * Letters and digits only, so punctuation and spacing never decide a match
 * (`建筑信息模型（BIM）` → `建筑信息模型bim`, `1+X` → `1x`). Emoji and symbols vanish.
 */
export function toKey(text: string): string {
	return normalize(text).replace(/[^\p{L}\p{N}]+/gu, "");
}

const HAN = /\p{Script=Han}/u;

export function hasHan(text: string): boolean {
	return HAN.test(text);
}

/** True for a key made only of ASCII letters and digits (pinyin, initials, `web`, `ipv6`). */
export function isLatinKey(key: string): boolean {
	return /^[a-z0-9]+$/u.test(key);
}

// Ordered longest first where one phrase contains another (能考什么证 before 什么).
const FILLERS = [
	"职业技能等级证书",
	"职业技能等级",
	"技能等级证书",
	"等级证书",
	"1+x证书",
	"x证书",
	"1+x",
	"证书",
	"什么时候",
	"考试时间",
	"报名时间",
	"考试",
	"报名",
	"截止",
	"时间",
	"时候",
	"几月",
	"几号",
	"多少钱",
	"是谁发",
	"谁发",
	"谁颁发",
	"颁发",
	"哪个机构",
	"哪家",
	"发的",
	"怎么",
	"如何",
	"我是",
	"我们是",
	"我学的是",
	"我读的是",
	"我学",
	"请问",
	"能考什么证",
	"可以考什么证",
	"能考哪些证",
	"可以考哪些证",
	"考什么证",
	"能考什么",
	"可以考什么",
	"能考哪些",
	"可以考哪些",
	"能考",
	"可以考",
	"有哪些",
	"有什么",
	"哪些",
	"什么",
	"专业",
	"的",
	"吗",
	"呢",
	"啊",
	"呀",
	"是",
];

// One pass instead of one split/join per filler: every index calls this for every query.
// Sorted longest first, so that a longer filler wins where two begin at the same place.
const FILLER_RE = new RegExp(
	[...FILLERS]
		.sort((a, b) => b.length - a.length)
		.map((f) => f.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&"))
		.join("|"),
	"gu",
);

/**
 * Removes question filler and the certificate/major suffixes a student types around a name
 * (`我是软件技术专业的，能考什么证？` → `软件技术`). A trailing lone `证` goes too. Callers
 * also search the unstripped text, because a real name may end in a filler (`质量管理与认证`).
 */
export function stripFiller(text: string): string {
	let out = normalize(text).replace(FILLER_RE, " ");
	out = out.replace(/[?？!！。，,、:：;；~～]+/gu, " ").trim();
	out = out.replace(/证$/u, "");
	return out.replace(/\s+/gu, " ").trim();
}

/** Normalised and cut to MAX_QUERY_CHARS, so a pasted essay costs as little as a word. */
export function boundQuery(query: string): string {
	return normalize(query.slice(0, MAX_QUERY_CHARS * 4)).slice(
		0,
		MAX_QUERY_CHARS,
	);
}
