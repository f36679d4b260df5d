/** Messages of free-text understanding: clarifying questions, fields, pairings, honest "none". */
const zh = {
	"ask.clarify": "没太看明白想问哪个证书或专业。可以直接说名称，例如：",
	"ask.clarify_long":
		"消息有点长，我只读了开头，没找到证书或专业的名称。请用一句话问，例如：",
	"ask.field": "与「{topic}」有关的 X 证书：",
	"ask.none":
		"收录的 X 证书里没有与「{word}」对应的（它可能是职业资格证、特种作业证等其他证书）。",
	"ask.none_closest": "相近的领域：",
	"ask.none_hint":
		"可以换个说法，或用 /cert 加证书名称查询；不确定时请咨询学校 1+X 办公室。",
	"ask.major_english":
		"专业名称只能用中文查询（专业目录没有英文名称），例如「/major 软件技术」或「/major 510203」。",
	"ask.major_english_related": "可能与你说的领域有关的证书：",
	"ask.pairing_title": "{major} 专业与「{cert}」",
	"ask.pairing_evidence": "资料中把两者联系起来的依据：",
	"ask.pairing_none":
		"收录的资料中没有把「{cert}」与 {major} 专业联系起来的依据。这不代表不能考：X 证书一般不限专业，请咨询学校 1+X 办公室。",
	"ask.pairing_more": "接下来可以看：",
	"ask.exam_choose": "{organisation} 有几个证书，请选择要查考试时间的证书：",
} as const;

const en: Record<keyof typeof zh, string> = {
	"ask.clarify":
		"I could not tell which certificate or major you mean. Try naming it, for example:",
	"ask.clarify_long":
		"That message is long; I read its beginning and found no certificate or major name. Please ask in one sentence, for example:",
	"ask.field": "X certificates about “{topic}”:",
	"ask.none":
		"None of the X certificates here matches “{word}” (it may be another kind of certificate, such as a vocational qualification or a special-operations licence).",
	"ask.none_closest": "Nearby fields:",
	"ask.none_hint":
		"Try other words, or /cert with a certificate name; when unsure, ask your school's 1+X office.",
	"ask.major_english":
		"Majors can only be searched in Chinese (the catalogue gives no English names), e.g. “/major 软件技术” or “/major 510203”.",
	"ask.major_english_related": "Certificates that may fit the field you named:",
	"ask.pairing_title": "The {major} major and “{cert}”",
	"ask.pairing_evidence": "Evidence in the sources linking the two:",
	"ask.pairing_none":
		"No source here links “{cert}” with the {major} major. That does not mean you cannot take it: X certificates are usually open to any major; ask your school's 1+X office.",
	"ask.pairing_more": "See next:",
	"ask.exam_choose":
		"{organisation} issues several certificates; pick one to see its exam dates:",
};

export const understanding = { zh, en };
