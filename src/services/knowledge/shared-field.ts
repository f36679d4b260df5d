/**
 * The field word a major's name and a certificate's name share (工业机器人技术 ↔ 工业机器人装调 →
 * 工业机器人). Names are cut at broad words (技术, 应用, 智能 …) and joiners; a field is a piece of
 * two characters or more, never one of those words and never a bare modifier such as 工业.
 */

// Words that name no field on their own; names are cut at them.
const BROAD = [
	"数字化",
	"自动化",
	"技术",
	"管理",
	"应用",
	"工程",
	"服务",
	"设计",
	"智能",
	"智慧",
	"数字",
	"信息",
	"现代",
	"运营",
	"运维",
	"开发",
	"系统",
	"科技",
	"分析",
	"处理",
	"操作",
	"维护",
	"维修",
	"检测",
	"编程",
	"装调",
	"测试",
	"运用",
	"集成",
	"建设",
	"制造",
	"加工",
	"生产",
	"产品",
	"企业",
	"专业",
	"综合",
	"平台",
];

// Words that may begin or end a field but are no field on their own (工业互联网 yes, 工业 no).
const MODIFIERS = new Set([
	"工业",
	"电子",
	"商务",
	"数据",
	"网络",
	"设备",
	"安全",
	"控制",
	"制作",
	"计算",
	"利用",
	"资源",
	"调试",
	"优化",
	"治理",
	"特种",
	"移动",
	"开采",
	"运行",
	"质量",
	"城市",
	"检验",
	"评价",
	"航空",
	"机械",
]);

// An occupation's name ends in 工/员/师 (园林绿化工, 工程测量员): the field is what comes before, so
// 化工 does not match 绿化工.
const OCCUPATION_END = /[工员师]$/u;
const JOINERS = "与及和、的（）()·";

// Names repeat across calls (every major against every certificate): their pieces are kept.
const chunkCache = new Map<string, string[]>();
const BROAD_OR_JOINER = new RegExp(
	[...BROAD, ...JOINERS].map((w) => w.replace(/[()]/g, "\\$&")).join("|"),
	"gu",
);

/** The pieces of a name between broad words and joiners (工业机器人技术应用 → 工业机器人). */
export function fieldChunks(name: string): string[] {
	const cached = chunkCache.get(name);
	if (cached) return cached;
	const chunks = name
		.normalize("NFKC")
		.replace(BROAD_OR_JOINER, "|")
		.split("|")
		.filter((c) => [...c].length >= 2);
	if (chunkCache.size < 10_000) chunkCache.set(name, chunks);
	return chunks;
}

// One piece begins or ends the other, and the shorter says something on its own.
function chunkMatch(a: string, b: string): string | null {
	const [short, long] = a.length <= b.length ? [a, b] : [b, a];
	if ([...short].length < 2 || MODIFIERS.has(short)) return null;
	return long.startsWith(short) || long.endsWith(short) ? short : null;
}

function trimJoiners(piece: string): string {
	let out = piece;
	while (out && JOINERS.includes(out[0] ?? "")) out = out.slice(1);
	while (out && JOINERS.includes(out.at(-1) ?? "")) out = out.slice(0, -1);
	return out;
}

/** The longest piece of both names that contains `core`, without joiners at its ends. */
function widen(core: string, majorName: string, certName: string): string {
	const at = majorName.indexOf(core);
	let best = core;
	if (at < 0) return best;
	for (let from = 0; from <= at; from++) {
		for (let to = majorName.length; to >= at + core.length; to--) {
			const piece = majorName.slice(from, to);
			if (piece.length > best.length && certName.includes(piece)) best = piece;
		}
	}
	return trimJoiners(best);
}

/**
 * The field word the two names share, or `null`: a piece of the major's name between broad
 * words that begins or ends such a piece of the certificate's name (护理 ↔ 母婴护理, 数控 ↔
 * 数控车铣加工), widened to what both names spell alike (工业机器人技术 ↔ 工业机器人装调 → 工业机器人).
 */
export function sharedField(
	majorName: string,
	certName: string,
): string | null {
	const major = majorName.normalize("NFKC");
	const cert = certName.normalize("NFKC");
	let best: string | null = null;
	for (const m of fieldChunks(major)) {
		for (const c of fieldChunks(cert).map((p) =>
			p.replace(OCCUPATION_END, ""),
		)) {
			const core = chunkMatch(m, c);
			if (core === null) continue;
			const word = widen(core, major, cert);
			if (best === null || word.length > best.length) best = word;
		}
	}
	return best;
}
