import { describe, expect, it } from "vitest";
import {
	createButtonTokens,
	decodeButton,
} from "../../../src/adapters/discord/buttons.js";
import {
	type DiscordMessage,
	embedLength,
	messageProblems,
	splitText,
} from "../../../src/adapters/discord/limits.js";
import { renderReply } from "../../../src/adapters/discord/render.js";
import {
	type Block,
	choices,
	fields,
	file,
	heading,
	reply,
	text,
} from "../../../src/core/reply.js";

function render(blocks: Block[]): DiscordMessage[] {
	const messages = renderReply(reply(blocks), {
		locale: "zh-CN",
		tokens: createButtonTokens(),
	});
	for (const m of messages) expect(messageProblems(m)).toEqual([]);
	return messages;
}

const buttons = (m: DiscordMessage | undefined) =>
	(m?.components ?? []).map((row) => row.components.length);

describe("renderReply", () => {
	it("splits a 5,000-character answer into messages of at most 2,000, losing nothing", () => {
		const line = "这是一行比较长的回答内容，用来测试拆分。\n";
		const answer = line.repeat(Math.ceil(5000 / line.length)).slice(0, 5000);
		const messages = render([text(answer)]);
		expect(messages.length).toBe(3);
		for (const m of messages)
			expect(m.content?.length).toBeLessThanOrEqual(2000);
		expect(
			messages
				.map((m) => m.content)
				.join("\n")
				.replace(/\n/g, ""),
		).toBe(answer.replace(/\n/g, ""));
	});

	it("cuts text without line breaks and never splits a surrogate pair", () => {
		const pieces = splitText("😀".repeat(1500), 2000);
		expect(
			pieces.every((p) => p.length <= 2000 && !/^[\uDC00-\uDFFF]/.test(p)),
		).toBe(true);
		expect(pieces.join("")).toBe("😀".repeat(1500));
	});

	it("spreads 30 fields over embeds of at most 25, in order", () => {
		const items = Array.from({ length: 30 }, (_, i) => ({
			label: `字段${i + 1}`,
			value: `值${i + 1}`,
		}));
		const [message, ...rest] = render([heading("三十个字段"), fields(items)]);
		expect(rest).toEqual([]);
		const embeds = message?.embeds ?? [];
		expect(embeds.map((e) => e.fields?.length)).toEqual([25, 5]);
		expect(embeds[0]?.title).toBe("三十个字段");
		expect(embeds.flatMap((e) => e.fields ?? []).map((f) => f.name)).toEqual(
			items.map((i) => i.label),
		);
	});

	it("keeps every embed limit: long title, empty and long field values, 6,000 per message", () => {
		const messages = render([
			heading("标".repeat(300)),
			fields([
				{ label: "", value: "" },
				{ label: "长值", value: "值".repeat(3000) },
			]),
			...Array.from({ length: 8 }, () => text("段".repeat(4000))),
		]);
		const embeds = messages.flatMap((m) => m.embeds);
		expect(embeds[0]?.title?.length).toBe(256);
		const fieldsOut = embeds.flatMap((e) => e.fields ?? []);
		expect(fieldsOut[0]).toMatchObject({ name: "—", value: "—" });
		expect(fieldsOut.filter((f) => f.name.startsWith("长值")).length).toBe(3);
		for (const m of messages)
			expect(
				m.embeds.reduce((s, e) => s + embedLength(e), 0),
			).toBeLessThanOrEqual(6000);
		expect(messages.length).toBeGreaterThan(4);
	});

	it("puts 8 choices in rows of 5 and 3 under the prompt", () => {
		const items = Array.from({ length: 8 }, (_, i) => ({
			label: `选项${i}`,
			command: `/cert c${i}`,
		}));
		const [message] = render([choices(items, "选一个：")]);
		expect(message?.content).toBe("选一个：");
		expect(buttons(message)).toEqual([5, 3]);
	});

	it("puts 12 choices in three rows and 30 choices over two messages", () => {
		const make = (n: number) =>
			Array.from({ length: n }, (_, i) => ({
				label: `${i}`,
				command: `/x ${i}`,
			}));
		expect(buttons(render([choices(make(12))])[0])).toEqual([5, 5, 2]);
		const many = render([text("很多"), choices(make(30))]);
		expect(many.map(buttons)).toEqual([[5, 5, 5, 5, 5], [5]]);
	});

	it("carries long commands as tokens that decode back, and keeps ids unique", () => {
		const tokens = createButtonTokens();
		const long = `/cert ${"很长".repeat(60)}`;
		const [message] = renderReply(
			reply([
				choices([
					{ label: "一".repeat(100), command: long },
					{ label: "二", command: "/help" },
					{ label: "三", command: "/help" },
				]),
			]),
			{ locale: "zh-CN", tokens },
		);
		const row = message?.components[0]?.components ?? [];
		const ids = row.map((b) => ("custom_id" in b ? b.custom_id : ""));
		expect(new Set(ids).size).toBe(3);
		expect(ids.every((id) => id.length <= 100)).toBe(true);
		expect(row[0] && "label" in row[0] ? row[0].label?.length : 0).toBe(80);
		expect(decodeButton(ids[0] ?? "", tokens)).toEqual({ command: long });
		expect(decodeButton(ids[2] ?? "", tokens)).toEqual({ command: "/help" });
		expect(decodeButton("0|~zzz", tokens)).toEqual({ expired: true });
		expect(decodeButton("something-else", tokens)).toBeUndefined();
	});

	it("sends files as attachments with the caption as text", () => {
		const [message] = render([
			file("records.csv", "text/csv", "a,b\n", "你的记录"),
		]);
		expect(message?.files.map((f) => [f.name, f.data.toString()])).toEqual([
			["records.csv", "a,b\n"],
		]);
		expect(message?.content).toBe("你的记录");
	});

	it("never produces an empty message", () => {
		const [message] = render([]);
		expect(message?.content).toBe("好的。");
	});
});
