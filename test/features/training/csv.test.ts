import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "../../../src/features/training/csv.js";
import { parseCsv } from "../../helpers/parse-csv.js";

describe("CSV", () => {
	it("quotes commas, quotes and line breaks", () => {
		expect(csvCell("a,b")).toBe('"a,b"');
		expect(csvCell('say "hi"')).toBe('"say ""hi"""');
		expect(csvCell("two\nlines")).toBe('"two\nlines"');
		expect(csvCell("普通")).toBe("普通");
		expect(csvCell(2.5)).toBe("2.5");
		expect(csvCell(undefined)).toBe("");
	});

	it("defuses text a spreadsheet would run as a formula", () => {
		expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
		expect(csvCell("+1")).toBe("'+1");
		expect(csvCell("@cmd")).toBe("'@cmd");
	});

	it("starts with a BOM, ends lines with CRLF and parses back", () => {
		const rows = [
			["编号", "内容"],
			["1", '数控, "进阶"\r\n第二行'],
		];
		const csv = toCsv(rows);
		expect(csv.startsWith("\uFEFF")).toBe(true);
		expect(parseCsv(csv.slice(1))).toEqual(rows);
	});
});
