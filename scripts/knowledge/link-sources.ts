import type { Source } from "../../src/features/knowledge/knowledge-port.js";
import { SUFFIX } from "./names.js";
import { type CsvRow, col } from "./read.js";
import { readableWho } from "./readable.js";
import { pageSource } from "./sources.js";

export const profileSource: Source = {
	title:
		"《职业教育专业简介》（2022）高职本科 310204 数字媒体技术“职业类证书举例”（官方 PDF 页面转录）",
	repo: "penghaibin9/saas",
	path: "backend/scripts/sync_moe_professional_profiles.py",
	trust: "high",
	note: "commit 86b28b43788ac04422781e5a4fa8dfebf7e36cef；该项目称已对照页面图片核对转录",
};

export const descriptionSource = (name: string): Source => ({
	title: `${name}${SUFFIX} 官方证书简介（职业技能等级证书信息管理服务平台）`,
	url: "https://vslc.ncb.edu.cn/",
	repo: "gqy20/hiro2",
	path: "data/processed/certs/cert-catalog.jsonl",
	trust: "high",
	note: "平台开放接口记录，约2026-08-30由第三方采集",
});

const sichuanSource = (row: CsvRow): Source => ({
	title: "四川自学考试 1+X 试点专业与证书对照表（公开代码中的 JS 表）",
	trust: "low",
	note: `仓库未识别（${col(row, "source_url")}）；来源评级：${col(row, "trust")}；只保留证书名为真实X证书名的行`,
});

// The link types are curators' English; a title is read by people.
const LINK_TYPE_TITLES: [RegExp, string][] = [
	[/^examinees'/, "考试报道"],
	[/^journal article/, "期刊文章"],
	[/^school statement/, "学校说明"],
	[/pilot/, "试点报道"],
];

/** The source of a row of major_certificate_links_from_news.csv. */
export const newsLinkSource = (row: CsvRow): Source => {
	if (col(row, "source_url").startsWith("(GitHub")) return sichuanSource(row);
	const type = col(row, "link_type");
	const word =
		LINK_TYPE_TITLES.find(([pattern]) => pattern.test(type))?.[1] ?? "网页报道";
	return pageSource(
		`${readableWho(col(row, "school_or_author"))}：${word}`,
		col(row, "source_url"),
		col(row, "trust"),
		`关联类型：${type}`,
	);
};
