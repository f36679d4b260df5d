import { describe, expect, it } from "vitest";
import { changeBy } from "../../helpers/change.js";
import { createTestClient } from "../../helpers/test-client.js";

const admin = "console:admin";

type Said = string | RegExp;
type LayerList = "certificates" | "links" | "faq";

/** Sends `command` as the admin to a new bot: refused with every `said`, and nothing stored. */
async function expectRefused(command: string, said: Said[], list: LayerList) {
	const bot = await createTestClient();
	const { text } = await bot.say(admin, command);
	for (const s of said)
		if (typeof s === "string") expect(text).toContain(s);
		else expect(text).toMatch(s);
	expect(bot.store.data.knowledgeLayer[list]).toEqual([]);
	expect(bot.store.data.knowledgeLayer.audit).toEqual([]);
}

describe("/kb cert", () => {
	it("adds a certificate with a source, which students find at once", async () => {
		const bot = await createTestClient();
		const a = await bot.say(
			admin,
			"/kb cert add 名称=智慧健康养老服务与管理职业技能等级证书 组织=中国老年学和老年医学学会 等级=初级,中级 简称=智慧养老 来源=第四批职业技能等级证书名单 https://example.edu.cn/4.html",
		);
		expect(a.text).toContain("已添加证书 k001");
		// Without 类型= it is not claimed to be an X certificate.
		expect(a.text).toContain(
			"k001 智慧健康养老服务与管理 · 学校登记的其他证书 · 组织：中国老年学和老年医学学会 · 等级：初级、中级",
		);
		const x = await bot.say(
			admin,
			"/kb cert add 名称=数字化营销 类型=X证书 来源=第四批名单",
		);
		expect(x.text).toContain("k002 数字化营销 · X证书（1+X 职业技能等级证书）");
		expect(bot.services.knowledge.getCertificate("k002")).toMatchObject({
			kind: "x",
			organisation: null,
			organisations: [],
		});
		const bad = await bot.say(
			admin,
			"/kb cert add 名称=甲 类型=证件 来源=名单",
		);
		expect(bad.text).toContain("类型「证件」不认识");
		const card = (await bot.say("console:student", "/cert 智慧养老")).text;
		expect(card).toContain("【智慧健康养老服务与管理】");
		expect(card).toContain("第四批职业技能等级证书名单");
		expect(card).not.toContain("console:admin");
		expect(bot.store.data.knowledgeLayer.audit[0]).toEqual({
			at: "2026-11-28T02:00:00.000Z",
			by: "console:admin",
			action: "add",
			target: "certificate k001",
			source: "第四批职业技能等级证书名单 https://example.edu.cn/4.html",
		});
	});

	it.each<[string, string, Said[]]>([
		[
			"no source",
			"/kb cert add 名称=数字化营销 组织=某公司",
			["每项修改都要写来源：来源=", "例如：/kb cert add 名称="],
		],
		[
			"an unknown id",
			"/kb cert edit c999 等级=初级 来源=名单",
			["没有编号为「c999」的证书", "例如：/kb cert edit c012"],
		],
		[
			"a duplicate name",
			"/kb cert add 名称=ＷＥＢ前端开发 来源=名单",
			[/已有同名证书 c\d{3}（Web前端开发）/],
		],
		[
			"a 200-character name",
			`/kb cert add 名称=${"长".repeat(200)} 来源=名单`,
			["「名称/name」有 200 个字，最多 60 个字"],
		],
		[
			"a source whose address is half-typed",
			"/kb cert add 名称=数字化营销 来源=本校清单 http://x",
			["来源里的网址不完整", "如 https://www.example.edu.cn/"],
		],
		[
			"a misspelt field",
			"/kb cert add 名称=甲 sorce=名单",
			["不认识字段「sorce=」"],
		],
		[
			"a prototype word as a field",
			"/kb cert add 名称=甲 constructor=x 来源=名单",
			["不认识字段「constructor=」"],
		],
	])("refuses %s with the right form, storing nothing", (_, command, said) =>
		expectRefused(command, said, "certificates"),
	);

	it("edits a shipped certificate as a patch and removes one, and search follows", async () => {
		const bot = await createTestClient();
		const target = bot.services.knowledge.certificates.find(
			(c) => c.levels.length === 0,
		);
		if (!target)
			throw new Error("fixture: a shipped certificate without levels");
		const edit = await bot.say(
			admin,
			`/kb cert edit ${target.id} 等级=初级,高级 来源=组织 2026 年通知 https://example.org/n.html`,
		);
		expect(edit.text).toContain(`已修改证书 ${target.id}`);
		expect(
			(await bot.say("console:student", `/cert ${target.id}`)).text,
		).toContain("等级：初级、高级");
		expect(bot.store.data.knowledgeLayer.certificatePatches).toMatchObject([
			{ id: target.id, set: { levels: ["初级", "高级"] } },
		]);
		const removed = await bot.say(
			admin,
			`/kb cert remove ${target.id} 来源=重复录入`,
		);
		expect(removed.text).toContain(`已删除证书 ${target.id}`);
		expect(bot.services.knowledge.getCertificate(target.id)).toBeUndefined();
		expect(
			bot.services.knowledge
				.searchCertificates(target.name)
				.map((h) => h.item.id),
		).not.toContain(target.id);
	});

	it("is for admins only", async () => {
		const bot = await createTestClient();
		const a = await bot.say(
			"console:student",
			"/kb cert add 名称=甲 来源=名单",
		);
		expect(a.text).toContain("只对管理员开放");
		expect(bot.store.data.knowledgeLayer.certificates).toEqual([]);
	});
});

