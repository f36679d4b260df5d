import { beforeAll, describe, expect, it } from "vitest";
import {
	createTestClient,
	type TestClient,
} from "../../helpers/test-client.js";

let bot: TestClient;
beforeAll(async () => {
	bot = await createTestClient();
});

function choiceCommands(
	answer: Awaited<ReturnType<TestClient["say"]>>,
): string[] {
	return (
		answer.reply?.blocks.flatMap((b) =>
			b.type === "choices" ? b.choices.map((c) => c.command) : [],
		) ?? []
	);
}

describe("/cert", () => {
	it("shows a certificate's organisation, levels, majors, exams and sources", async () => {
		const { text } = await bot.say("console:student", "/cert 建筑信息模型");
		expect(text).toContain("【建筑信息模型（BIM）】");
		expect(text).toContain("培训评价组织：廊坊市中科建筑产业化创新研究中心");
		expect(text).toContain("等级：初级、中级、高级");
		expect(text).toContain("【相关专业】");
		expect(text).toContain("【近期考试】");
		expect(text).toMatch(/来源：.+/);
	});

	it("finds a certificate by pinyin initials and by its Chinese alias command", async () => {
		expect((await bot.say("console:student", "/cert lnzh")).text).toContain(
			"【老年照护】",
		);
		expect((await bot.say("console:student", "/证书 BIM")).text).toContain(
			"【建筑信息模型（BIM）】",
		);
		expect((await bot.say("console:student", "/证书BIM")).text).toContain(
			"【建筑信息模型（BIM）】",
		);
	});

	it("says plainly when the organisation or levels are not known", async () => {
		const cert = bot.services.knowledge.certificates.find(
			(c) => c.organisation === null,
		);
		expect(cert).toBeDefined();
		const { text } = await bot.say("console:student", `/cert ${cert?.id}`);
		expect(text).toContain("培训评价组织：来源未载明");
	});

	it("offers choices as buttons when the query is ambiguous", async () => {
		const answer = await bot.say("console:student", "/cert 数据");
		const commands = choiceCommands(answer);
		expect(commands.length).toBeGreaterThan(1);
		for (const command of commands) expect(command).toMatch(/^\/cert c\d{3}$/);
		const picked = await bot.say("console:student", commands[0] as string);
		expect(picked.text).toMatch(/^【.+】/);
	});

	it("answers an unknown certificate with what to try, and a missing query with an example", async () => {
		const missing = await bot.say("console:student", "/cert 量子烹饪学");
		expect(missing.text).toContain("没有找到与「量子烹饪学」相符的证书");
		const empty = await bot.say("console:student", "/cert");
		expect(empty.text).toContain(
			"缺少参数「query：证书名称、简称、拼音或首字母」",
		);
		expect(empty.text).toContain("例如：/cert Web前端开发");
	});

	it("speaks English to an English-speaking user", async () => {
		const { text } = await bot.say("console:student", "/cert BIM", {
			locale: "en",
		});
		expect(text).toContain("Organisation (培训评价组织)");
	});
});

