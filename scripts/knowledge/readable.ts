/**
 * Curators annotate who reported a fact in words meant for curators ("not named", "名称未在摘录
 * 中出现", "hijacked domain"). Students read the readable part; the rest stays in source notes.
 */
export function readableWho(raw: string): string {
	// `not named (site jmx.zjitc.net; …)`, `not named (copy of a school news page on x.cn; …)`
	const site =
		/^not named \((?:site |copy of a school news page on )([\w.-]+\.[a-z]{2,})/.exec(
			raw,
		);
	if (site) return `站点 ${site[1]}（学校未具名）`;
	if (/^not named \([^）)]*[a-z]{3,}/.test(raw)) return "学校未具名";
	// An English page; the research row gives the school's Chinese name (浙江树人学院).
	if (/^Zhejiang Shuren University\b/.test(raw))
		return "浙江树人学院（英文页面）";
	return raw
		.replace(/;\s*遵义 \(([\w.-]+)\)\s*/, "；站点 $1 ")
		.replace(/^school not named \(repost\)$/, "学校未具名（转载页）")
		.replace(/^two schools \(not named\)$/, "两所学校（未具名）")
		.replace(/^school not named$/, "学校未具名")
		.replace(/\s*\(school not named\)$/, "（学校未具名）")
		.replace(/[；;]\s*(学校)?名称?未在摘录中出现/g, "")
		.replace(/[；;，,]\s*学校名未在摘录中出现/g, "")
		.replace(/^not named\s*[（(]([^）)]+)[）)]$/, "$1（学校未具名）")
		.replace(/^not named$/, "学校未具名")
		.replace(/^not named\b\s*/, "学校未具名 ")
		.trim();
}

const CURATOR_BRACKETS =
	/（[^（）]*(繁体|转载|仓库未识别|劫持|未在摘录|名称未经|未核实|乱码)[^（）]*）/g;

/** A source title without curators' brackets, and what was taken out (for the note). */
export function readableTitle(title: string): {
	title: string;
	removed: string[];
} {
	const removed: string[] = [];
	const clean = title
		.replace(CURATOR_BRACKETS, (m) => {
			removed.push(m);
			return "";
		})
		.trim();
	return { title: clean || title, removed };
}

/** Applies readableTitle to every source object in `value` (anything with title + trust). */
export function withReadableTitles(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(withReadableTitles);
	if (value === null || typeof value !== "object") return value;
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(value)) out[k] = withReadableTitles(v);
	if (typeof out.title === "string" && typeof out.trust === "string") {
		const { title, removed } = readableTitle(out.title);
		if (removed.length > 0) {
			out.title = title;
			out.note = [String(out.note ?? ""), `原标题注记：${removed.join("")}`]
				.filter(Boolean)
				.join("；");
		}
	}
	return out;
}