describe("/kb link", () => {
	it("links a certificate to a major from the school's training plan, shown for the major at once", async () => {
		const bot = await createTestClient();
		const a = await bot.say(
			admin,
			"/kb link add c001 510203 依据=方案 证据=2025 级软件技术专业人才培养方案列入本证书 来源=本校 2025 级人才培养方案",
		);
		expect(a.text).toContain("已添加关联：");
		expect(a.text).toContain("软件技术（510203）");
		const link = bot.store.data.knowledgeLayer.links[0]?.link;
		expect(link).toMatchObject({
			certificateId: "c001",
			majorCodes: ["510203"],
			kind: "school",
			evidence: "本校人才培养方案：2025 级软件技术专业人才培养方案列入本证书",
		});
		const name = bot.services.knowledge.getCertificate("c001")?.name ?? "";
		expect((await bot.say("console:student", "/major 510203")).text).toContain(
			name,
		);
		const again = await bot.say(
			admin,
			"/kb link add c001 510203 依据=方案 来源=x",
		);
		expect(again.text).toContain("已有同样依据");
	});

	it.each<[string, string, Said[]]>([
		[
			"a major that does not exist",
			"/kb link add c001 999999 依据=方案 来源=方案",
			["专业目录里没有「999999」", "例如：/kb link add c001 510203"],
		],
		[
			"an unknown certificate id",
			"/kb link add k404 510203 依据=方案 来源=方案",
			["没有编号为「k404」的证书"],
		],
		[
			"an unknown evidence kind",
			"/kb link add c001 510203 依据=听说 来源=方案",
			["依据「听说」不认识"],
		],
	])("refuses %s, storing nothing", (_, command, said) =>
		expectRefused(command, said, "links"),
	);

	it("removes a shipped link for one major only", async () => {
		const bot = await createTestClient();
		const shipped = (await import("../../helpers/test-client.js"))
			.shippedKnowledge;
		const link = (await shipped()).links.find((l) => l.majorCodes.length === 1);
		if (!link) throw new Error("fixture: a shipped link with one major");
		const code = link.majorCodes[0] as string;
		const before = bot.services.knowledge.linksForCertificate(
			link.certificateId,
		).length;
		const a = await bot.say(
			admin,
			`/kb link remove ${link.certificateId} ${code} 来源=人才培养方案 2026 版已不再列入`,
		);
		expect(a.text).toMatch(/已删除 \d+ 条关联/);
		const after = bot.services.knowledge.linksForCertificate(
			link.certificateId,
		);
		expect(after.length).toBeLessThan(before);
		expect(after.some((l) => l.majorCodes.includes(code))).toBe(false);
	});
});

