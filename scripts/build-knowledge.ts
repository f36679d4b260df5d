/**
 * Builds knowledge/*.json from the research data (default `../shared/data`).
 *
 *   npx tsx scripts/build-knowledge.ts [data-dir] [out-dir]
 *
 * Tooling only: the bot reads the committed JSON and never the research data. The output is
 * deterministic, and certificate ids already present in the output directory are kept, so that
 * regenerating after a data change never renumbers what chats and databases refer to.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type {
	Certificate,
	CertLevel,
	ExamRound,
	FaqEntry,
	LinkKind,
	Major,
	MajorLevel,
	MajorLink,
	Source,
	Trust,
} from "../src/core/knowledge-port.js";
import type { ExamEvent, Policy } from "../src/services/knowledge/schema.js";

/** The day the data was last checked against its sources; FAQ `verified` dates use it. */
const VERIFIED_ON = "2026-11-28";
const SUFFIX = "职业技能等级证书";
const LEVELS: CertLevel[] = ["初级", "中级", "高级"];

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dataDir = resolve(repoRoot, process.argv[2] ?? "../shared/data");
const outDir = resolve(repoRoot, process.argv[3] ?? "knowledge");

// ---------------------------------------------------------------- reading

function read(file: string): string {
	return readFileSync(join(dataDir, file), "utf8").replace(/^\uFEFF/, "");
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and newlines. */
function parseCsv(text: string): Record<string, string>[] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = "";
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else field += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ",") {
			row.push(field);
			field = "";
		} else if (ch === "\n" || ch === "\r") {
			if (ch === "\r" && text[i + 1] === "\n") i++;
			row.push(field);
			rows.push(row);
			row = [];
			field = "";
		} else field += ch;
	}
	if (field !== "" || row.length > 0) {
		row.push(field);
		rows.push(row);
	}
	const [header, ...body] = rows.filter((r) => r.some((c) => c.trim() !== ""));
	if (!header) return [];
	return body.map((r) =>
		Object.fromEntries(header.map((h, i) => [h.trim(), (r[i] ?? "").trim()])),
	);
}

function readJson<T>(file: string): T {
	return JSON.parse(read(file)) as T;
}

function fail(message: string): never {
	throw new Error(`build-knowledge: ${message}`);
}

function col(row: Record<string, string>, name: string): string {
	const v = row[name];
	if (v === undefined) fail(`missing column ${name}`);
	return v;
}

// ---------------------------------------------------------------- helpers

/**
 * Sources grade trust in words ("medium-high", "low-medium (hijacked domain)"). Our scale has
 * three steps, so a mixed grade is rounded down: a reader should never see more certainty
 * than the source gave. The original wording stays in the source note.
 */
function mapTrust(raw: string): Trust {
	const s = raw.trim().toLowerCase();
	if (s.startsWith("high")) return "high";
	if (s.startsWith("medium")) return "medium";
	if (s.startsWith("low")) return "low";
	return fail(`unknown trust grade "${raw}"`);
}

function toFullWidth(s: string): string {
	return s.replace(/\(/g, "（").replace(/\)/g, "）");
}

/** Display name: suffix and any annotation after it removed, brackets full-width. */
function certName(raw: string): string {
	let s = toFullWidth(raw).trim();
	const at = s.indexOf(SUFFIX);
	if (at >= 0) s = s.slice(0, at);
	return s.replace(/（[初中高]级）$/, "").trim();
}

/** Merge key: the display name without any spaces. */
function certKey(raw: string): string {
	return certName(raw).replace(/\s+/g, "");
}

/** "a / b / c 职业技能等级证书（note）" names several certificates at once. */
function splitCertNames(raw: string): string[] {
	return raw
		.split(" / ")
		.map(certName)
		.filter((n) => n !== "");
}

function levelsIn(text: string): CertLevel[] {
	if (!text.includes("级")) return [];
	const found = new Set<CertLevel>();
	if (text.includes("初")) found.add("初级");
	if (text.includes("中")) found.add("中级");
	if (text.includes("高")) found.add("高级");
	return LEVELS.filter((l) => found.has(l));
}

const codePattern = /\d{6}K?/g;

function codesIn(text: string): string[] {
	return [...new Set(text.match(codePattern) ?? [])];
}

