import { describe, expect, it } from "vitest";
import { sourceFromText } from "../../src/core/source-text.js";

const stamp = { by: "console:admin", date: "2026-12-01" };

describe("sourceFromText", () => {
	it("splits a title and an address, and notes who entered it", () => {
		expect(
			sourceFromText("第四批名单 https://example.edu.cn/4.html", stamp),
		).toEqual({
			ok: true,
			source: {
				title: "第四批名单",
				url: "https://example.edu.cn/4.html",
				trust: "medium",
				note: "2026-12-01 由 console:admin 录入",
			},
		});
	});

	it.each([
		"本校清单 http://x",
		"本校清单 https://学校/通知",
		"https://localhost/a",
		"通知 https://",
	])("refuses the half-typed address in %s", (raw) => {
		expect(sourceFromText(raw, stamp)).toEqual({
			ok: false,
			reason: "bad-url",
		});
	});

	it("keeps a Chinese domain name and a bare address as its own title", () => {
		const cn = sourceFromText("通知 https://教育部.中国/tz", stamp);
		expect(cn.ok && cn.source.url).toBe("https://xn--wcvs22dzol.xn--fiqs8s/tz");
		const bare = sourceFromText("https://www.moe.gov.cn/a.html", stamp);
		expect(bare.ok && bare.source.title).toBe("www.moe.gov.cn");
	});
});
