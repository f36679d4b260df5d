import { describe, expect, it } from "vitest";
import { examDialogue } from "../../helpers/exam-dialogue.js";
import { yearRounds } from "../../helpers/reminder-fixtures.js";

const admin = "telegram:admin";

describe("/exam add and /exam remove", () => {
	it("adds a round an admin types, then shows it", async () => {
		const { say, store } = examDialogue();
		const a = await say(
			admin,
			"/exam add 前端 初级,中级 exam=2027-03-20 register-by=2027/3/15 pay-by=2027年3月16日 results=2027-04-04 site=实训楼",
		);
		expect(a.text).toContain(
			"已添加考试批次 r1：Web前端开发（初级、中级），考试日期 2027-03-20。",
		);
		expect(store.data.reminders.rounds[0]).toMatchObject({
			certificateId: "c3",
			levels: ["初级", "中级"],
			dates: {
				register: "2027-03-15",
				pay: "2027-03-16",
				exam: "2027-03-20",
				results: "2027-04-04",
			},
			site: "实训楼",
			addedBy: admin,
		});
		const shown = await say("telegram:5", "/exam 前端");
		expect(shown.text).toContain("批次 r1（初级、中级）");
		expect(shown.text).toContain("学校管理员录入（2026-11-28）");
		// Students see that the school entered it, not the admin's account.
		expect(shown.text).not.toContain("telegram:admin");
	});

	it("accepts the Chinese aliases and upper-case option names", async () => {
		const { say } = examDialogue();
		const a = await say(
			admin,
			"/考试 添加 c3 中级 EXAM=2027-03-20 Register-By=2027-03-15",
		);
		expect(a.text).toContain("已添加考试批次 r1");
	});

	it("rejects milestones in the wrong order with an example", async () => {
		const { say, store } = examDialogue();
		const a = await say(
			admin,
			"/exam add 前端 中级 exam=2027-03-20 register-by=2027-03-25",
		);
		expect(a.text).toContain(
			"日期顺序不对：register-by（2027-03-25）不能晚于 exam（2027-03-20）",
		);
		expect(a.text).toContain("例如：/exam add Web前端 中级");
		const b = await say(
			admin,
			"/exam add 前端 中级 exam=2027-03-20 register-by=2027-03-15 results=2027-03-01",
		);
		expect(b.text).toContain(
			"exam（2027-03-20）不能晚于 results（2027-03-01）",
		);
		expect(store.data.reminders.rounds).toEqual([]);
	});

	it("rejects a bad date, a past exam, an unknown level and an unknown option", async () => {
		const { say } = examDialogue();
		expect(
			(
				await say(
					admin,
					"/exam add 前端 中级 exam=2027-02-30 register-by=2027-02-01",
				)
			).text,
		).toContain("「2027-02-30」不是有效日期（参数「exam：考试日期」）");
		expect(
			(
				await say(
					admin,
					"/exam add 前端 中级 exam=2026-03-20 register-by=2026-03-15",
				)
			).text,
		).toContain("考试日期 2026-03-20 已经过去了");
		expect(
			(
				await say(
					admin,
					"/exam add 前端 专家 exam=2027-03-20 register-by=2027-03-15",
				)
			).text,
		).toContain("不认识的等级「专家」");
		expect(
			(
				await say(
					admin,
					"/exam add 前端 中级 exam=2027-03-20 register=2027-03-15",
				)
			).text,
		).toContain("不认识的选项「register」");
		expect(
			(await say(admin, "/exam add 前端 中级 exam=2027-03-20")).text,
		).toContain("缺少参数「register-by：报名截止日期」");
		const longSite = await say(
			admin,
			`/exam add 前端 中级 exam=2027-03-20 register-by=2027-03-15 site=${"楼".repeat(101)}`,
		);
		expect(longSite.text).toContain("考点名称太长了，请控制在 100 个字以内");
	});

	it("takes month-day dates of an exam round as the next ones to come", async () => {
		const { say } = examDialogue();
		const added = await say(
			admin,
			"/exam add 前端 中级 exam=3月20日 register-by=3月15日",
		);
		expect(added.text).toContain("2027-03-20");
	});

	it("asks for an id when the certificate is ambiguous", async () => {
		const { say } = examDialogue();
		const a = await say(
			admin,
			"/exam add web 中级 exam=2027-03-20 register-by=2027-03-15",
		);
		expect(a.text).toContain(
			"「web」可能指：c3 Web前端开发、c4 Web应用软件测试。请改用证书编号重试。",
		);
	});

	it("refuses a duplicate round", async () => {
		const { say } = examDialogue();
		await say(
			admin,
			"/exam add c3 中级 exam=2027-03-20 register-by=2027-03-15",
		);
		const again = await say(
			admin,
			"/exam add c3 中级 exam=2027-03-20 register-by=2027-03-10",
		);
		expect(again.text).toContain("考试批次已经存在：r1");
	});

	it("is for admins only", async () => {
		const { say } = examDialogue();
		expect(
			(
				await say(
					"telegram:teacher",
					"/exam add c3 中级 exam=2027-03-20 register-by=2027-03-15",
				)
			).text,
		).toContain("只对管理员开放");
		expect((await say("telegram:5", "/exam remove r1")).text).toContain(
			"只对管理员开放",
		);
	});

	it("removes an added round but not a shipped one", async () => {
		const { say } = examDialogue({ rounds: yearRounds });
		await say(
			admin,
			"/exam add c3 中级 exam=2027-03-20 register-by=2027-03-15",
		);
		expect((await say(admin, "/exam remove R1")).text).toContain(
			"已删除考试批次 r1。",
		);
		expect((await say(admin, "/exam remove r1")).text).toContain(
			"没有编号为 r1 的考试批次",
		);
		expect((await say(admin, "/exam remove e1")).text).toContain(
			"不能在聊天中删除",
		);
	});
});