/** "url1 ; url2" and the notes used in place of a missing address. */
function pageSource(
	title: string,
	rawUrl: string,
	trustRaw: string,
	extraNote?: string,
): Source {
	const urls = rawUrl
		.split(" ; ")
		.map((u) => u.trim())
		.filter((u) => /^https?:\/\//.test(u));
	const notes: string[] = [];
	if (urls.length === 0 && rawUrl) notes.push(`无地址：${rawUrl}`);
	if (urls.length > 1) notes.push(`另见 ${urls.slice(1).join(" ")}`);
	notes.push(`来源评级：${trustRaw}`);
	if (extraNote) notes.push(extraNote);
	const source: Source = { title, trust: mapTrust(trustRaw) };
	if (urls[0]) source.url = urls[0];
	source.note = notes.join("；");
	return source;
}

/** One page or file is one source, however differently two facts titled it. */
function sameSource(a: Source, b: Source): boolean {
	if (a.url || a.repo || b.url || b.repo)
		return a.url === b.url && a.repo === b.repo && a.path === b.path;
	return a.title === b.title;
}

function compareCodepoints(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

// ---------------------------------------------------------------- certificates

interface CertDraft {
	key: string;
	name: string;
	organisation: string | null;
	/** Lower is stronger: 0 official platform, 1 batch list, 2 news pages. */
	orgRank: number;
	levels: Set<CertLevel>;
	description: string | null;
	batch: number | null;
	sources: Source[];
	/** Sources of mere mentions (events, links, plans); used only when nothing else names it. */
	mentions: Source[];
	order: number | null;
}

const drafts = new Map<string, CertDraft>();

function draftFor(rawName: string): CertDraft {
	const key = certKey(rawName);
	if (key === "") fail(`empty certificate name from "${rawName}"`);
	let d = drafts.get(key);
	if (!d) {
		d = {
			key,
			name: certName(rawName),
			organisation: null,
			orgRank: 99,
			levels: new Set(),
			description: null,
			batch: null,
			sources: [],
			mentions: [],
			order: null,
		};
		drafts.set(key, d);
	}
	return d;
}

function addSource(list: Source[], s: Source): void {
	if (!list.some((x) => sameSource(x, s))) list.push(s);
}

function setOrganisation(d: CertDraft, org: string, rank: number): void {
	if (rank < d.orgRank) {
		d.organisation = org;
		d.orgRank = rank;
	}
}

function setBatch(d: CertDraft, batch: number, where: string): void {
	if (d.batch !== null && d.batch !== batch)
		fail(`${d.name}: batch ${d.batch} vs ${batch} (${where})`);
	d.batch = batch;
}

// 1. Batch 1–2 list: ids c001–c016 in list order on first generation.
const batchSource = (org: string, listed: string | null): Source => ({
	title:
		"1+X 第一、二批职业技能等级证书及培训评价组织名单（院校转载整理的教育部职业技术教育中心研究所公开名单）",
	repo: "uryuwr/voced-position-kg-demo",
	path: "crawlers/cn/ingest_credentials.py",
	trust: "medium",
	note: [
		"commit f2a6d84c574bf0303a127e6e14b00f760d9ecec7",
		"来源评级：medium–high",
		"批内顺序为该文件顺序，不一定是官方序号",
		listed && listed !== org ? `名单中组织名写作：${listed}` : null,
	]
		.filter(Boolean)
		.join("；"),
});

const batchRows = parseCsv(read("x_certificates_batch1_2.csv"));
let order = 0;
for (const row of batchRows) {
	const d = draftFor(col(row, "certificate_name"));
	const org = col(row, "training_evaluation_org");
	d.order = order++;
	setBatch(d, Number(col(row, "batch")), "batch list");
	setOrganisation(d, org, 1);
	d.sources.push(batchSource(org, null));
}

// 2. Platform subset: organisation, levels, official description.
interface VslcRecord {
	certificate_name: string;
	training_evaluation_org: string;
	levels_listed_on_platform: string[];
	description: string | null;
	description_by_level: Record<string, string> | null;
	source: string;
}

const vslc = readJson<VslcRecord[]>("x_certificates_vslc_subset.json");
for (const rec of vslc) {
	const d = draftFor(rec.certificate_name);
	const [repoAt, path] = rec.source.split(":");
	const [repo, commit] = (repoAt ?? "").split("@");
	if (!repo || !commit || !path) fail(`bad vslc source ${rec.source}`);
	setOrganisation(d, rec.training_evaluation_org, 0);
	for (const l of rec.levels_listed_on_platform) {
		if (!LEVELS.includes(l as CertLevel)) fail(`bad level ${l}`);
		d.levels.add(l as CertLevel);
	}
	if (rec.description) d.description = rec.description;
	else if (rec.description_by_level) {
		// The platform keeps one text per level; labelled and joined they stay verbatim.
		d.description = LEVELS.filter((l) => rec.description_by_level?.[l])
			.map((l) => `${l}：${rec.description_by_level?.[l]}`)
			.join("\n");
	}
	// Tell the batch list's organisation apart when the platform spells it differently.
	const batchSrc = d.sources.find(
		(s) => s.repo === "uryuwr/voced-position-kg-demo",
	);
	const listRow = batchRows.find(
		(r) => certKey(col(r, "certificate_name")) === d.key,
	);
	if (batchSrc && listRow) {
		const listed = col(listRow, "training_evaluation_org");
		Object.assign(batchSrc, batchSource(rec.training_evaluation_org, listed));
	}
	d.sources.push({
		title: "职业技能等级证书信息管理服务平台公开查询记录（vslc.ncb.edu.cn）",
		url: "https://vslc.ncb.edu.cn/",
		repo,
		path,
		trust: "high",
		note: `平台开放接口记录，约2026-08-30由第三方采集（commit ${commit}）；只含采集返回的等级，未列出的等级不代表不存在`,
	});
}

// Cross-check the per-level file: same certificates, levels and organisations.
for (const row of parseCsv(read("x_certificates_vslc_subset_by_level.csv"))) {
	const d = drafts.get(certKey(col(row, "certificate_name")));
	const level = col(row, "level") as CertLevel;
	if (!d?.levels.has(level))
		fail(
			`by-level row not in subset: ${col(row, "certificate_name")} ${level}`,
		);
	if (d.organisation !== col(row, "training_evaluation_org"))
		fail(`by-level organisation differs for ${d.name}`);
}

// 3. Organisations named in news pages. Every row is decided here by hand, following
//    SOURCES.md: official-list names win, short names are kept only where that is all a page
//    gives, and the ambiguous 无人机驾驶 page names nobody.
interface NewsDecision {
	organisation: string | null;
	trust: Trust;
	note: string;
}
const NEWS_ORG_DECISIONS: Record<string, NewsDecision> = {
	幼儿照护: {
		organisation: "湖南金职伟业母婴护理有限公司",
		trust: "medium",
		note: "两个独立页面写同一公司；两页均为被劫持域名上的存档页",
	},
	界面设计: {
		organisation: "腾讯云计算（北京）有限责任公司",
		trust: "high",
		note: "院校官网",
	},
	Python程序开发: {
		organisation: "中慧云启科技集团有限公司",
		trust: "high",
		note: "培训评价组织自己的通知",
	},
	智能网联汽车测试装调: {
		organisation: "国汽（北京）智能网联汽车研究院有限公司",
		trust: "high",
		note: "页面称国汽智联为1+X证书的培训评价组织",
	},
	供应链运营: {
		organisation: "北京中物联",
		trust: "medium",
		note: "页面只写简称“北京中物联”，全称未给出",
	},
	网络系统建设与运维: {
		organisation: "华为",
		trust: "medium",
		note: "页面只写“华为1+X”，全称未给出",
	},
	智能计算平台应用开发: {
		organisation: "华为",
		trust: "medium",
		note: "页面只写“华为1+X”，全称未给出",
	},
	无人机拍摄: {
		organisation: "中大国飞",
		trust: "low",
		note: "页面只写简称“中大国飞”；被劫持域名上的存档页；页面称其为第三批证书",
	},
	网络安全运维: {
		organisation: "中科软科技股份有限公司",
		trust: "low",
		note: "与官方平台记录一致，仅作佐证",
	},
	母婴护理: {
		organisation: null,
		trust: "low",
		note: "页面写“山东阳光大姐服务有限公司 考评站”；保留第二批名单中的名称",
	},
	老年照护: {
		organisation: null,
		trust: "medium",
		note: "页面写“北京中福长者文化科技有限公司（考评站）”，与第一批名单一致",
	},
	智能财税: {
		organisation: "中联集团教育科技有限公司",
		trust: "medium",
		note: "佐证第二批名单；页面称证书包括初、中、高三个等级",
	},
	数控车铣加工: {
		organisation: null,
		trust: "medium",
		note: "期刊文章转载；未写培训评价组织；称三个数控证书均在第三批目录中",
	},
	数控设备维护与维修: {
		organisation: null,
		trust: "medium",
		note: "期刊文章转载；未写培训评价组织；称在第三批目录中",
	},
	多轴数控加工: {
		organisation: null,
		trust: "medium",
		note: "期刊文章转载；未写培训评价组织；称在第三批目录中",
	},
	室内设计: {
		organisation: null,
		trust: "medium",
		note: "页面只有证书名称，未写培训评价组织",
	},
	WPS办公应用: {
		organisation: null,
		trust: "medium",
		note: "页面只有证书名称；安徽能开科技有限公司只提供现场技术支援，不是评价组织",
	},
	冶金机电设备点检: {
		organisation: null,
		trust: "medium",
		note: "页面只有证书名称，未写培训评价组织",
	},
	财务共享服务: {
		organisation: null,
		trust: "medium",
		note: "页面只有证书名称，未写培训评价组织",
	},
	无人机驾驶: {
		organisation: null,
		trust: "medium",
		note: "页面同时提到工业和信息化部考试中心与北京优云智翔航空科技有限公司，培训评价组织不明确，故不填",
	},
	产后恢复: {
		organisation: null,
		trust: "medium",
		note: "页面只有证书名称，未写培训评价组织",
	},
};

const pairRows = parseCsv(read("x_cert_org_pairs_from_news.csv"));
for (const row of pairRows) {
	const d = draftFor(col(row, "certificate_name"));
	const decision = NEWS_ORG_DECISIONS[d.key];
	if (!decision) fail(`no decision for news org row "${d.key}"`);
	if (decision.organisation) setOrganisation(d, decision.organisation, 2);
	const batch = col(row, "batch_if_stated").match(/^(\d)/);
	if (batch?.[1]) setBatch(d, Number(batch[1]), "news page");
	addSource(d.sources, {
		title: `页面摘录：${col(row, "evidence_quote_short")}`,
		url: col(row, "source_url"),
		trust: decision.trust,
		note: `${decision.note}；页面所写组织：${col(row, "training_evaluation_org_as_named")}；来源评级：${col(row, "trust")}`,
	});
}

// 4. Certificates only mentioned by exam events, links and plans.
const eventRows = parseCsv(read("x_cert_exam_events_from_news.csv"));
const eventSource = (row: Record<string, string>): Source =>
	pageSource(
		`考试报道：${splitCertNames(col(row, "certificate_name")).join("、")}（${col(row, "school_as_named")}）`,
		col(row, "source_url"),
		col(row, "trust"),
		col(row, "page_date") ? `页面日期 ${col(row, "page_date")}` : undefined,
	);
for (const row of eventRows)
	for (const n of splitCertNames(col(row, "certificate_name")))
		addSource(draftFor(n).mentions, eventSource(row));

const verifiedLinkRows = parseCsv(read("major_certificate_links_verified.csv"));
const newsLinkRows = parseCsv(read("major_certificate_links_from_news.csv"));

const profileSource: Source = {
	title:
		"《职业教育专业简介》（2022）高职本科 310204 数字媒体技术“职业类证书举例”（官方 PDF 页面转录）",
	repo: "penghaibin9/saas",
	path: "backend/scripts/sync_moe_professional_profiles.py",
	trust: "high",
	note: "commit 86b28b43788ac04422781e5a4fa8dfebf7e36cef；该项目称已对照页面图片核对转录",
};
const descriptionSource = (name: string): Source => ({
	title: `${name}${SUFFIX} 官方证书简介（职业技能等级证书信息管理服务平台）`,
	url: "https://vslc.ncb.edu.cn/",
	repo: "gqy20/hiro2",
	path: "data/processed/certs/cert-catalog.jsonl",
	trust: "high",
	note: "平台开放接口记录，约2026-08-30由第三方采集",
});
const sichuanSource = (row: Record<string, string>): Source => ({
	title: "四川自学考试 1+X 试点专业与证书对照表（公开代码中的 JS 表）",
	trust: "low",
	note: `仓库未识别（${col(row, "source_url")}）；来源评级：${col(row, "trust")}；只保留证书名为真实X证书名的行`,
});
const newsLinkSource = (row: Record<string, string>): Source =>
	col(row, "source_url").startsWith("(GitHub")
		? sichuanSource(row)
		: pageSource(
				`${col(row, "school_or_author")}：${col(row, "link_type")}`,
				col(row, "source_url"),
				col(row, "trust"),
			);

for (const row of verifiedLinkRows) {
	const d = draftFor(col(row, "certificate_name"));
	addSource(
		d.mentions,
		col(row, "direction") === "major_to_cert"
			? profileSource
			: descriptionSource(d.name),
	);
}
for (const row of newsLinkRows)
	for (const n of splitCertNames(col(row, "certificate_name")))
		addSource(draftFor(n).mentions, newsLinkSource(row));

interface PlanItem {
	id: string;
	certificates: string[];
	organisation_as_named: string;
	exam_plans_year?: number;
	exam_plans?: Record<string, string>[];
	source?: { title?: string; url: string };
	sources?: { url: string; trust: string }[];
	trust?: string;
}
const plans = readJson<{ items: PlanItem[] }>(
	"x_cert_exam_plans_and_rules.json",
).items;
const planSource = (item: PlanItem): Source => {
	const first = item.source ?? item.sources?.[0];
	if (!first) fail(`plan ${item.id} has no source`);
	const trust = item.trust ?? item.sources?.[0]?.trust ?? "";
	return {
		title:
			item.source?.title ??
			`${item.id}：${item.certificates.map(certName).join("、")}`,
		url: first.url,
		trust: mapTrust(trust),
		note: `来源评级：${trust}`,
	};
};
for (const item of plans)
	for (const n of item.certificates) {
		const d = draftFor(n);
		addSource(d.mentions, planSource(item));
		// A round's certificate gets the organisation the same plan names, if nothing better.
		if (d.organisation === null && item.exam_plans) {
			setOrganisation(d, item.organisation_as_named.split("（")[0] ?? "", 3);
		}
	}

// ---------------------------------------------------------------- ids and aliases

interface ExistingCert {
	id: string;
	name: string;
}
const existingIds = new Map<string, string>();
const certsFile = join(outDir, "certificates.json");
if (existsSync(certsFile)) {
	for (const c of JSON.parse(readFileSync(certsFile, "utf8")) as ExistingCert[])
		existingIds.set(certKey(c.name), c.id);
}

const orderedDrafts = [...drafts.values()].sort((a, b) => {
	if (a.order !== null && b.order !== null) return a.order - b.order;
	if (a.order !== null) return -1;
	if (b.order !== null) return 1;
	return compareCodepoints(a.key, b.key);
});
let nextId =
	Math.max(0, ...[...existingIds.values()].map((id) => Number(id.slice(1)))) +
	1;
const idOf = new Map<string, string>();
for (const d of orderedDrafts) {
	const id = existingIds.get(d.key) ?? `c${String(nextId++).padStart(3, "0")}`;
	idOf.set(d.key, id);
}

/**
 * Short names students type. Search helpers, not facts: each is a plain derivation of the
 * official name, and one that would fit two certificates is dropped.
 */
const CURATED_ALIASES: Record<string, string[]> = {
	Web前端开发: ["Web前端", "前端", "前端开发"],
	电子商务数据分析: ["电商数据分析"],
	网店运营推广: ["网店运营"],
	失智老年人照护: ["失智照护"],
	数控车铣加工: ["数控车铣"],
	Python程序开发: ["Python"],
	智能新能源汽车: ["新能源汽车"],
	汽车运用与维修: ["汽车维修"],
};
/** Latin tokens too generic to stand for one certificate. */
const NOT_ALIASES = new Set(["IT", "APP", "Web"]);

function autoAliases(name: string): string[] {
	const out: string[] = [];
	const bare = name.replace(/（[^）]*）/g, "");
	if (bare !== name && bare !== "") out.push(bare);
	for (const m of name.match(/[A-Za-z][A-Za-z0-9+]+/g) ?? [])
		if (!NOT_ALIASES.has(m)) out.push(m);
	return out;
}

const aliasOwners = new Map<string, Set<string>>();
const candidateAliases = new Map<string, string[]>();
for (const d of orderedDrafts) {
	const list = [...(CURATED_ALIASES[d.key] ?? []), ...autoAliases(d.name)];
	candidateAliases.set(d.key, list);
	for (const a of list) {
		const owners = aliasOwners.get(a) ?? new Set();
		owners.add(d.key);
		aliasOwners.set(a, owners);
	}
}
for (const key of Object.keys(CURATED_ALIASES))
	if (!drafts.has(key)) fail(`curated alias for unknown certificate ${key}`);
const names = new Set(orderedDrafts.map((d) => d.name));

function aliasesFor(d: CertDraft): string[] {
	const curated = CURATED_ALIASES[d.key] ?? [];
	return [
		...new Set(
			(candidateAliases.get(d.key) ?? []).filter(
				(a) =>
					!names.has(a) &&
					// Curated entries were chosen knowing the others; derived ones must be unique.
					(curated.includes(a) || aliasOwners.get(a)?.size === 1),
			),
		),
	];
}

const certificates: Certificate[] = orderedDrafts.map((d) => ({
	id: idOf.get(d.key) ?? fail("no id"),
	name: d.name,
	aliases: aliasesFor(d),
	organisation: d.organisation,
	levels: LEVELS.filter((l) => d.levels.has(l)),
	description: d.description,
	batch: d.batch,
	sources: d.sources.length > 0 ? d.sources : d.mentions,
}));
certificates.sort((a, b) => compareCodepoints(a.id, b.id));

function certId(rawName: string): string {
	return idOf.get(certKey(rawName)) ?? fail(`unknown certificate ${rawName}`);
}

// ---------------------------------------------------------------- majors

const categoryNames = new Map<string, string>();
for (const row of parseCsv(read("UNVERIFIED_major_categories_2021.csv"))) {
	// Only names the data confirms ship; the 7 recalled ones stay null.
	if (!col(row, "status").startsWith("name confirmed")) continue;
	for (const c of ["code_secondary", "code_associate", "code_bachelor"])
		categoryNames.set(col(row, c), col(row, "category_name"));
}

const majorLevels: MajorLevel[] = [
	"中等职业教育",
	"高等职业教育专科",
	"高等职业教育本科",
];
const majors: Major[] = parseCsv(
	read("majors_vocational_2021_catalog.csv"),
).map((row) => {
	const level = col(row, "level") as MajorLevel;
	if (!majorLevels.includes(level)) fail(`bad major level ${level}`);
	const categoryCode = col(row, "category_code");
	return {
		code: col(row, "major_code"),
		name: col(row, "major_name"),
		level,
		classCode: col(row, "class_code"),
		className: col(row, "class_name"),
		categoryCode,
		categoryName: categoryNames.get(categoryCode) ?? null,
	};
});
const majorCodes = new Set(majors.map((m) => m.code));

// ---------------------------------------------------------------- links

const links: MajorLink[] = [];
function pushLink(link: MajorLink): void {
	for (const c of link.majorCodes)
		if (!majorCodes.has(c)) fail(`link to unknown major ${c}`);
	links.push(link);
}

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

function newsLinkKind(type: string): LinkKind {
	if (type.startsWith("journal article") || type.startsWith("school statement"))
		return "article";
	// Exam cohorts, pilots a major applied for, and the self-study pilot table all say that
	// students of one major sat the certificate at one school: real, but not an official mapping.
	return "school";
}

/** Who reported the link, readable: the self-study table's "repo not identified" is no name. */
function reporter(row: Record<string, string>): string {
	const who = col(row, "school_or_author");
	const level = col(row, "school_level_stated_or_inferred");
	const name = who.startsWith("repo not identified")
		? "四川自考1+X试点对照表"
		: who;
	return level && level !== "not stated" ? `${name}（${level}）` : name;
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

// ---------------------------------------------------------------- exams

/** "3月16日" in a plan of a known year → "2024-03-16". */
function planDate(year: number, text: string | undefined): string | undefined {
	const m = text?.match(/^(\d{1,2})月(\d{1,2})日$/);
	if (!m) return undefined;
	return `${year}-${m[1]?.padStart(2, "0")}-${m[2]?.padStart(2, "0")}`;
}

const exams: ExamRound[] = [];
for (const item of plans) {
	if (!item.exam_plans) continue;
	const year = item.exam_plans_year ?? fail(`plan ${item.id} has no year`);
	for (const plan of item.exam_plans) {
		const nameDate = plan.plan_name?.match(/(\d{1,2})月(\d{1,2})日考试计划/);
		const exam =
			planDate(year, plan.exam_date_考试日期) ??
			(nameDate
				? planDate(year, `${nameDate[1]}月${nameDate[2]}日`)
				: undefined);
		if (!exam) fail(`plan ${plan.seq} has no exam date`);
		const dates: ExamRound["dates"] = { exam };
		const register = planDate(year, plan.registration_deadline_报考截止);
		const pay = planDate(year, plan.payment_deadline_缴费截止);
		const results = planDate(year, plan.score_publicity_deadline_成绩公示截止);
		if (register) dates.register = register;
		if (pay) dates.pay = pay;
		if (results) dates.results = results;
		const extra = [
			`计划名称：${plan.plan_name}`,
			plan.scheduling_deadline_排考截止 &&
				`排考截止 ${plan.scheduling_deadline_排考截止}`,
			plan["room_setup_and_test_考场布置&测试"] &&
				`考场布置与测试 ${plan["room_setup_and_test_考场布置&测试"]}`,
			plan.score_entry_deadline_成绩登记截止 &&
				`成绩登记截止 ${plan.score_entry_deadline_成绩登记截止}`,
			plan.score_publicity_deadline_成绩公示截止 &&
				`成绩公示截止 ${plan.score_publicity_deadline_成绩公示截止}（即 results）`,
			plan.note && "存档页在此行截断，之后的日期与计划不可得",
			"计划表未写等级",
		].filter(Boolean);
		for (const n of item.certificates) {
			const id = certId(n);
			exams.push({
				id: `${id}-${exam}`,
				certificateId: id,
				levels: [],
				dates,
				note: extra.join("；"),
				source: {
					...planSource(item),
					title: "2024年上半年华为1+X考试计划表（51CTO 转载）",
				},
			});
		}
	}
}
exams.sort(
	(a, b) =>
		compareCodepoints(a.dates.exam, b.dates.exam) ||
		compareCodepoints(a.certificateId, b.certificateId),
);

// ---------------------------------------------------------------- past exam events

const events: ExamEvent[] = eventRows.map((row) => {
	const iso = col(row, "exam_date_iso");
	const [from, to] = iso ? iso.split("/") : [];
	const count = col(row, "examinee_count");
	const org = col(row, "evaluation_org_or_exam_body_named");
	return {
		id: col(row, "event_id"),
		certificateIds: splitCertNames(col(row, "certificate_name")).map(certId),
		levels: levelsIn(col(row, "level")),
		levelAsStated: col(row, "level") || null,
		date: from ?? null,
		endDate: to ?? null,
		dateAsStated: col(row, "exam_date_as_stated"),
		school: col(row, "school_as_named"),
		examinees: col(row, "examinee_majors_or_unit") || null,
		count: count || null,
		organisationAsNamed: org || null,
		details: col(row, "other_facts") || null,
		source: eventSource(row),
	};
});

// ---------------------------------------------------------------- policy facts → sources

interface FactSource {
	type: "web_page" | "github_file";
	title?: string;
	address?: string;
	repo?: string;
	path?: string;
	commit?: string;
}
interface PolicyFact {
	id: string;
	topic: string;
	fact_zh: string;
	sources: FactSource[];
	confidence: string;
}
interface BatchFact {
	id: string;
	fact: string;
	source: { title?: string; url: string };
	trust: string;
}

const facts = new Map<string, { trust: Trust; sources: Source[] }>();
for (const f of readJson<PolicyFact[]>("policy_facts.json")) {
	const trust = mapTrust(f.confidence);
	facts.set(f.id, {
		trust,
		sources: f.sources.map((s) => {
			const notes = [`事实 ${f.id}`, `可信度：${f.confidence}`];
			if (s.type === "web_page")
				return {
					title: s.title ?? f.topic,
					...(s.address ? { url: s.address } : {}),
					trust,
					note: notes.join("；"),
				};
			const known = s.repo && !s.repo.startsWith("(");
			const path = s.path?.split(" (")[0];
			if (s.commit) notes.push(`commit ${s.commit}`);
			if (!known) notes.push(`仓库未识别：${s.repo}；${s.path}`);
			else if (s.path && path !== s.path) notes.push(s.path);
			return {
				title: known ? `GitHub ${s.repo}` : "GitHub 公开代码（仓库未识别）",
				...(known ? { repo: s.repo, path } : {}),
				trust,
				note: notes.join("；"),
			};
		}),
	});
}
for (const f of readJson<{ facts: BatchFact[] }>(
	"x_cert_batch_facts_from_pages.json",
).facts) {
	const trust = mapTrust(f.trust);
	facts.set(f.id, {
		trust,
		sources: [
			{
				title: f.source.title ?? `页面：${f.fact.slice(0, 30)}`,
				url: f.source.url,
				trust,
				note: `事实 ${f.id}；可信度：${f.trust}`,
			},
		],
	});
}
// Plan items carry the one known fee and the registration route.
for (const item of plans) {
	const s = planSource(item);
	facts.set(item.id, {
		trust: s.trust,
		sources: [{ ...s, note: `条目 ${item.id}；${s.note}` }],
	});
}

function sourcesOf(ids: string[]): { trust: Trust; sources: Source[] } {
	const rank: Record<Trust, number> = { high: 2, medium: 1, low: 0 };
	let trust: Trust = "high";
	const sources: Source[] = [];
	for (const id of ids) {
		const f = facts.get(id) ?? fail(`unknown fact ${id}`);
		if (rank[f.trust] < rank[trust]) trust = f.trust;
		for (const s of f.sources) addSource(sources, s);
	}
	return { trust, sources };
}

// ---------------------------------------------------------------- FAQ

const faq: FaqEntry[] = faqDrafts().map((f) => {
	const { trust, sources } = sourcesOf(f.facts);
	const entry: FaqEntry = {
		id: f.id,
		question: f.question,
		variants: f.variants,
		answer: f.answer,
		confidence: f.confidence ?? trust,
		verified: VERIFIED_ON,
		sources,
	};
	if (f.askWhere) entry.askWhere = f.askWhere;
	if (f.answer.length > 400)
		fail(`FAQ ${f.id} answer longer than 400 characters`);
	return entry;
});

// ---------------------------------------------------------------- policy

const practice = sourcesOf(["F01", "F02"]);
const policy: Policy = {
	enterprisePractice: {
		months: 6,
		periodYears: 5,
		days: 180,
		daysPerMonth: 30,
		note: "《职业学校教师企业实践规定》第四条：专业课教师每5年累计不少于6个月到企业或生产服务一线实践。规定以月计；折算天数（6个月×30天=180天）是本系统的换算设定，不是规定原文，学校可改 daysPerMonth 或 days。",
		source: practice.sources[0] ?? fail("F01 has no source"),
	},
	trainingHours: {
		target: 360,
		periodYears: 5,
		basis: "school-setting",
		note: "学校设定的培训学时目标，不是来自所收资料的规定：policy_facts.json 中没有全国统一的教师培训学时数。默认值 360 学时/5 年只是占位，请按本校或本省文件修改。",
	},
	sources: practice.sources,
	verified: VERIFIED_ON,
};

// ---------------------------------------------------------------- write

const HIJACKED = /劫持|hijack/i;

/** Hosts of sources marked as taken over, gathered from every file before any is written. */
function hijackedHosts(values: readonly unknown[]): Set<string> {
	const hosts = new Set<string>();
	const visit = (v: unknown): void => {
		if (Array.isArray(v)) v.forEach(visit);
		else if (v !== null && typeof v === "object") {
			const o = v as Record<string, unknown>;
			if (
				typeof o.url === "string" &&
				HIJACKED.test(`${String(o.title ?? "")} ${String(o.note ?? "")}`)
			)
				hosts.add(new URL(o.url).hostname);
			Object.values(o).forEach(visit);
		}
	};
	values.forEach(visit);
	return hosts;
}

/**
 * Some archived school pages now sit on domains taken over by spam or gambling sites. Their
 * facts stay (with low trust), but the bot must never send a student there: every link to
 * such a host is dropped, in `url` fields and in notes alike.
 */
function withoutHijackedLinks(
	value: unknown,
	hosts: ReadonlySet<string>,
): unknown {
	if (Array.isArray(value))
		return value.map((v) => withoutHijackedLinks(v, hosts));
	if (typeof value === "string")
		return value.replace(/https?:\/\/[^\s；;，,）)]+/g, (url) =>
			hosts.has(new URL(url).hostname)
				? `（已失效的站点 ${new URL(url).hostname}）`
				: url,
		);
	if (value === null || typeof value !== "object") return value;
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(value))
		out[k] = k === "url" ? v : withoutHijackedLinks(v, hosts);
	if (typeof out.url === "string" && hosts.has(new URL(out.url).hostname)) {
		out.note =
			`${String(out.note ?? "")}；原页面所在域名已被劫持，不提供链接（${new URL(out.url).hostname}）`.replace(
				/^；/,
				"",
			);
		delete out.url;
		out.trust = "low";
	}
	return out;
}

function write(file: string, value: unknown): void {
	writeFileSync(
		join(outDir, file),
		`${JSON.stringify(withoutHijackedLinks(value, hijacked), null, 2)}\n`,
	);
}

const hijacked = hijackedHosts([
	certificates,
	links,
	exams,
	events,
	faq,
	policy,
]);
write("certificates.json", certificates);
write("majors.json", majors);
write("links.json", links);
write("exams.json", exams);
write("exam-events.json", events);
write("faq.json", faq);
write("policy.json", policy);

const withOrg = certificates.filter((c) => c.organisation !== null).length;
console.log(
	[
		`certificates ${certificates.length} (organisation ${withOrg}, none ${certificates.length - withOrg}, with levels ${certificates.filter((c) => c.levels.length > 0).length})`,
		`majors ${majors.length}`,
		`links ${links.length} (${(["official", "description", "school", "article"] as const).map((k) => `${k} ${links.filter((l) => l.kind === k).length}`).join(", ")})`,
		`exams ${exams.length}, exam events ${events.length}, faq ${faq.length}`,
	].join("\n"),
);

// ---------------------------------------------------------------- FAQ text

interface FaqDraft {
	id: string;
	question: string;
	variants: string[];
	answer: string;
	askWhere?: string;
	/** Fact ids in policy_facts.json (F…), the batch facts (B…) or the plan items (P…). */
	facts: string[];
	/** Set when the answer as a whole is weaker than its weakest fact (e.g. one example only). */
	confidence?: Trust;
}

/**
 * Answers written only from the cited facts; where the facts stop, the answer says so and
 * names the office to ask. Hoisted so the data tables can stay at the end of the file.
 */
function faqDrafts(): FaqDraft[] {
	const office = "学校1+X办公室（或教务处）";
	return [
		{
			id: "what-is-1x",
			question: "什么是1+X证书制度？",
			variants: [
				"1+X是什么意思",
				"1+X证书是什么",
				"X证书是什么",
				"学历证书+若干职业技能等级证书",
			],
			answer:
				"“1+X”即“学历证书+若干职业技能等级证书”制度：“1”是学历证书，“X”是若干职业技能等级证书。《国家职业教育改革实施方案》（国发〔2019〕4号，“职教20条”）提出从2019年开始，在职业院校、应用型本科高校启动这一制度试点。院校自愿申报试点，学生自愿参加培训和考核。",
			facts: ["F16", "F11"],
		},
		{
			id: "pilot-documents",
			question: "1+X试点是什么时候开始的？依据哪些文件？",
			variants: [
				"1+X有哪些政策文件",
				"1+X试点方案是哪个文件",
				"职教20条和1+X",
				"1+X什么时候开始",
			],
			answer:
				"主要文件：①《国家职业教育改革实施方案》（国发〔2019〕4号），提出从2019年开始启动试点；②2019年4月教育部、国家发展改革委、财政部、市场监管总局印发《关于在院校实施“学历证书+若干职业技能等级证书”制度试点方案》（教职成〔2019〕6号）；③教育部办公厅等三部门《关于推进1+X证书制度试点工作的指导意见》（教职成厅函〔2019〕19号），要求省级建立试点指导协调机构、试点院校建立由主要负责人牵头的工作机构。新华社2019年2月报道试点计划于2019年3月启动，实际推进与当时的计划有出入。",
			facts: ["F11", "F12", "F13", "F14"],
		},
		{
			id: "evaluation-organisation",
			question: "X证书由谁负责？什么是培训评价组织？",
			variants: [
				"X证书是谁发的",
				"培训评价组织是什么",
				"谁组织X证书考试",
				"X证书发证机构",
			],
			answer:
				"X证书及其标准由职业教育培训评价组织开发，例如2019年3月公布的首批6个证书由5家培训评价组织开发。培训评价组织在省内开展标准宣贯、师资培训、考核等工作，应提前与省级教育行政部门沟通并备案（教职成厅函〔2019〕19号）。人力资源社会保障部、教育部印发的《职业技能等级证书监督管理办法（试行）》明确了各类标准的开发主体。想知道某个证书的培训评价组织，可以问我“××证书是谁发的”。",
			facts: ["B04", "F14", "F15"],
		},
		{
			id: "practice-requirement",
			question: "专业课教师企业实践有什么要求？",
			variants: [
				"教师企业实践要多长时间",
				"5年6个月企业实践",
				"老师每几年要下企业",
				"企业实践规定第四条",
				"企业实践时间要求",
			],
			answer:
				"《职业学校教师企业实践规定》第四条：职业学校专业课教师（含实习指导教师）要根据专业特点，每5年必须累计不少于6个月到企业或生产服务一线实践；没有企业工作经历的新任教师应先实践、再上岗；公共基础课教师也应定期到企业考察、调研和学习。该规定由教育部等七部门于2016年5月联合印发。本系统把6个月折算为180天统计进度，这个折算由学校设定，不是规定原文。",
			facts: ["F01", "F02"],
		},
		{
			id: "practice-new-teacher",
			question: "没有企业工作经历的新老师需要企业实践吗？",
			variants: [
				"新教师企业实践",
				"新入职老师要先下企业吗",
				"公共课老师要企业实践吗",
			],
			answer:
				"需要。《职业学校教师企业实践规定》第四条：没有企业工作经历的新任教师应先实践、再上岗。公共基础课教师也应定期到企业进行考察、调研和学习。专业课教师（含实习指导教师）每5年累计不少于6个月。",
			facts: ["F01"],
		},
		{
			id: "practice-content",
			question: "教师企业实践主要做什么？",
			variants: ["企业实践内容", "下企业实践学什么", "企业实践要完成哪些内容"],
			answer:
				"《职业学校教师企业实践规定》第五条：了解企业的生产组织方式、工艺流程、产业发展趋势等基本情况；熟悉企业相关岗位职责、操作规范、技能要求、用人标准、管理制度、企业文化等；学习所教专业在生产实践中应用的新知识、新技术、新工艺、新材料、新设备、新标准等。",
			facts: ["F03"],
		},
		{
			id: "practice-forms",
			question: "企业实践有哪些形式？",
			variants: [
				"企业实践可以怎么做",
				"考察观摩算企业实践吗",
				"在企业兼职算企业实践吗",
			],
			answer:
				"《职业学校教师企业实践规定》第六条列出的形式：到企业考察观摩、接受企业组织的技能培训、在企业的生产和管理岗位兼职或任职、参与企业产品研发和技术创新等，并鼓励探索多种实现形式。某项活动能否计入本校统计，请向学校人事处确认。",
			askWhere: "学校人事处",
			facts: ["F04"],
		},
		{
			id: "practice-support",
			question: "企业接收教师实践有什么支持政策？",
			variants: [
				"企业接收教师实践能抵税吗",
				"企业实践经费",
				"企业接收老师实践有什么好处",
			],
			answer:
				"规定提出：地方政府部门要研究制定税收优惠、经费投入、表彰奖励等支持政策；企业因接收教师实践所实际发生的有关合理支出，按现行税收法律规定在计算应纳税所得额时扣除。各地的具体政策本资料未收录。",
			askWhere: "当地教育行政部门或税务部门",
			facts: ["F05"],
		},
		{
			id: "double-qualified-document",
			question: "“双师型”教师认定依据什么文件？",
			variants: [
				"双师型教师认定通知",
				"双师型教师是什么",
				"双师型认定文件",
				"双师型教师标准",
				"双师型分几级",
			],
			answer:
				"依据《教育部办公厅关于做好职业教育“双师型”教师认定工作的通知》（教师厅〔2022〕2号，2022年10月25日发布）。通知附件为《职业教育“双师型”教师基本标准（试行）》，分初级、中级、高级三个层次；各省据此制定省级认定标准，例如甘肃省教育厅2023年1月15日印发了本省认定标准（试行）及实施办法。各层次的具体条件本资料未收录，请看本省文件。",
			askWhere: "本省教育厅的“双师型”教师认定标准；学校人事处",
			facts: ["F06", "F10"],
		},
		{
			id: "double-qualified-scope",
			question: "哪些老师可以申请“双师型”教师认定？",
			variants: [
				"双师型认定范围",
				"公共课老师能认定双师型吗",
				"兼职教师能认定双师型吗",
			],
			answer:
				"教师厅〔2022〕2号：认定主要适用于职业学校的专业课教师（含实习指导教师）。公共课教师、校内其他具有教师资格并实际承担教学任务的人员、正式聘任的校外兼职教师，以及其他依法开展职业学校教育的机构中具有教师资格的人员，在符合一定条件的前提下可参照实施。",
			facts: ["F07"],
		},
		{
			id: "double-qualified-standard",
			question: "“双师型”教师认定看哪些条件？",
			variants: [
				"双师型认定条件",
				"双师型教师要求",
				"师德不合格能认定双师型吗",
			],
			answer:
				"教师厅〔2022〕2号：把师德师风作为第一标准，师德考核不合格者在影响期内不得参加认定，已认定的应予撤销；突出对理论教学和实践教学能力的考察，注重教学改革和专业建设实绩；要熟悉行业企业情况，具有相应的专业技能，以及行业企业工作经历或实践经验。初、中、高级各自的具体条件本资料未收录。",
			askWhere: "本省“双师型”教师认定标准；学校人事处",
			facts: ["F08", "F10"],
		},
		{
			id: "double-qualified-process",
			question: "“双师型”教师由谁认定？怎么申报？",
			variants: ["双师型怎么申请", "双师型认定流程", "双师型谁来认定"],
			answer:
				"教师厅〔2022〕2号：省级教育行政部门负责本区域“双师型”教师认定工作的组织领导、统筹协调；认定按个人申报、组织认定等程序进行。本资料中该段原文不完整，申报时间和材料以本省通知和学校安排为准。",
			askWhere: "学校人事处；省级教育行政部门的通知",
			facts: ["F09"],
		},
		{
			id: "credit-bank",
			question: "什么是学分银行？",
			variants: [
				"职业教育学分银行",
				"X证书能换学分吗",
				"学习成果认证积累转换",
				"国家学分银行",
			],
			answer:
				"国发〔2019〕4号提出加快推进职业教育国家“学分银行”建设，从2019年开始探索建立职业教育个人学习账号，实现学习成果可追溯、可查询、可转换。新修订的《职业教育法》自2022年5月1日起施行，第十七条规定国家建立健全各级各类学校教育与职业培训学分、资历以及其他学习成果的认证、积累和转换机制，推进职业教育国家学分银行建设。X证书在本校能否换算学分，请问教务处。",
			askWhere: "学校教务处",
			facts: ["F20", "F21"],
		},
		{
			id: "platform",
			question: "在哪里查询X证书的官方信息？",
			variants: [
				"X证书官网",
				"1+X平台网址",
				"vslc平台",
				"职业技能等级证书信息管理服务平台",
			],
			answer:
				"官方平台是“职业技能等级证书信息管理服务平台”（vslc.ncb.edu.cn，教育部职业技术教育中心研究所）。2026年8月底第三方采集时，平台报告共有1237条证书记录（按证书×等级计），但查询接口不支持翻页。本机器人只收录了其中一部分证书，查不到的证书请到平台核对。",
			facts: ["F18"],
		},
		{
			id: "results",
			question: "X证书考试成绩怎么查？",
			variants: ["1+X成绩查询", "X证书考试结果在哪查", "查X证书成绩"],
			answer:
				"有资料显示，考生可在 www.ncb.edu.cn 门户用准考证号和身份证号查询1+X考核结果，结果含证书名称、等级、分数与是否通过。这一说法只来自一段第三方代码，可信度低，请以学校或培训评价组织的通知为准。",
			askWhere: `${office}；该证书的培训评价组织`,
			facts: ["F19"],
		},
		{
			id: "register",
			question: "怎么报名X证书考试？",
			variants: [
				"X证书怎么报名",
				"1+X考试报名",
				"学生怎么报考X证书",
				"社会考生能考X证书吗",
			],
			answer:
				"X证书通过试点院校报考。以Python程序开发证书的通知为例：院校先在省教育厅开放申报后，到1+X平台（vslc.ncb.edu.cn）申请证书试点，获批后参加考核；考试时，试点院校在报名时间内通过平台选择证书和考试计划完成报名。该证书2022年通知写明面向试点院校学生以及社会考生。学生自愿参加培训和考核。具体报名时间和名额请问学校。",
			askWhere: office,
			facts: ["P02", "P03", "F16"],
		},
		{
			id: "fees",
			question: "考X证书要交多少钱？",
			variants: ["X证书考试费用", "1+X考试收费", "X证书要钱吗", "考证费用多少"],
			answer:
				"没有找到统一的收费规定。目前唯一有据可查的是：中慧集团2022年通知写明Python程序开发证书初、中、高级考核费均为300元/人/次，由各考核站点按协议约定的标准与方式于考试前缴纳。其他证书、其他年份的费用请问学校或该证书的培训评价组织。",
			askWhere: `${office}；该证书的培训评价组织`,
			facts: ["P02"],
			confidence: "medium",
		},
		{
			id: "validity",
			question: "X证书有效期是多久？",
			variants: ["X证书会过期吗", "职业技能等级证书有效期", "X证书长期有效吗"],
			answer:
				"本资料中没有关于X证书有效期的规定，无法给出答案。请以职业技能等级证书信息管理服务平台（vslc.ncb.edu.cn）和该证书培训评价组织的说明为准，或问学校。",
			askWhere: `${office}；vslc.ncb.edu.cn；该证书的培训评价组织`,
			facts: ["F18"],
			confidence: "low",
		},
		{
			id: "how-many",
			question: "X证书一共有多少个？分几批？",
			variants: [
				"有多少个X证书",
				"1+X证书有几批",
				"第三批X证书有哪些",
				"第四批X证书名单",
				"X证书名单",
			],
			answer:
				"据期刊文章转载：首批6个证书（2019年3月公布，5家培训评价组织），第二批10个，第三批76个（2020年6月启动试点）；截至2020年12月分四批共遴选447个。同一文章把第四批印成335个，与总数对不上，可能是笔误（6+10+76+355=447）。第三方解析官方名单得到第三批76行、第四批公示379行，去重后约470个。以上都不是官方统计。本机器人收录了第一、二批名单和部分其他证书，第三、四批完整名单未收录。",
			askWhere: "vslc.ncb.edu.cn；中国职业技术教育网（chinazy.org）公布的名单",
			facts: ["B01", "B02", "B04", "F17"],
		},
		{
			id: "major-catalog",
			question: "职业教育专业目录有多少个专业？",
			variants: [
				"专业目录2021",
				"职业教育专业目录",
				"中职高职有多少专业",
				"专业大类有几个",
			],
			answer:
				"《职业教育专业目录（2021年）》由教育部于2021年3月印发，共1349个专业：中职358个、高职专科744个、高职本科247个，分19个专业大类。本机器人的专业表来自该目录和2025年增补清单，个别专业可能缺失，2022—2024年的增补专业未收录。",
			facts: ["F22"],
		},
		{
			id: "major-certificates-official",
			question: "我的专业对应哪些X证书？官方依据是什么？",
			variants: [
				"专业对应哪些证书",
				"专业和X证书对应表",
				"职业类证书举例",
				"专业简介",
			],
			answer:
				"官方依据是教育部2022年发布的新版《职业教育专业简介》：每个专业有“职业类证书举例”一节，列出对应的职业技能等级证书。例如高职本科310204数字媒体技术列出数字媒体交互设计、数字创意建模、界面设计、虚拟现实应用开发、数字影像处理、新媒体运营。本机器人还没有完整的对应表，推荐时会注明依据（官方文本、证书简介或学校报道），请以专业简介原文为准。",
			askWhere: "教育部网站《职业教育专业简介》；学校教务处",
			facts: ["F23"],
		},
	];
}
