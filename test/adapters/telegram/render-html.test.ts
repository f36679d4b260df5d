import { describe, expect, it } from "vitest";
import {
	escapeHtml,
	keyboardRows,
	renderHtml,
} from "../../../src/adapters/telegram/render-html.js";
import { ChoiceTokens } from "../../../src/core/choice-tokens.js";
import {
	choices,
	fields,
	heading,
	progress,
	reply,
	text,
} from "../../../src/core/reply.js";
import { visible } from "../../helpers/telegram-html-check.js";

const options = () => ({
	tokens: new ChoiceTokens(64),
	locale: "zh-CN" as const,
});

describe("Reply → Telegram HTML", () => {
	it("escapes & < > in every piece of text", () => {
		const out = renderHtml(
			reply([
				heading("Web前端开发 <初级>"),
				fields([{ label: "A&B <组织>", value: "x > y & z" }]),
				text("<script>alert(1)</script>"),
			]),
			options(),
		);
		expect(out.chunks).toHaveLength(1);
		const html = out.chunks[0] ?? "";
		expect(html).toContain("<b>Web前端开发 &lt;初级&gt;</b>");
		expect(html).toContain("<b>A&amp;B &lt;组织&gt;</b>：x &gt; y &amp; z");
		expect(visible(html)).toContain("<script>alert(1)</script>");
	});

	it("escapes & before anything else, so nothing is escaped twice", () => {
		expect(escapeHtml("&lt; <")).toBe("&amp;lt; &lt;");
		expect(escapeHtml("\u202E王五\u2066<x>\u2069")).toBe("王五&lt;x&gt;");
	});

	it("shows progress as a bar in <code>", () => {
		const html = renderHtml(
			reply([progress("企业实践", 45, 180, "天")]),
			options(),
		).chunks[0];
		expect(html).toBe("企业实践\n<code>▓▓░░░░░░░░ 25%</code>（45/180 天）");
	});

	it("splits a 10,000-character answer at line boundaries, every chunk valid", () => {
		const lines = Array.from(
			{ length: 400 },
			(_, i) =>
				`第${String(i).padStart(3, "0")}行 <初级> & 说明文字说明文字说明文字`,
		);
		const body = lines.join("\n");
		expect(body.length).toBeGreaterThan(10_000);
		const out = renderHtml(
			reply([heading("很长的回答"), text(body)]),
			options(),
		);
		expect(out.chunks.length).toBeGreaterThanOrEqual(3);
		const texts = out.chunks.map(visible);
		for (const t of texts) expect(t.length).toBeLessThanOrEqual(4096);
		// Nothing lost, nothing cut inside a line.
		expect(texts.join("\n")).toBe(`很长的回答\n\n${body}`);
	});

	it("cuts a single line longer than the limit without cutting tags or characters", () => {
		const line = "前端开发<初级>&".repeat(1200); // 12,000 characters, no line break
		const out = renderHtml(reply([heading(line)]), options());
		const texts = out.chunks.map(visible);
		for (const t of texts) expect(t.length).toBeLessThanOrEqual(4096);
		expect(texts.join("")).toBe(line);
		for (const html of out.chunks) expect(html).toMatch(/^<b>[\s\S]*<\/b>$/);
	});

	it("never splits a surrogate pair", () => {
		const line = `a${"😀".repeat(3000)}`;
		const out = renderHtml(reply([text(line)]), {
			...options(),
			maxLength: 101,
		});
		for (const c of out.chunks)
			expect(c).not.toMatch(/[\ud800-\udbff]$|^[\udc00-\udfff]/);
		expect(out.chunks.join("")).toBe(line);
	});

	it("drops blank chunks Telegram would refuse as empty", () => {
		expect(renderHtml(reply([text("  \n \n")]), options()).chunks).toEqual([]);
	});

	it("turns choices into buttons whose callback data fits 64 bytes, Chinese included", () => {
		const tokens = new ChoiceTokens(64);
		const long =
			"/证书 对口专业 软件技术 计算机应用技术 云计算技术应用 大数据技术";
		expect(Buffer.byteLength(long)).toBeGreaterThan(64);
		const out = renderHtml(
			reply([
				choices(
					[
						{ label: "考试时间", command: "/exam 前端" },
						{ label: "对口专业", command: long },
					],
					"接下来：",
				),
			]),
			{ tokens, locale: "zh-CN" },
		);
		const buttons = out.keyboard?.inline_keyboard.flat() ?? [];
		expect(buttons).toHaveLength(2);
		for (const b of buttons) {
			const data = "callback_data" in b ? b.callback_data : "";
			expect(Buffer.byteLength(data)).toBeGreaterThan(0);
			expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
		}
		const second = buttons[1];
		const data =
			second && "callback_data" in second ? second.callback_data : "";
		expect(tokens.decode(data)).toBe(long);
		expect(out.chunks).toEqual(["接下来："]);
	});

	it("shows at most 8 buttons and lists the rest as commands to type", () => {
		const many = Array.from({ length: 10 }, (_, i) => ({
			label: `证书${i}`,
			command: `/cert c${i}`,
		}));
		const out = renderHtml(reply([choices(many)]), options());
		expect(out.keyboard?.inline_keyboard.flat()).toHaveLength(8);
		const shown = visible(out.chunks[0] ?? "");
		expect(shown).toContain("/cert c8");
		expect(shown).toContain("/cert c9");
		expect(shown).not.toContain("/cert c7");
	});

	it("gives a keyboard without text a short prompt, since Telegram needs text", () => {
		const out = renderHtml(
			reply([choices([{ label: "是", command: "/yes" }])]),
			options(),
		);
		expect(out.chunks).toEqual(["请选择："]);
	});

	it("lays buttons out in rows of two or three", () => {
		const sizes = (n: number) =>
			keyboardRows(Array.from({ length: n })).map((r) => r.length);
		expect(sizes(2)).toEqual([2]);
		expect(sizes(4)).toEqual([2, 2]);
		expect(sizes(5)).toEqual([3, 2]);
		expect(sizes(7)).toEqual([3, 2, 2]);
		expect(sizes(8)).toEqual([3, 3, 2]);
	});
});
