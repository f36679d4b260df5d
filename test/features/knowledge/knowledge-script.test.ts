import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import writeXlsxFile from "write-excel-file/node";
import { runKnowledgeScript } from "../../../scripts/knowledge.js";
import { openApp } from "../../../src/app.js";
import { loadConfig } from "../../../src/config.js";
import { renderText } from "../../../src/core/render-text.js";
import {
	inboxDir,
	processInbox,
	watchInbox,
} from "../../../src/features/knowledge/layer/inbox.js";
import { loadKnowledge } from "../../../src/features/knowledge/load.js";
import {
	certificateSchema,
	faqEntrySchema,
	majorLinkSchema,
} from "../../../src/features/knowledge/schema.js";
import { validateList } from "../../../src/features/knowledge/validate-list.js";
import { FixedClock } from "../../helpers/fixed-clock.js";
import { MemoryLogger } from "../../helpers/memory-logger.js";

const knowledgeDir = resolve(import.meta.dirname, "../../../knowledge");
let dir = "";

afterEach(async () => {
	if (dir) await rm(dir, { recursive: true, force: true });
});

async function setup() {
	dir = await mkdtemp(join(tmpdir(), "onex-knowledge-"));
	return {
		DATA_DIR: join(dir, "data"),
		KNOWLEDGE_DIR: knowledgeDir,
		ADMIN_IDS: "console:admin",
	};
}

async function run(args: string[], env: Record<string, string>) {
	const out: string[] = [];
	const code = await runKnowledgeScript(args, env, (l) => out.push(l), {
		now: () => new Date("2026-12-01T08:00:00Z"),
	});
	return { code, text: out.join("\n") };
}

/** The bot on `env`'s data folder, as `npm start` would open it, at the scripts' fixed time. */
const openBot = (env: Record<string, string>) =>
	openApp(
		loadConfig(env),
		new FixedClock("2026-12-01T08:00:00Z"),
		new MemoryLogger(),
	);

/** What the bot answers `user` in a private console chat, as text. */
async function ask(
	bot: Awaited<ReturnType<typeof openApp>>,
	text: string,
	user = "console:student",
): Promise<string> {
	const reply = await bot.dispatcher.handle({
		platform: "console",
		user: { key: user },
		chat: { key: user, kind: "private" },
		locale: "zh-CN",
		text,
	});
	return reply ? renderText(reply) : "";
}

/** A hash of every shipped file, to show an import and an export leave them alone. */
async function shippedHash() {
	const hash = createHash("sha256");
	for (const f of (await readdir(knowledgeDir)).sort())
		if (f.endsWith(".json")) hash.update(await readFile(join(knowledgeDir, f)));
	return hash.digest("hex");
}

