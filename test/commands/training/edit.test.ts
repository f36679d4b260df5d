import { describe, expect, it } from "vitest";
import {
	STUDENT,
	T1,
	T2,
	trainingDialogue,
} from "../../helpers/training-dialogue.js";
import { ADMIN } from "../../helpers/training-fixtures.js";

describe("/edit", () => {
	it("changes one field and records before → after", async () => {
		const { say, clock, training } = await trainingDialogue();
		await say(T1, "/log training 8 数控编程 2026-07-01");
		clock.advance(60_000);
		const a = await say(T1, "/edit 1 hours 6");
		expect(a.private).toBe(true);
		expect(a.text).toContain("已修改「hours」：8 → 6");
		expect((await say(T1, "/修改 1 标题 数控编程 师资培训")).text).toContain(
			"6 学时：数控编程 师资培训",
		);
		expect(await training.auditOf("1")).toMatchObject([
			{ action: "create" },
			{
				action: "edit",
				by: T1,
				at: "2026-11-28T02:01:00.000Z",
				changes: { hours: { from: 8, to: 6 } },
			},
			{ changes: { title: { from: "数控编程", to: "数控编程 师资培训" } } },
		]);
	});

	it("keeps a practice period valid when one end is moved", async () => {
		const { say } = await trainingDialogue();
		await say(T1, "/log practice 2026-07-01 2026-08-31 某公司");
		const a = await say(T1, "/edit 1 end 2026-06-01");
		expect(a.text).toContain("结束日期 2026-06-01 早于开始日期 2026-07-01");
		expect(a.text).toContain("例如：");
		expect((await say(T1, "/edit 1 end 8月15日")).text).toContain(
			"2026-07-01 至 2026-08-15 企业实践 46 天",
		);
	});

	it("rejects bad values with what was wrong", async () => {
		const { say, training } = await trainingDialogue();
		await say(T1, "/log training 8 数控编程 2026-07-01");
		expect((await say(T1, "/edit 1 hours -2")).text).toContain(
			"学时必须大于 0",
		);
		const tiny = await say(T1, "/edit 1 hours 0.001");
		expect(tiny.text).toContain("0.001 会记成 0");
		expect(tiny.text).toContain("例如：/edit 12 hours 6");
		expect(
			(await training.records({ key: T1, role: "teacher" }, T1))[0],
		).toMatchObject({ hours: 8 });
		expect((await say(T1, "/edit 1 hours abc")).text).toContain(
			"「abc」不是数字",
		);
		expect((await say(T1, "/edit 1 date 2027-01-01")).text).toContain(
			"在今天（2026-11-28）之后",
		);
		expect((await say(T1, "/edit 1 enterprise 某公司")).text).toContain(
			"#1 没有「enterprise」这一项，可以修改：hours / title / date",
		);
		expect((await say(T1, "/edit 1 colour red")).text).toContain(
			"「colour」不是参数「field：要修改的项目」的可选值",
		);
	});

	it("treats someone else's id as not found", async () => {
		const { say, training } = await trainingDialogue();
		await say(T2, "/log training 3 李老师的培训 2026-07-02");
		const a = await say(T1, "/edit 1 hours 30");
		expect(a.text).toContain("你的记录里没有 #1");
		expect(a.text).toContain("例如：/edit 12 hours 6");
		const [r] = await training.records({ key: T2, role: "teacher" }, T2);
		expect(r).toMatchObject({ hours: 3 });
	});

	it("lets an admin edit anyone's record with a reason", async () => {
		const { say, training } = await trainingDialogue();
		await say(T2, "/log training 30 培训 2026-07-02");
		expect((await say(ADMIN, "/edit 1 hours 3")).text).toContain(
			"需要写明原因",
		);
		await say(ADMIN, '/edit 1 hours 3 "reason=证书上是 3 学时"');
		expect(await training.auditOf("1")).toMatchObject([
			{ action: "create" },
			{ by: ADMIN, owner: T2, reason: "证书上是 3 学时" },
		]);
	});

	it("takes an admin's reason at the end of the line, as /delete does", async () => {
		const { say, training } = await trainingDialogue();
		await say(T2, "/log training 30 培训 2026-07-02");
		await say(T2, "/log practice 2026-07-01 2026-07-31 某公司");
		expect((await say(ADMIN, "/edit 1 hours 5 录入错误")).text).toContain(
			"已修改「hours」：30 → 5",
		);
		await say(ADMIN, "/修改 2 结束 2026-07-15 证书上 写到 15 日");
		await say(ADMIN, "/edit 1 hours 4 reason=证书上是 4 学时");
		expect(await training.auditOf("1")).toMatchObject([
			{ action: "create" },
			{ by: ADMIN, reason: "录入错误", changes: { hours: { to: 5 } } },
			{ reason: "证书上是 4 学时", changes: { hours: { from: 5, to: 4 } } },
		]);
		expect(await training.auditOf("2")).toMatchObject([
			{ action: "create" },
			{ reason: "证书上 写到 15 日", changes: { end: { to: "2026-07-15" } } },
		]);
	});

	it("shows an admin the exact form when the reason is missing", async () => {
		const { say, training } = await trainingDialogue();
		await say(T2, "/log training 30 培训 2026-07-02");
		const a = await say(ADMIN, "/edit 1 hours 3");
		expect(a.text).toContain("需要写明原因");
		expect(a.text).toContain(
			"例如：/edit 1 hours 3 录入错误  /edit 1 hours 3 reason=录入错误",
		);
		const b = await say(ADMIN, "/edit 1 title 新的 标题");
		expect(b.text).toContain("例如：/edit 1 title 新的 标题 reason=录入错误");
		expect((await training.auditOf("1")).map((e) => e.action)).toEqual([
			"create",
		]);
	});

	it("keeps a title's spaces and `a=b` text; only reason= starts a reason there", async () => {
		const { say, training } = await trainingDialogue();
		await say(T1, "/log training 2 培训 2026-07-02");
		expect((await say(T1, "/edit 1 title 公式 x=y 讲解")).text).toContain(
			"2 学时：公式 x=y 讲解",
		);
		await say(T2, "/log training 3 培训 2026-07-02");
		await say(ADMIN, '/edit 2 title "C++ a=b 入门" reason=标题写错');
		const [r] = await training.records({ key: T2, role: "teacher" }, T2);
		expect(r).toMatchObject({ title: "C++ a=b 入门" });
		expect(await training.auditOf("2")).toMatchObject([
			{ action: "create" },
			{ reason: "标题写错" },
		]);
	});

	it("is not open to students", async () => {
		const { say } = await trainingDialogue();
		expect((await say(STUDENT, "/edit 1 hours 3")).text).toContain(
			"只对教师开放",
		);
	});
});

describe("/edit dates as teachers type them", () => {
	it("reads 上周五 and refuses __proto__ or a date before the period, changing nothing", async () => {
		const { say, training } = await trainingDialogue();
		await say(T1, "/log training 8 数控编程 2026-07-01");
		expect((await say(T1, "/edit 1 date 上周五")).text).toContain(
			"2026-07-01 → 2026-11-20",
		);
		const proto = await say(T1, "/edit 1 date __proto__");
		expect(proto.text).toContain("「__proto__」");
		const early = await say(T1, "/edit 1 date 2024-08-01");
		expect(early.text).toContain("在你的考核周期开始（2024-09-01）之前");
		expect(
			await training.records({ key: T1, role: "teacher" }, T1),
		).toMatchObject([{ date: "2026-11-20" }]);
	});
});