describe("/major", () => {
	it("shows the major with recommended certificates and the strength of their evidence", async () => {
		const { text } = await bot.say("console:student", "/major 510203");
		expect(text).toContain("【软件技术】");
		expect(text).toContain("专业类：计算机类（5102）");
		expect(text).toContain("【适合考的 X 证书】");
		expect(text).toMatch(
			/（(官方依据|学校实例|证书简介点名|推断·同专业类|推断·领域相同)）/,
		);
	});

	it("uses links that name a whole field or list majors in brackets", async () => {
		const building = await bot.say("console:student", "/major 440101");
		expect(building.text).toMatch(/建筑信息模型（BIM）（证书简介点名）/);
		const nursing = await bot.say("console:student", "/major 520202");
		expect(nursing.text).toContain("【助产】");
		expect(nursing.text).toContain("【适合考的 X 证书】");
	});

	it("finds a major by name, pinyin and a typo", async () => {
		for (const query of ["软件技术", "ruanjianjishu", "软件技木"]) {
			const answer = await bot.say("console:student", `/major ${query}`);
			const shown =
				answer.text.includes("【软件技术】") ||
				choiceCommands(answer).includes("/major 510203");
			expect(shown, query).toBe(true);
		}
	});

	it("answers a name taught at several levels without a bare picker", async () => {
		const names = new Map<string, number>();
		for (const m of bot.services.knowledge.majors)
			names.set(m.name, (names.get(m.name) ?? 0) + 1);
		const shared = [...names].find(([, n]) => n > 1)?.[0];
		expect(shared).toBeDefined();
		const answer = await bot.say("console:student", `/major ${shared}`);
		expect(answer.text).toContain(`【${shared}】`);
		expect(answer.text).toMatch(/开设层次：|在不同层次的推荐不同/);
	});

	it("offers similarly named certificates apart from the evidence, never as recommendations", async () => {
		const answer = await bot.say("console:student", "/major 730701");
		expect(answer.text).toContain("【电子商务】");
		const recommended = answer.reply?.blocks.find((b) => b.type === "list");
		const similar = answer.reply?.blocks.find(
			(b) => b.type === "choices" && b.prompt?.startsWith("名称相近的证书"),
		);
		const shown =
			recommended?.type === "list" ? recommended.items.join("\n") : "";
		const leads = similar?.type === "choices" ? similar.choices : [];
		expect(leads.length).toBeGreaterThan(0);
		for (const c of leads) expect(shown).not.toContain(c.command);
	});

	it("shows the 专业大类 code when the sources do not confirm its name", async () => {
		const { text } = await bot.say("console:student", "/major 500201");
		expect(text).toContain("专业大类：代码 50");
		expect(text).not.toContain("未经资料核实");
	});

	it("says when no major matches", async () => {
		expect(
			(await bot.say("console:student", "/major 火星移民")).text,
		).toContain("没有找到专业「火星移民」");
	});
});

describe("free text and /ask", () => {
	it("routes a major question to the major's certificates", async () => {
		const { text } = await bot.say(
			"console:student",
			"我是软件技术专业的，能考哪些X证书？",
		);
		expect(text).toContain("【软件技术】");
	});

	it("answers a major question for every level at once when the levels agree", async () => {
		const answer = await bot.say("console:student", "电子商务专业考什么证");
		expect(answer.text).toContain(
			"开设层次：中职（730701）、高职专科（530701）、职业本科（330701）",
		);
	});

	it("routes an exam-time question to the certificate's exam rounds", async () => {
		const { text } = await bot.say("console:student", "Web前端什么时候考试");
		expect(text).toContain("Web前端开发 · 考试安排");
		const known = await bot.say("console:s2", "网络系统建设与运维什么时候报名");
		expect(known.text).toContain("网络系统建设与运维 · 考试安排");
		expect(known.text).toContain("【往期考试计划（已结束，供参考）】");
		expect(known.text).toContain("考试 2024-06-29，报名截止 2024-06-24");
	});

	it("shows when past exams were held, and never links a hijacked page", async () => {
		const { text } = await bot.say("console:student", "/exam 老年照护");
		expect(text).toContain("往年考试（学校报道");
		expect(text).toContain("承德护理职业学院");
		const all = JSON.stringify(
			bot.services.knowledge.certificates.map((c) => c.sources),
		);
		for (const host of [
			"kriskollins.com/",
			"xapim.com/",
			"rzsysp.com/",
			"suratdresswala.com/",
			"woomoog.com/",
		]) {
			expect(text).not.toContain(host);
			expect(all).not.toContain(host);
		}
	});

	it("routes an organisation question to the certificate", async () => {
		expect(
			(await bot.say("console:student", "BIM证书是谁发的")).text,
		).toContain("廊坊市中科建筑产业化创新研究中心");
	});

	it("answers policy questions from the FAQ with sources", async () => {
		const { text } = await bot.say("console:student", "/ask 企业实践要求多久");
		expect(text).toContain("第四条");
		expect(text).toContain("来源：");
	});

	it("answers a greeting with what it can do, without logging it as unanswered", async () => {
		for (const hello of ["你好", "hello!", "谢谢", "？？？", "😀😀", "."]) {
			const answer = await bot.say("console:greeter", hello);
			expect(answer.text).toContain("直接问就行");
			expect(answer.reply?.blocks.some((b) => b.type === "choices")).toBe(true);
		}
		expect(
			(await bot.services.unanswered.list(100)).some(
				(q) => q.userKey === "console:greeter",
			),
		).toBe(false);
	});

	it("answers fee questions from the fee FAQ, also when a certificate is named", async () => {
		for (const q of ["python考试费用", "BIM考试多少钱"]) {
			const { text } = await bot.say("console:student", q);
			expect(text, q).toContain("【考X证书要交多少钱？】");
			expect(text, q).toContain("300");
		}
		expect((await bot.say("console:student", "什么是X证书")).text).toContain(
			"【什么是1+X证书制度？】",
		);
	});

	it("records what it cannot answer, and admins list it", async () => {
		const { text } = await bot.say("console:student", "食堂今天几点开门");
		expect(text).toContain("已记录下来");
		const denied = await bot.say("console:student", "/unanswered");
		expect(denied.text).toContain("只对管理员开放");
		const list = await bot.say("console:admin", "/unanswered");
		expect(list.text).toContain("食堂今天几点开门");
		// Asked at 02:00 UTC: shown as Shanghai time, not UTC.
		expect(list.text).toContain("2026-11-28 10:00 console:student");
		expect(list.reply?.private).toBe(true);
	});

	it("survives hostile input: huge, emoji-only, control characters, mixed scripts", async () => {
		expect(
			(await bot.say("console:student", "啊".repeat(10_000))).text,
		).toContain("消息太长了");
		for (const input of [
			"😀😀😀",
			"\u0001\u0002",
			"／cert　ＢＩＭ",
			"BIM 证书 exam 时间?",
			"'\"<>&",
		]) {
			const answer = await bot.say("console:student", input);
			expect(answer.text.length, input).toBeGreaterThan(0);
			expect(answer.text).not.toContain("抱歉，处理这条消息时出了问题");
		}
		expect(bot.logger.lines.filter((l) => l.level === "error")).toEqual([]);
	});
});

