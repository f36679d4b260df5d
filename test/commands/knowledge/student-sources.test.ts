import { beforeAll, describe, expect, it } from "vitest";
import { expectStudentSafe } from "../../helpers/student-safe.js";
import {
	createTestClient,
	type TestClient,
} from "../../helpers/test-client.js";

let bot: TestClient;
beforeAll(async () => {
	bot = await createTestClient();
});

describe("what a student sees of sources", () => {
	it("every certificate card and exam answer shows titles and links only", async () => {
		for (const c of bot.services.knowledge.certificates) {
			expectStudentSafe(
				(await bot.say("console:student", `/cert ${c.id}`)).text,
				`/cert ${c.id}`,
			);
			expectStudentSafe(
				(await bot.say("console:student", `/exam ${c.id}`)).text,
				`/exam ${c.id}`,
			);
		}
	});

	it("every FAQ answer shows titles and links only", async () => {
		const { faq } = bot.services.knowledge;
		expect(faq.length).toBeGreaterThanOrEqual(26);
		for (const f of faq) {
			const { text } = await bot.say("console:student", `/ask ${f.question}`);
			expect(text).toContain(`【${f.question}】`);
			expectStudentSafe(text, f.id);
		}
	});

	it("every major with a link shows its evidence without curator notes", async () => {
		const codes = new Set(
			bot.services.knowledge.certificates.flatMap((c) =>
				bot.services.knowledge
					.linksForCertificate(c.id)
					.flatMap((l) => l.majorCodes),
			),
		);
		expect(codes.size).toBeGreaterThan(50);
		for (const code of codes)
			expectStudentSafe(
				(await bot.say("console:student", `/major ${code}`)).text,
				code,
			);
	});

	it("recommends nothing on the strength of an unverified repost", async () => {
		// The 旅行策划 standard's 适用专业 reach us only through a journal's quote in an excerpt
		// without an address: the article's account, graded low.
		const weak = bot.services.knowledge
			.linksForCertificate("c123")
			.filter((l) => l.evidence.includes("证书适用"));
		expect(weak.length).toBeGreaterThan(0);
		for (const l of weak) {
			expect(l.kind).toBe("article");
			expect(l.source.trust).toBe("low");
		}
		const { text } = await bot.say("console:student", "/major 540101");
		expect(text).toContain("旅行策划（学校实例） — 期刊/学校报道");
		expect(text).not.toContain("旅行策划（官方依据）");
		expect(text).not.toContain("罗春玉");
	});

	it("cites no source too weak to rely on: a certificate known only from reposts says so", async () => {
		const { text } = await bot.say("console:student", "/cert 城市轨道交通乘务");
		expect(text).toContain(
			"来源：只有未经核实的转载资料，不作为依据；请以学校通知为准",
		);
	});
});

describe("/source (admins only)", () => {
	it("shows trust, notes, repository and path to an admin", async () => {
		const { text } = await bot.say("console:admin", "/source c004");
		expect(text).toContain("「c004 老年照护」的来源（仅管理员可见）");
		expect(text).toContain("可信度 medium");
		expect(text).toContain(
			"仓库：uryuwr/voced-position-kg-demo crawlers/cn/ingest_credentials.py",
		);
		expect(text).toContain("来源评级：");
		expect(text).toMatch(/专业关联（\d+ 条）/);
	});

	it("finds FAQ entries, exam reports and the hand-over, and names a hijacked host only there", async () => {
		const admin = "console:admin";
		expect((await bot.say(admin, "/source x-exams-now")).text).toContain(
			"https://www.shzv.edu.cn/xdfyxy/info/news-15259.html",
		);
		expect((await bot.say(admin, "/source handover")).text).toContain(
			"可信度 high",
		);
		const report = (await bot.say(admin, "/source P3E27")).text;
		expect(report).toContain("hqbet7234.com");
		expect(report).toContain("可信度 low");
		const unknown = (await bot.say(admin, "/source zz9")).text;
		expect(unknown).toContain(
			"没有编号为「zz9」的证书、问答、考试批次或考试报道",
		);
		expect(unknown).toContain("/source c004");
	});

	it("is refused to a student and left out of /about for one", async () => {
		const { text } = await bot.say("console:student", "/source c004");
		expect(text).not.toContain("仅管理员可见");
		expect(text).not.toContain("uryuwr");
		expect((await bot.say("console:student", "/about")).text).not.toContain(
			"/source",
		);
		expect((await bot.say("console:admin", "/about")).text).toContain(
			"/source <编号>",
		);
	});
});
