import type {
	LinkKind,
	MajorLevel,
	MajorLink,
} from "../../src/core/knowledge-port.js";
import { type CatalogueMajor, resolveMajorCodes } from "./links.js";
import { certName, codesIn } from "./names.js";
import { passSource } from "./pass-source.js";
import { type CsvRow, col } from "./read.js";
import { readableWho } from "./readable.js";

type Catalogue = readonly (CatalogueMajor & { level: MajorLevel })[];

/**
 * How a pass-3 row links major and certificate. Only a standard's own text read by the
 * researcher is `official`; a journal article quoting a standard's 适用专业 (with no address
 * to check the quote against) is the article's account, `article`, like an article's own list
 * of "related" certificates. `school` means students of the major sat the exam (or the school
 * built the certificate into that major's plan); students only trained for an exam they have
 * not yet sat are not examinees, so that row is the school's account, `article`.
 */
export function pass3Kind(type: string, previous: LinkKind): LinkKind {
	if (type === "same") return previous;
	if (type.includes("专业教学标准")) return "official";
	if (type.startsWith("journal article")) return "article";
	if (type.includes("training for the exam")) return "article";
	return "school";
}

/**
 * Pass-4 school rows: `school` when the page reports students of the major sitting the exam or
 * the school naming the major as a pilot; a journal's account, or a school event only modelled
 * on the certificate (a competition), is `article`. "same …" rows repeat the row above.
 */
export function schoolPlanKind(
	row: { school: string; source: string },
	previous: LinkKind,
): LinkKind {
	const [, ...rest] = row.source.split(" — ");
	if (/^same/.test(rest.join(""))) return previous;
	if (/journal/.test(row.source) || /journal/.test(row.school))
		return "article";
	if (/competition modelled on the certificate/.test(row.source))
		return "article";
	return "school";
}

/** Level named by the source, when it says one: `高职（推断）`, `中职`, `本科院校…`. */
function levelOf(text: string): MajorLevel | null {
	if (text.startsWith("中职")) return "中等职业教育";
	if (text.startsWith("高职专科") || text.startsWith("高职"))
		return "高等职业教育专科";
	if (text.includes("高等职业教育本科")) return "高等职业教育本科";
	return null;
}

/** Codes from `catalog_matches` (`level:code;…`), kept to the level the source states. */
function matchedCodes(matches: string, level: string): string[] {
	const pairs = matches
		.split(";")
		.map((p) => p.split(":"))
		.filter((p): p is [string, string] => p.length === 2 && !!p[1]);
	// A 本科院校 (普通本科) has no 专科 majors; a 高职 school no 本科 ones.
	const want = level.startsWith("本科院校")
		? "高等职业教育本科"
		: levelOf(level);
	const kept = want ? pairs.filter(([l]) => l === want) : pairs;
	return kept.map(([, c]) => c);
}

/**
 * Pass-3 links. The 媒体融合运营 row is left out: the standard does not say it is an X
 * certificate, and no other source names it.
 */
export function buildPass3Links(
	rows: CsvRow[],
	catalogue: Catalogue,
	certId: (rawName: string) => string,
): MajorLink[] {
	const links: MajorLink[] = [];
	let kind: LinkKind = "school";
	let evidence = "";
	for (const row of rows) {
		kind = pass3Kind(col(row, "link_type"), kind);
		// "same" repeats the row above.
		if (col(row, "evidence") !== "same") evidence = col(row, "evidence");
		const rawCert = col(row, "certificate_name");
		if (rawCert.includes("未写是否为X证书")) continue;
		const level = col(row, "school_level_stated_or_inferred");
		let codes = matchedCodes(col(row, "catalog_matches"), level);
		const majorName = col(row, "major_name_as_stated");
		if (codes.length === 0 && !majorName.includes("页面写"))
			codes = byLevel(
				resolveMajorCodes(majorName, catalogue),
				level,
				catalogue,
			);
		// The name matches a major of several levels and the page does not say the school's
		// (ctwx.net 护理: 中职, 专科 and 本科 codes): the student is told so.
		const levelUnstated = level.startsWith("not stated") && codes.length > 1;
		links.push({
			certificateId: certId(rawCert),
			majorName,
			majorCodes: codes,
			kind,
			evidence: `${readableWho(col(row, "school_or_author"))}：${evidence}${levelUnstated ? "（页面未写学校层次）" : ""}`,
			source: passSource(col(row, "source"), col(row, "trust"), {
				note: `关联类型：${col(row, "link_type")}；层次：${level}`,
			}),
		});
	}
	return links;
}