describe("npm run knowledge", () => {
	it("imports an XLSX list into the database, which the bot reads after a restart; the shipped files stay as they are", async () => {
		const env = await setup();
		const before = await shippedHash();
		const cell = (value: string) => ({ value });
		const xlsx = join(dir, "第四批.xlsx");
		await writeFile(
			xlsx,
			await writeXlsxFile([
				[
					cell("序号"),
					cell("职业技能等级证书名称"),
					cell("培训评价组织"),
					cell("等级"),
				],
				[
					{ type: Number, value: 1 },
					cell("智慧健康养老服务与管理"),
					cell("中国老年学和老年医学学会"),
					cell("初级,中级,高级"),
				],
			]).toBuffer(),
		);
		const dry = await run(
			["import", xlsx, "--source", "第四批名单", "--dry-run"],
			env,
		);
		expect(dry.code).toBe(0);
		expect(dry.text).toContain("试运行");
		const done = await run(
			["import", xlsx, "--source", "第四批名单 https://example.edu.cn/4"],
			env,
		);
		expect(done.code).toBe(0);
		expect(done.text).toContain(
			"第四批.xlsx（XLSX (Sheet1)）：1 行；新增证书 1 个",
		);
		expect(done.text).toContain("新增：k001 智慧健康养老服务与管理");
		expect(done.text).toMatch(/重建搜索索引 \d+ ms/);

		const app = await openBot(env);
		try {
			expect(await ask(app, "/cert 智慧健康养老")).toContain(
				"【智慧健康养老服务与管理】",
			);
		} finally {
			await app.close();
		}
		expect(await shippedHash()).toBe(before);
	});

	it("names the bad lines of a file and imports nothing of it", async () => {
		const env = await setup();
		const csv = join(dir, "list.csv");
		await writeFile(
			csv,
			"证书名称,培训评价组织,来源\n甲证书,组织,名单\n=SUM(A1),组织,名单\n",
		);
		const bad = await run(["import", csv], env);
		expect(bad.code).toBe(1);
		expect(bad.text).toContain("发现 1 个问题，整个文件都没有导入");
		expect(bad.text).toContain("第 3 行：「证书名称」列是公式（=SUM(A1)）");
		expect(
			(await run(["import", join(dir, "missing.csv")], env)).text,
		).toContain("无法读取");
		const kind = await run(["import", csv, "--kind", "exam"], env);
		expect(kind.code).toBe(2);
		expect(kind.text).toContain("--kind「exam」不认识");
	});

	it.each([
		[["export", "--out"], "选项 --out 后面要写上值"],
		[["import", "list.csv", "--source"], "选项 --source 后面要写上值"],
		[["import", "list.csv", "--dry"], "不认识的选项 --dry。"],
		[["export", "--out", "--lang", "en"], "Option --out needs a value"],
	])(
		"refuses %j in the reader's language, with the usage",
		async (args, said) => {
			const env = await setup();
			const refused = await run(args, env);
			expect(refused.code).toBe(2);
			expect(refused.text).toContain(said);
			expect(refused.text).toMatch(/用法|Usage/);
			expect(refused.text).not.toContain("<value>");
		},
	);

	it("hands a checked file to the running bot, which searches it at once", async () => {
		const env = await setup();
		const bot = await openBot(env);
		const inbox = inboxDir(env.DATA_DIR);
		const watcher = watchInbox({
			dir: inbox,
			layer: bot.services.knowledgeLayer,
			logger: new MemoryLogger(),
			intervalMs: 20,
		});
		try {
			const csv = join(dir, "list.csv");
			await writeFile(csv, "证书名称,培训评价组织\n甲证书,组织\n乙证书,组织\n");
			const noSource = await run(["import", csv], env);
			expect(noSource.code).toBe(1);
			expect(noSource.text).toContain("文件没有“来源”列，也没有给 --source");
			expect(await readdir(inbox).catch(() => [])).toEqual([]);

			const done = await run(
				["import", csv, "--source", "第四批名单", "--kind", "other"],
				env,
			);
			expect(done.text).toContain(
				"机器人正在运行：文件检查无误，已交给机器人导入",
			);
			expect(done.text).toContain("新增证书 2 个");
			expect(done.code).toBe(0);
			expect(await ask(bot, "/cert 乙证书")).toContain("【乙证书】");
			expect(bot.services.knowledge.getCertificate("k002")?.kind).toBe("other");
			expect(bot.storage.store?.data.knowledgeLayer.audit.at(-1)).toMatchObject(
				{
					action: "import",
					target: "file list.csv",
				},
			);
			expect(await readdir(inbox)).toEqual([]);
		} finally {
			await watcher.stop();
			await bot.close();
		}
	});

	it("leaves the file queued when the bot does not take it in time", async () => {
		const env = await setup();
		const bot = await openBot(env);
		try {
			const csv = join(dir, "list.csv");
			await writeFile(csv, "证书名称,培训评价组织,来源\n甲证书,组织,名单\n");
			const late = await run(["import", csv, "--wait", "0"], env);
			expect(late.code).toBe(3);
			expect(late.text).toContain("秒内机器人没有处理");
			const inbox = inboxDir(env.DATA_DIR);
			expect(
				await processInbox(
					inbox,
					bot.services.knowledgeLayer,
					new MemoryLogger(),
				),
			).toBe(1);
			expect(bot.services.knowledge.getCertificate("k001")?.name).toBe(
				"甲证书",
			);
		} finally {
			await bot.close();
		}
	});

	it("exports the layer in the shipped format, read back by the real loader", async () => {
		const env = await setup();
		const csv = join(dir, "list.csv");
		await writeFile(csv, "证书名称,培训评价组织,来源\n甲证书,某组织,名单甲\n");
		expect((await run(["import", csv], env)).code).toBe(0);
		const app = await openBot(env);
		try {
			const say = async (text: string) =>
				expect(await ask(app, text, "console:admin")).toMatch(/已添加|已修改/);
			await say("/kb link add k001 510203 依据=方案 来源=本校人才培养方案");
			await say(
				"/kb faq add 问题=甲证书在哪报名 回答=在 1+X 办公室报名。 来源=教务处通知",
			);
			await say("/kb cert edit c001 简称=前端开发证书 来源=教务处通知");
		} finally {
			await app.close();
		}
		const full = join(dir, "full");
		const exported = await run(["export", "--out", full, "--full"], env);
		expect(exported.text).toContain("已导出到");
		const loaded = await loadKnowledge(full);
		expect(loaded.certificates.find((c) => c.id === "k001")?.name).toBe(
			"甲证书",
		);
		expect(loaded.links.some((l) => l.certificateId === "k001")).toBe(true);
		expect(loaded.faq.some((f) => f.id === "kb-1")).toBe(true);

		const part = join(dir, "part");
		await run(["export", "--out", part], env);
		const read = async (f: string) =>
			JSON.parse(await readFile(join(part, f), "utf8"));
		const problems: string[] = [];
		const certs = validateList(
			await read("certificates.json"),
			"certificates.json",
			"certificates.json",
			certificateSchema,
			problems,
		);
		const links = validateList(
			await read("links.json"),
			"links.json",
			"links.json",
			majorLinkSchema,
			problems,
		);
		const faq = validateList(
			await read("faq.json"),
			"faq.json",
			"faq.json",
			faqEntrySchema,
			problems,
		);
		expect(problems).toEqual([]);
		expect(certs.items.map((c) => c.id).sort()).toEqual(["c001", "k001"]);
		expect(links.items).toHaveLength(1);
		expect(faq.items.map((f) => f.id)).toEqual(["kb-1"]);
		expect(await read("changes.json")).toMatchObject({
			replaces: { certificates: ["c001"] },
		});
	});
});
