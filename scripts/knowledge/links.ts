import type {
	LinkKind,
	MajorLink,
} from "../../src/features/knowledge/knowledge-port.js";
import { fail } from "./fail.js";
import {
	descriptionSource,
	newsLinkSource,
	profileSource,
} from "./link-sources.js";
import { certName, codesIn, splitCertNames } from "./names.js";
import { type CsvRow, col } from "./read.js";

function newsLinkKind(type: string): LinkKind {
	if (type.startsWith("journal article") || type.startsWith("school statement"))
		return "article";
	// Exam cohorts, pilots a major applied for, and the self-study pilot table all say that
	// students of one major sat the certificate at one school: real, but not an official mapping.
	return "school";
}

// The research notes annotate reporters in English; students read Chinese. Quotes from
// English pages are left as they are: translating a source would put words in its mouth.
const NOTES: [RegExp, string][] = [
	[/^school not named \(repost\)$/, "学校未具名（转载页）"],
	[/^two schools \(not named\)$/, "两所学校（未具名）"],
	[/\s*\(school not named\)$/, "（学校未具名）"],
	[/^school not named$/, "学校未具名"],
	[/\s*\(inferred from school name\/domain\)/, "（由校名或网站推断）"],
	[/\s*\(not stated\)/, "（未说明）"],
];

function inChinese(note: string): string {
	return NOTES.reduce((text, [pattern, zh]) => text.replace(pattern, zh), note);
}

/** Who reported the link, readable: the self-study table's "repo not identified" is no name. */
function reporter(row: CsvRow): string {
	const who = col(row, "school_or_author");
	const level = col(row, "school_level_stated_or_inferred");
	const name = who.startsWith("repo not identified")
		? "四川自考1+X试点对照表"
		: inChinese(who);
	return level && level !== "not stated"
		? `${name}（${inChinese(level)}）`
		: name;
}

/** A major as the catalogue gives it, enough to resolve names a source wrote. */
export interface CatalogueMajor {
	code: string;
	name: string;
	className: string;
	categoryName: string | null;
}

// Sources write the 土木建筑 field as 土建类; nothing else is abbreviated in the data.
const FIELD_ALIASES: Record<string, string> = { 土建类: "土木建筑类" };

/**
 * Catalogue codes for a major name the source wrote without any: the same name at any level,
 * names listed in brackets (`护理与助产（护理、助产）`), or a whole field the source names as
 * `…类` (a 专业类, or a confirmed 专业大类: `土木建筑类及相关专业`). Renamed or unlisted majors
 * (物流管理, 会计（中职）) stay without codes: mapping them would be a guess.
 */
export function resolveMajorCodes(
	written: string,
	catalogue: readonly CatalogueMajor[],
): string[] {
	const names = [
		written,
		...(/（([^）]+)）/.exec(written)?.[1]?.split(/[、，,]/) ?? []),
	].map((n) => n.trim());
	const byName = catalogue.filter((m) => names.includes(m.name));
	if (byName.length > 0) return byName.map((m) => m.code);
	let field = /([\p{Script=Han}]+类)/u.exec(written.replace(/^所有/, ""))?.[1];
	if (!field) return [];
	field = FIELD_ALIASES[field] ?? field;
	return catalogue
		.filter(
			(m) =>
				m.className === field ||
				m.categoryName === field.replace(/类$/, "大类"),
		)
		.map((m) => m.code);
}

/**
 * Verified links first, then those from news pages, in file order. A link to a major code
 * not in the catalogue, or to an unknown certificate (`certId`), fails the build.
 */
export function buildLinks(
	verifiedLinkRows: CsvRow[],
	newsLinkRows: CsvRow[],
	catalogue: readonly CatalogueMajor[],
	certId: (rawName: string) => string,
): MajorLink[] {
	const majorCodes = new Set(catalogue.map((m) => m.code));
	const links: MajorLink[] = [];
	const pushLink = (link: MajorLink): void => {
		for (const c of link.majorCodes)
			if (!majorCodes.has(c)) fail(`link to unknown major ${c}`);
		const codes =
			link.majorCodes.length > 0
				? link.majorCodes
				: resolveMajorCodes(link.majorName, catalogue);
		links.push({ ...link, majorCodes: codes });
	};

	let previousEvidence = "";
	for (const row of verifiedLinkRows) {
		const official = col(row, "direction") === "major_to_cert";
		let evidence = col(row, "evidence");
		// "同上" (ditto) repeats the row above; spell it out so each link stands alone.
		if (evidence === "同上") evidence = previousEvidence;
		previousEvidence = evidence;
		const id = certId(col(row, "certificate_name"));
		pushLink({
			certificateId: id,
			majorName: col(row, "major_name_or_field"),
			majorCodes: codesIn(col(row, "catalog_matches")),
			kind: official ? "official" : "description",
			evidence: official
				? `《职业教育专业简介》（2022）${col(row, "major_level")} ${col(row, "major_code")} ${col(row, "major_name_or_field")}“职业类证书举例”列出此证书`
				: `官方证书简介：${evidence.replace(/^证书介绍：/, "")}`,
			source: official
				? profileSource
				: descriptionSource(certName(col(row, "certificate_name"))),
		});
	}

	previousEvidence = "";
	for (const row of newsLinkRows) {
		let evidence = col(row, "evidence");
		if (evidence.startsWith("同上"))
			evidence = previousEvidence + evidence.slice(2);
		previousEvidence = evidence;
		const names = splitCertNames(col(row, "certificate_name"));
		for (const n of names)
			pushLink({
				certificateId: certId(n),
				// "老年服务与管理 (page: elderly services and management)": the note is the page's wording.
				majorName: col(row, "major_name_as_stated").replace(
					/\s*\(page:[^)]*\)$/,
					"",
				),
				majorCodes: codesIn(col(row, "catalog_matches")),
				kind: newsLinkKind(col(row, "link_type")),
				evidence: `${reporter(row)}：${evidence}${names.length > 1 ? "（报道未分开各证书）" : ""}`,
				source: newsLinkSource(row),
			});
	}
	return links;
}