describe("/about", () => {
	it("states how much the knowledge base holds and what it lacks", async () => {
		const { text } = await bot.say("console:student", "/关于");
		const certs = bot.services.knowledge.certificates;
		const of = (kind: string) => certs.filter((c) => c.kind === kind).length;
		expect(of("x")).toBeGreaterThanOrEqual(135);
		expect(text).toContain(
			`收录的证书：X证书 ${of("x")} 个，职业技能等级认定工种 ${of("skill-level")} 个，学校登记的其他证书 0 个（共 ${certs.length} 个，X证书总数为 447 个）`,
		);
		expect(text).toContain(
			`专业目录中的专业：${bot.services.knowledge.majors.length}`,
		);
		expect(text).toContain("447 个X证书的完整目录");
		expect(text).toContain("X证书与国家职业的对应目录");
		expect(text).not.toContain("/source");
	});
});

describe("/help and /start", () => {
	it("lists what a student may use, and more for a teacher", async () => {
		const student = await bot.say("console:student", "/help");
		expect(student.text).toContain("/cert");
		expect(student.text).not.toContain("/unanswered");
		const admin = await bot.say("console:admin", "/help");
		expect(admin.text).toContain("/unanswered");
	});

	it("leaves admin-only actions out of a student's help and usage lines", async () => {
		const student = await bot.say("console:student", "/help exam");
		expect(student.text).toContain("/exam list [certificate]");
		expect(student.text).not.toContain("/exam add");
		expect((await bot.say("console:admin", "/help exam")).text).toContain(
			"/exam add",
		);
		expect((await bot.say("console:student", "/exam")).text).toContain(
			"用法：/exam <certificate>",
		);
	});

	it("explains one command with usage, aliases and examples", async () => {
		const { text } = await bot.say("console:student", "/help cert");
		expect(text).toContain("用法：/cert <query>");
		expect(text).toContain("/证书");
		expect(text).toContain("/cert Web前端开发");
		expect((await bot.say("console:student", "/help cetr")).text).toContain(
			"例如：/help cert",
		);
	});

	it("greets with buttons that work", async () => {
		const answer = await bot.say("console:student", "/start");
		const commands = choiceCommands(answer);
		expect(commands.length).toBeGreaterThan(2);
		for (const command of commands) {
			const next = await bot.say("console:student", command);
			expect(next.text, command).not.toContain("没有 /");
		}
	});

	it("suggests the right command for a typo, with what was typed after it", async () => {
		const answer = await bot.say("console:student", "/majr 软件技术");
		expect(choiceCommands(answer)[0]).toBe("/major 软件技术");
		expect(
			choiceCommands(await bot.say("console:student", "/证 前端"))[0],
		).toBe("/cert 前端");
	});
});