describe("/kb faq", () => {
	it.each<[string, string, Said[]]>([
		[
			"an answer without a source",
			"/kb faq add 问题=本校1+X考试在哪里报名 回答=在行政楼 305 的 1+X 办公室报名。",
			["每项修改都要写来源", "例如：/kb faq add 问题="],
		],
		[
			"a question without an answer",
			"/kb faq add 问题=在哪里报名 来源=通知",
			["请写回答：回答="],
		],
	])("refuses %s, storing nothing", (_, command, said) =>
		expectRefused(command, said, "faq"),
	);

	it("adds an answer that the bot gives to a typed question", async () => {
		const bot = await createTestClient();
		const a = await bot.say(
			admin,
			"/kb faq add 问题=本校1+X考试在哪里报名 回答=在行政楼 305 的 1+X 办公室报名。 问法=1+X去哪报名|1+X报名地点在哪 来源=教务处 2026 年通知 https://example.edu.cn/n.html",
		);
		expect(a.text).toContain("已添加问答 kb-1");
		expect(
			bot.services.knowledge.searchFaq("本校1+X考试在哪里报名")[0]?.item.id,
		).toBe("kb-1");
		const edit = await bot.say(
			admin,
			"/kb faq edit kb-1 回答=改在行政楼 210 报名。 来源=教务处 12 月通知",
		);
		expect(edit.text).toContain("已修改问答 kb-1");
		expect(
			bot.services.knowledge.faq.find((f) => f.id === "kb-1")?.answer,
		).toBe("改在行政楼 210 报名。");
		const unknown = await bot.say(admin, "/kb faq remove kb-9 来源=x");
		expect(unknown.text).toContain("没有编号为「kb-9」的问答");
		const removed = await bot.say(admin, "/kb faq remove kb-1 来源=已并入官网");
		expect(removed.text).toContain("已删除问答 kb-1");
		expect(bot.services.knowledge.faq.some((f) => f.id === "kb-1")).toBe(false);
	});
});

describe("/kb for someone who is not an admin", () => {
	it.each([
		["/kb", "console:student"],
		["/kb zz", "console:student"],
		["/kb cert", "console:teacher"],
		["/知识库 faq", "console:student"],
	])(
		"answers %s from %s with the admin-only notice, not its actions",
		async (command, user) => {
			const bot = await createTestClient();
			const { text } = await bot.say(user, command);
			expect(text).toContain("只对管理员开放");
			expect(text).not.toMatch(/需要指定操作|来源=|add \/ edit/);
		},
	);

	it("still lists the actions to an admin", async () => {
		const bot = await createTestClient();
		expect((await bot.say(admin, "/kb")).text).toContain(
			"/kb 需要指定操作：cert / link / faq / log。",
		);
	});
});

describe("/kb log", () => {
	it("lists who changed what, when and with which source, newest first", async () => {
		const bot = await createTestClient();
		expect((await bot.say(admin, "/kb log")).text).toContain("还没有修改记录");
		await bot.say(admin, "/kb cert add 名称=普通话水平测试 来源=本校证书清单");
		await bot.say(admin, "/kb cert edit k001 简称=普通话 来源=教务处通知");
		const log = (await bot.say(admin, "/kb log")).text;
		expect(log).toContain("知识库修改记录（最近 2 条）");
		const edited = log.indexOf(
			"console:admin 修改 证书 k001（简称） · 来源：教务处通知",
		);
		const added = log.indexOf(
			"2026-11-28 10:00 console:admin 添加 证书 k001 · 来源：本校证书清单",
		);
		expect(edited).toBeGreaterThan(-1);
		expect(added).toBeGreaterThan(edited);
		// Times in the bot's zone like every other list; record kinds and fields in Chinese.
		expect(log).not.toMatch(/\d{2}:\d{2}Z|certificate|aliases/);
		expect((await bot.say("console:teacher", "/kb log")).text).toContain(
			"只对管理员开放",
		);
	});

	it("shows an import as its file and its counts in words, not as stored", async () => {
		const bot = await createTestClient();
		const report = await bot.services.knowledgeLayer.importFile(
			changeBy("cli:office", bot.clock.now()),
			new TextEncoder().encode(
				"序号,证书名称,培训评价组织\n1,智慧健康养老服务与管理,中国老年学和老年医学学会\n",
			),
			{ label: "list.csv", defaultSource: "第四批名单" },
		);
		expect(report.ok).toBe(true);
		const log = (await bot.say(admin, "/kb log")).text;
		expect(log).toContain(
			"2026-11-28 10:00 cli:office 导入 文件 list.csv（1 行：新增 1，补充 0，相同 0，冲突 0） · 来源：第四批名单",
		);
	});
});
