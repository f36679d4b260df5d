import { describe, expect, it } from "vitest";
import {
	formatNumber,
	progressBar,
	renderText,
} from "../../src/core/render-text.js";
import {
	fields,
	heading,
	list,
	progress,
	reply,
} from "../../src/core/reply.js";

describe("progressBar", () => {
	it("is full and says 100% only when the target is met", () => {
		expect(progressBar(359.96, 360)).toBe("▓▓▓▓▓▓▓▓▓░ 99%");
		expect(progressBar(176, 180)).toBe("▓▓▓▓▓▓▓▓▓░ 97%");
		expect(progressBar(360, 360)).toBe("▓▓▓▓▓▓▓▓▓▓ 100%");
		expect(progressBar(400, 360)).toBe("▓▓▓▓▓▓▓▓▓▓ 100%");
		expect(progressBar(0, 0)).toBe("░░░░░░░░░░ 0%");
	});
});

describe("formatNumber", () => {
	it("keeps two decimals and drops trailing zeros", () => {
		expect(formatNumber(159.96)).toBe("159.96");
		expect(formatNumber(3.5)).toBe("3.5");
		expect(formatNumber(0.04)).toBe("0.04");
		expect(formatNumber(72)).toBe("72");
	});
});

describe("renderText", () => {
	it("renders every block as plain text", () => {
		const text = renderText(
			reply([
				heading("进度"),
				fields([{ label: "院系", value: "信息工程学院" }]),
				list(["a", "b"], true),
				progress("企业实践", 72, 180, "天"),
			]),
		);
		expect(text).toBe(
			"【进度】\n\n院系：信息工程学院\n\n1. a\n2. b\n\n企业实践\n▓▓▓▓░░░░░░ 40%（72/180 天）",
		);
	});
});
