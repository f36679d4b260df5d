import { beforeAll, describe, expect, it } from "vitest";
import { changeBy } from "../../helpers/change.js";
import { expectStudentSafe } from "../../helpers/student-safe.js";
import {
	createTestClient,
	type TestClient,
} from "../../helpers/test-client.js";

const admin = "console:admin";
let bot: TestClient;

// Records the school adds carry who entered them and when (for /source); students see the
// title and link an admin gave, never the admin's account or the entry note.
beforeAll(async () => {
	bot = await createTestClient();
	const steps = [
		"/kb cert add 名称=普通话水平测试 类型=其他 组织=国家语委 等级=初级 来源=本校 2026 年学生证书清单 https://example.edu.cn/zs.html",
		"/kb cert edit c004 简介=面向养老机构的照护岗位。 来源=教务处 2026 年通知",
		"/kb link add k001 510203 依据=方案 证据=2025 级方案列入 来源=本校 2025 级人才培养方案",
		"/kb faq add 问题=考证补贴怎么申请 回答=考完后带证书复印件到教务处（行政楼 305）申请。 来源=教务处通知 https://example.edu.cn/n.html",
	];
	for (const step of steps)
		expect((await bot.say(admin, step)).text).toMatch(/已添加|已修改/);
	const report = await bot.services.knowledgeLayer.importFile(
		changeBy("cli:office", bot.clock.now()),
		new TextEncoder().encode(
			"序号,证书名称,培训评价组织\n1,智慧健康养老服务与管理,中国老年学和老年医学学会\n",
		),
		{ label: "list.csv", defaultSource: "第四批名单" },
	);
	expect(report.ok).toBe(true);
});

const ENTERED_BY = /console:admin|cli:office|录入|list\.csv/;

describe("what a student sees of records the school added", () => {
	it.each([
		["/cert k001", "【普通话水平测试】"],
		["/cert k002", "【智慧健康养老服务与管理】"],
		["/cert c004", "面向养老机构的照护岗位。"],
		["/exam k001", "普通话水平测试"],
		["/major 510203", "普通话水平测试"],
		["/ask 考证补贴怎么申请", "考完后带证书复印件到教务处（行政楼 305）申请。"],
	])(
		"%s shows the record with its source title only",
		async (command, shown) => {
			const { text } = await bot.say("console:student", command);
			expect(text).toContain(shown);
			expectStudentSafe(text, command);
			expect(text).not.toMatch(ENTERED_BY);
		},
	);

	it("/cert shows the link the admin gave as the source", async () => {
		const { text } = await bot.say("console:student", "/cert k001");
		expect(text).toContain("本校 2026 年学生证书清单");
		expect(text).toContain("https://example.edu.cn/zs.html");
	});

	it("/about counts the school's additions without naming who made them", async () => {
		const { text } = await bot.say("console:student", "/about");
		expect(text).toContain("其中学校添加：证书 2 个");
		expectStudentSafe(text, "/about");
		expect(text).not.toMatch(ENTERED_BY);
		expect(text).not.toMatch(/\/source|\/kb/);
	});

	it("the entry note stays for admins in /source", async () => {
		const { text } = await bot.say(admin, "/source k001");
		expect(text).toContain("由 console:admin 录入");
	});
});