function byLevel(codes: string[], level: string, catalogue: Catalogue) {
	const want = levelOf(level);
	if (!want) return codes;
	const levelOfCode = new Map(catalogue.map((m) => [m.code, m.level]));
	return codes.filter((c) => levelOfCode.get(c) === want);
}

const STANDARD_LEVEL: Record<string, MajorLevel | null> = {
	中职: "中等职业教育",
	高职专科: "高等职业教育专科",
	// The WPS standard's 本科 is 应用型本科 (普通本科): not in the vocational catalogue.
	本科: null,
};

/** Pass-4 official rows: a standard's 适用院校专业, or a 2025 专业教学标准's 职业类证书 cell. */
export function buildStandardLinks(
	rows: CsvRow[],
	catalogue: Catalogue,
	certId: (rawName: string) => string,
): MajorLink[] {
	return rows.map((row) => {
		const written = col(row, "major_name_as_written");
		const schoolLevel = col(row, "level_of_school");
		const reverse = col(row, "note").startsWith("REVERSE");
		let codes = codesIn(written);
		if (codes.length === 0 && STANDARD_LEVEL[schoolLevel] !== null) {
			const want = STANDARD_LEVEL[schoolLevel];
			const levelOfCode = new Map(catalogue.map((m) => [m.code, m.level]));
			codes = resolveMajorCodes(written, catalogue).filter(
				(c) => !want || levelOfCode.get(c) === want,
			);
		}
		const cert = certName(col(row, "certificate"));
		return {
			certificateId: certId(cert),
			majorName: written.replace(/（\d{6}K?）.*$/, ""),
			majorCodes: codes,
			kind: "official",
			evidence: reverse
				? `2025年${written.replace(/（.*$/, "")}专业教学标准“职业面向”表的“职业类证书”栏列出${cert}（所见摘录不完整）`
				: `《${cert}职业技能等级标准》“适用院校专业”（${schoolLevel}）列出：${written}`,
			source: passSource(col(row, "source"), col(row, "trust"), {
				title: reverse
					? `${written.replace(/（.*$/, "")}专业教学标准（2025）转载`
					: `《${cert}职业技能等级标准》文本（转录）`,
				note: col(row, "note"),
			}),
		};
	});
}

/** Pass-4 school rows: a journal article's account is `article`, a school's own page `school`. */
export function buildSchoolPlanLinks(
	rows: CsvRow[],
	catalogue: Catalogue,
	certId: (rawName: string) => string,
	known: (rawName: string) => boolean,
): MajorLink[] {
	const links: MajorLink[] = [];
	let quote = "";
	let kind: LinkKind = "school";
	for (const row of rows) {
		const cert = certName(col(row, "certificate").replace(/（1\+X）/, ""));
		const source = col(row, "source");
		kind = schoolPlanKind({ school: col(row, "school"), source }, kind);
		const [url, ...rest] = source.split(" — ");
		// The row's note is English around a Chinese quote; students read the quote. "same
		// sentence" repeats the quote of the row above.
		const said = quoteIn(rest.join(" — "));
		if (said) quote = said;
		else if (!/^same/.test(rest.join(""))) quote = "";
		if (!known(cert)) continue;
		const major = col(row, "major").replace(/（as written[^）]*）/, "");
		let codes = codesIn(major);
		if (codes.length === 0)
			codes = resolveMajorCodes(major.replace(/（.*$/, ""), catalogue);
		links.push({
			certificateId: certId(cert),
			majorName: major.replace(/（\d{6}K?）$/, ""),
			majorCodes: codes,
			kind,
			evidence: `${readableWho(col(row, "school"))}：${quote || (kind === "article" ? "期刊文章把此证书与该专业联系在一起" : "学校网页提到该专业的学生与此证书")}`,
			source: passSource(url ?? source, col(row, "trust"), {
				note: [`年份：${col(row, "year")}`, rest.join(" — ")]
					.filter(Boolean)
					.join("；"),
			}),
		});
	}
	return links;
}

/** The first “…” quote, nested quotes included (`“聚焦“1+X”Web前端开发…”`); null if none. */
export function quoteIn(text: string): string | null {
	const start = text.indexOf("“");
	if (start < 0) return null;
	let depth = 0;
	for (let i = start; i < text.length; i++) {
		if (text[i] === "“") depth++;
		else if (text[i] === "”" && --depth === 0) {
			const q = text.slice(start, i + 1);
			return q.length > 6 ? q : null;
		}
	}
	return null;
}
