import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { runConsole } from "../../src/adapters/console.js";
import { createTestClient } from "../helpers/test-client.js";

async function converse(
	lines: string[],
	options: { interactive?: boolean; user?: string } = {},
) {
	const bot = await createTestClient();
	await bot.grant("console:t1", "teacher");
	const input = new PassThrough();
	const output = new PassThrough();
	let printed = "";
	output.on("data", (d: Buffer) => {
		printed += d.toString("utf8");
	});
	const filesDir = await mkdtemp(join(tmpdir(), "onex-files-"));
	const done = runConsole({
		dispatcher: bot.dispatcher,
		input,
		output,
		user: options.user ?? "local",
		locale: "zh-CN",
		json: false,
		interactive: options.interactive ?? false,
		filesDir,
	});
	input.end(`${lines.join("\n")}\n`);
	await done;
	return { printed, filesDir };
}

describe("runConsole", () => {
	it("runs the choice whose number is typed, as pressing its button would", async () => {
		const { printed } = await converse(["/cert 数据", "2"]);
		const choice = /2\) (\S+)\s+→ \/cert (c\d+)/.exec(printed);
		expect(choice).not.toBeNull();
		expect(printed).toContain(`【${choice?.[1]}】`);
	});

	it("pages through records when `next` is typed", async () => {
		const lines = Array.from(
			{ length: 22 },
			(_, i) =>
				`/log training 1 培训${i} 2026-07-${String(i + 1).padStart(2, "0")}`,
		);
		const { printed } = await converse([...lines, "/records", "next"], {
			user: "t1",
		});
		expect(printed).toContain("第 1/2 页");
		expect(printed).toContain("第 2/2 页");
		expect(printed).toContain("#1 2026-07-01 培训 1 学时：培训0");
	});

	it("greets and prompts on a terminal", async () => {
		const { printed } = await converse(["/help"], { interactive: true });
		expect(printed.startsWith("1+X 证书助手 · 控制台")).toBe(true);
		expect(printed).toContain("> ");
		expect(printed).toContain("【1+X 证书助手】");
	});

	it("saves a file reply to disk and says where", async () => {
		const { printed, filesDir } = await converse(
			["/log training 3 培训 2026-11-01", "/export"],
			{ user: "t1" },
		);
		const path = /→ (\S+\.csv)/.exec(printed)?.[1];
		expect(path?.startsWith(filesDir)).toBe(true);
		const csv = await readFile(path as string, "utf8");
		expect(csv.startsWith("\uFEFF编号")).toBe(true);
		expect(csv).toContain("培训");
		await rm(filesDir, { recursive: true, force: true });
	});
});
