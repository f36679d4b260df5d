import { describe, expect, it } from "vitest";
import { parseCsv } from "../../helpers/parse-csv.js";
import {
	STUDENT,
	T1,
	T2,
	trainingDialogue,
} from "../../helpers/training-dialogue.js";
import { ADMIN } from "../../helpers/training-fixtures.js";

describe("/export", () => {
	it("sends one's records as a CSV file with BOM and Chinese headers that parses back", async () => {
		const { say, training } = await trainingDialogue();
		await say(T1, '/log training 2.5 「数控, 编程 "进阶"」 2026-07-01');
		await say(
			T1,
			'/log practice 2026-07-01 2026-08-31 "某公司,分厂" 含"引号"的备注',
		);
		await say(T1, "/log training 1 =SUM(A1) 2026-07-02");
		await say(T2, "/log training 3 李老师的培训 2026-07-02");
		const a = await say(T1, "/导出");
		expect(a.private).toBe(true);
		const [f] = a.files;
		expect(f?.name).toBe("training-2026-11-28.csv");
		expect(f?.mime).toBe("text/csv");
		const csv = f?.content ?? "";
		expect(csv.startsWith("\uFEFF编号,教师账号,姓名,院系,类型")).toBe(true);
		expect(csv.endsWith("\r\n")).toBe(true);
		const [header, ...rows] = parseCsv(csv.slice(1));
		expect(header).toEqual([
			"编号",
			"教师账号",
			"姓名",
			"院系",
			"类型",
			"日期",
			"结束日期",
			"学时",
			"天数",
			"培训内容",
			"实践企业",
			"备注",
			"登记时间",
			"修改时间",
			"重叠天数",
			"计入天数",
			"重叠记录",
		]);
		expect(rows).toHaveLength(3);
		const stored = await training.records({ key: T1, role: "teacher" }, T1);
		for (const row of rows) {
			const cell = (name: string) => row[header?.indexOf(name) ?? -1];
			const r = stored.find((s) => s.id === cell("编号"));
			expect(r, `row ${row.join("|")}`).toBeDefined();
			if (!r) continue;
			expect(cell("教师账号")).toBe(T1);
			expect(cell("姓名")).toBe("张老师");
			expect(cell("院系")).toBe("机电工程系");
			// Logged at 02:00 UTC: 10:00 in Asia/Shanghai, the configured zone.
			expect(r.createdAt).toBe("2026-11-28T02:00:00.000Z");
			expect(cell("登记时间")).toBe("2026-11-28 10:00");
			expect(cell("修改时间")).toBe("");
			if (r.kind === "training") {
				expect(cell("类型")).toBe("培训");
				expect(cell("日期")).toBe(r.date);
				expect(Number(cell("学时"))).toBe(r.hours);
				// Formula-looking text is defused for spreadsheets, otherwise unchanged.
				expect(cell("培训内容")).toBe(
					r.title.startsWith("=") ? `'${r.title}` : r.title,
				);
			} else {
				expect(cell("类型")).toBe("企业实践");
				expect([cell("日期"), cell("结束日期")]).toEqual([r.start, r.end]);
				expect(cell("天数")).toBe("62");
				expect(cell("实践企业")).toBe(r.enterprise);
				expect(cell("备注")).toBe(r.note);
			}
		}
		expect(rows.map((r) => r[9])).toContain('数控, 编程 "进阶"');
	});

	it("marks overlapping practice days so the counted days sum to /progress", async () => {
		const { say, training } = await trainingDialogue();
		await say(T1, "/log practice 2026-07-01 2026-07-31 甲公司");
		await say(T1, "/log practice 2026-07-20 2026-08-09 乙公司");
		await say(T1, "/log practice 2026-07-25 2026-07-28 丙公司");
		const csv = (await say(T1, "/export")).files[0]?.content ?? "";
		const [header, ...rows] = parseCsv(csv.slice(1));
		const col = (row: string[], name: string) =>
			row[header?.indexOf(name) ?? -1];
		const byId = new Map(rows.map((r) => [col(r, "编号"), r]));
		const cells = ["1", "2", "3"].map((id) => {
			const row = byId.get(id) ?? [];
			return [
				col(row, "天数"),
				col(row, "重叠天数"),
				col(row, "计入天数"),
				col(row, "重叠记录"),
			];
		});
		expect(cells).toEqual([
			["31", "0", "31", "#2 #3"],
			["21", "12", "9", "#1 #3"],
			["4", "4", "0", "#1 #2"],
		]);
		const counted = rows.reduce(
			(sum, r) => sum + Number(col(r, "计入天数") || 0),
			0,
		);
		expect(counted).toBe(
			(await training.progress(T1, "2026-11-28")).practice.done,
		);
	});

	it("writes the time of a change in the configured zone, across midnight", async () => {
		const { say, clock } = await trainingDialogue();
		await say(T1, "/log training 8 数控编程 2026-07-01");
		clock.advance((15 * 60 + 40) * 60_000); // 17:40 UTC = 01:40 the next day in Shanghai
		await say(T1, "/edit 1 hours 6");
		const [header, row] = parseCsv(
			((await say(T1, "/export")).files[0]?.content ?? "").slice(1),
		);
		const cell = (name: string) => row?.[header?.indexOf(name) ?? -1];
		expect(cell("登记时间")).toBe("2026-11-28 10:00");
		expect(cell("修改时间")).toBe("2026-11-29 01:40");
	});

	it("exports everyone's records for admins only", async () => {
		const { say } = await trainingDialogue();
		await say(T1, "/log training 8 数控编程 2026-07-01");
		await say(T2, "/log training 3 李老师的培训 2026-07-02");
		expect((await say(T1, "/export all")).text).toContain("只对管理员开放");
		const a = await say(ADMIN, "/导出 全部");
		expect(a.private).toBe(true);
		const rows = parseCsv((a.files[0]?.content ?? "").slice(1));
		expect(rows.slice(1).map((r) => r[1])).toEqual([T1, T2]);
	});

	it("is not open to students", async () => {
		const { say } = await trainingDialogue();
		expect((await say(STUDENT, "/export")).text).toContain("只对教师开放");
	});
});
