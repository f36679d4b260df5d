import { describe, expect, it } from "vitest";
import writeXlsxFile from "write-excel-file/node";
import { readImportTable } from "../../../src/features/knowledge/import/read-table.js";
import { validateRows } from "../../../src/features/knowledge/import/validate-rows.js";

const utf8 = (s: string) => new TextEncoder().encode(s);
const withBom = (s: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(s)]);
/** GBK bytes of a short Chinese table, as Excel on Chinese Windows saves "CSV". */
const gbk = (s: string) => {
	const table: Record<string, number[]> = {
		序: [0xd0, 0xf2],
		号: [0xba, 0xc5],
		证: [0xd6, 0xa4],
		书: [0xca, 0xe9],
		名: [0xc3, 0xfb],
		称: [0xb3, 0xc6],
		培: [0xc5, 0xe0],
		训: [0xd1, 0xb5],
		评: [0xc6, 0xc0],
		价: [0xbc, 0xdb],
		组: [0xd7, 0xe9],
		织: [0xd6, 0xaf],
		老: [0xc0, 0xcf],
		年: [0xc4, 0xea],
		照: [0xd5, 0xd5],
		护: [0xbb, 0xa4],
		某: [0xc4, 0xb3],
	};
	const out: number[] = [];
	for (const ch of s) {
		const code = table[ch];
		if (code) out.push(...code);
		else if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
		else throw new Error(`no GBK code for ${ch} in this table`);
	}
	return new Uint8Array(out);
};

async function rowsOf(bytes: Uint8Array) {
	const result = await readImportTable(bytes);
	if (!result.ok) throw new Error(`refused: ${result.problem.code}`);
	return result.table;
}

describe("reading an official list", () => {
	it("reads UTF-8 with and without a BOM, and GBK, to the same rows", async () => {
		const csv = "序号,证书名称,培训评价组织\n1,老年照护,某组织\n";
		const plain = await rowsOf(utf8(csv));
		const bom = await rowsOf(withBom(csv));
		const fromGbk = await rowsOf(gbk(csv));
		expect(plain.format).toBe("CSV (utf-8)");
		expect(bom.format).toBe("CSV (utf-8 (BOM))");
		expect(fromGbk.format).toBe("CSV (gbk)");
		for (const t of [plain, bom, fromGbk])
			expect(t.rows).toEqual([
				{
					line: 2,
					cells: { number: "1", name: "老年照护", organisation: "某组织" },
				},
			]);
	});

	it("reads UTF-16 with a BOM (Excel's Unicode text, tab-separated)", async () => {
		const text = "证书名称\t培训评价组织\n老年照护\t某组织\n";
		const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, "utf16le")]);
		const t = await rowsOf(bytes);
		expect(t.format).toBe("CSV (utf-16le)");
		expect(t.rows[0]?.cells).toEqual({
			name: "老年照护",
			organisation: "某组织",
		});
	});

	it("takes the columns in any order, under either name header, below a title row", async () => {
		const csv =
			"第四批职业技能等级证书名单,,,\n,,,\n来源,培训评价组织,职业技能等级证书名称,序号\n名单 https://example.edu.cn/4.html,某组织,老年照护,1\n";
		const t = await rowsOf(utf8(csv));
		expect(t.headerLine).toBe(3);
		expect(t.rows).toEqual([
			{
				line: 4,
				cells: {
					source: "名单 https://example.edu.cn/4.html",
					organisation: "某组织",
					name: "老年照护",
					number: "1",
				},
			},
		]);
	});

	it("keeps quoted commas, quotes and line breaks, and numbers rows by their first line", async () => {
		const csv =
			'证书名称,培训评价组织,简介\r\n"甲,乙",组织,"第一行\r\n第二行 ""引号"""\r\n丙,组织,\r\n';
		const t = await rowsOf(utf8(csv));
		expect(t.rows.map((r) => [r.line, r.cells.name])).toEqual([
			[2, "甲,乙"],
			[4, "丙"],
		]);
		expect(t.rows[0]?.cells.description).toBe('第一行\n第二行 "引号"');
	});

	it("refuses an empty file, a header only, no header and no organisation column, each with its reason", async () => {
		const code = async (bytes: Uint8Array) => {
			const r = await readImportTable(bytes);
			return r.ok ? "ok" : `${r.problem.code}@${r.problem.line ?? "-"}`;
		};
		expect(await code(new Uint8Array())).toBe("knowledge.import_empty@-");
		expect(await code(utf8("\n\n , ,\n"))).toBe("knowledge.import_empty@-");
		expect(await code(withBom("序号,证书名称,培训评价组织\r\n"))).toBe(
			"knowledge.import_header_only@1",
		);
		expect(await code(utf8("a,b,c\n1,2,3\n"))).toBe(
			"knowledge.import_no_header@-",
		);
		// Big5 (traditional Chinese) is neither UTF-8 nor GBK: the header cannot be found, and
		// the message says how the file was read.
		const big5 = await readImportTable(
			new Uint8Array([
				0xc3, 0xd2, 0xae, 0xd1, 0xa6, 0x57, 0xba, 0xd9, 0x2c, 0x61, 0x0a,
			]),
		);
		expect(big5).toMatchObject({
			ok: false,
			problem: {
				code: "knowledge.import_no_header",
				params: { format: "CSV (gbk)" },
			},
		});
		expect(await code(utf8("证书名称,等级\n老年照护,初级\n"))).toBe(
			"knowledge.import_no_org_column@1",
		);
		expect(await code(utf8('证书名称,培训评价组织\n"老年照护,x\n'))).toBe(
			"knowledge.import_unclosed_quote@2",
		);
		expect(
			await code(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1])),
		).toBe("knowledge.import_old_excel@-");
	});
});

describe("checking rows", () => {
	const stamp = { by: "cli:office", date: "2026-12-01" };
	const table = async (csv: string) => (await rowsOf(utf8(csv))).rows;

	it.each(["+cmd|' /C calc'!A0", "@SUM(1,2)", "-2+3", " =1+1"])(
		"refuses a cell Excel would read as a formula: %s",
		async (cell) => {
			const csv = `序号,证书名称,培训评价组织,来源\n1,"${cell}",组织,名单\n2,老年照护,"${cell}",名单\n`;
			const { rows, problems } = validateRows(
				await table(csv),
				undefined,
				stamp,
			);
			expect(problems.map((p) => [p.line, p.code])).toEqual([
				[2, "knowledge.import_formula"],
				[3, "knowledge.import_formula"],
			]);
			expect(rows).toEqual([]);
		},
	);

	it("keeps names and organisations that only contain a plus or a dash", async () => {
		const csv =
			"序号,证书名称,培训评价组织,来源\n1,1+X 母婴护理,中国-东盟中心,名单\n2,老年照护,-,名单\n";
		const { rows, problems } = validateRows(await table(csv), undefined, stamp);
		expect(problems).toEqual([]);
		expect(rows.map((r) => [r.name, r.organisation])).toEqual([
			["1+X 母婴护理", "中国-东盟中心"],
			["老年照护", "-"],
		]);
	});

	it("names the line and reason of a formula, an empty name, a 2,000-character name, a bad level and a missing source", async () => {
		const csv = [
			"序号,证书名称,培训评价组织,等级,来源",
			'1,"=HYPERLINK(""x"")",组织,初级,名单',
			"2,,组织,初级,名单",
			`3,${"长".repeat(2000)},组织,初级,名单`,
			"4,老年照护,组织,专家级,名单",
			"5,母婴护理,组织,初级,",
			"6,育婴,组织,constructor,名单",
			"7,智能财税职业技能等级证书,组织,初级、中级,名单 https://example.edu.cn/a",
		].join("\n");
		const { rows, problems } = validateRows(
			await table(csv),
			undefined,
			stamp,
			{
				name: "证书名称",
			},
		);
		expect(problems.map((p) => [p.line, p.code])).toEqual([
			[2, "knowledge.import_formula"],
			[3, "knowledge.import_name_empty"],
			[4, "knowledge.import_name_too_long"],
			[5, "knowledge.import_bad_level"],
			[6, "knowledge.import_no_source"],
			[7, "knowledge.import_bad_level"],
		]);
		expect(problems[0]?.params).toMatchObject({ column: "证书名称" });
		expect(problems[2]?.params).toEqual({ length: 2000, max: 60 });
		expect(rows).toEqual([
			{
				line: 8,
				name: "智能财税",
				organisation: "组织",
				levels: ["初级", "中级"],
				description: null,
				source: {
					title: "名单",
					url: "https://example.edu.cn/a",
					trust: "medium",
					note: "2026-12-01 由 cli:office 录入",
				},
			},
		]);
	});

	it("uses --source for rows without a 来源 cell", async () => {
		const { rows, problems } = validateRows(
			await table("证书名称,培训评价组织\n老年照护,组织\n"),
			"第四批名单 https://example.edu.cn/4",
			stamp,
		);
		expect(problems).toEqual([]);
		expect(rows[0]?.source).toMatchObject({
			title: "第四批名单",
			url: "https://example.edu.cn/4",
		});
	});
});

describe("XLSX", () => {
	it("reads a workbook written by write-excel-file: title row, reordered columns, numbers and a formula", async () => {
		const cell = (value: string) => ({ value });
		const buffer = await writeXlsxFile([
			[cell("第四批名单")],
			[cell("培训评价组织"), cell("证书名称"), cell("序号"), cell("来源")],
			[
				cell("某组织"),
				cell("老年照护"),
				{ type: Number, value: 1 },
				cell("名单"),
			],
			[
				cell("某组织"),
				{ type: "Formula", value: '=B3&"（高级）"' },
				{ type: Number, value: 2 },
				cell("名单"),
			],
		]).toBuffer();
		const t = await rowsOf(new Uint8Array(buffer));
		expect(t.format).toMatch(/^XLSX \(/);
		expect(t.headerLine).toBe(2);
		expect(t.rows[0]).toEqual({
			line: 3,
			cells: {
				organisation: "某组织",
				name: "老年照护",
				number: "1",
				source: "名单",
			},
		});
		// Written by a script, the formula has no saved value: the row is named, not guessed.
		const { problems } = validateRows(t.rows, undefined, {
			by: "cli:office",
			date: "2026-12-01",
		});
		expect(problems).toEqual([
			{ line: 4, code: "knowledge.import_name_empty", params: {} },
		]);
	});
});

describe("a 50,000-row file", () => {
	it("is read and checked well within a few seconds", async () => {
		const lines = ["序号,证书名称,培训评价组织,等级,来源"];
		for (let i = 1; i <= 50_000; i++)
			lines.push(
				`${i},测试证书${i},某培训评价组织${i % 300},初级/中级,名单 ${i}`,
			);
		const bytes = utf8(lines.join("\r\n"));
		const started = performance.now();
		const t = await rowsOf(bytes);
		const { rows, problems } = validateRows(t.rows, undefined, {
			by: "cli:office",
			date: "2026-12-01",
		});
		const ms = performance.now() - started;
		expect(problems).toEqual([]);
		expect(rows).toHaveLength(50_000);
		expect(rows.at(-1)?.line).toBe(50_001);
		// A generous bound for a shared machine; `npx tsx bench/knowledge-import.ts` prints the figure.
		expect(ms).toBeLessThan(10_000);
	});
});
