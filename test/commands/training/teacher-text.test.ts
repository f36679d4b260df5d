import { describe, expect, it } from "vitest";
import type { Reply } from "../../../src/core/reply.js";
import { createTestClient } from "../../helpers/test-client.js";

const T = "console:teacher";

function buttons(reply: Reply | null) {
	return (reply?.blocks ?? []).flatMap((b) =>
		b.type === "choices" ? b.choices : [],
	);
}

async function teacherClient() {
	const client = await createTestClient();
	await client.grant(T, "teacher");
	return client;
}

const recordsOf = (client: Awaited<ReturnType<typeof teacherClient>>) =>
	client.services.training.records({ key: T, role: "teacher" }, T);

describe("free text from a teacher in a private chat", () => {
	it("answers 今天参加了8学时数控培训 with a draft and saves only on 保存", async () => {
		const client = await teacherClient();
		const a = await client.say(T, "今天参加了8学时数控培训");
		expect(a.text).toContain("将保存为下面这条记录（还没有保存）");
		expect(a.text).toContain("2026-11-28 培训 8 学时：数控培训");
		expect(buttons(a.reply).map((c) => c.label)).toEqual(["保存", "修改"]);
		expect(await recordsOf(client)).toHaveLength(0);
		const save = buttons(a.reply)[0]?.command ?? "";
		expect(save).toBe("/log training 8 2026-11-28 「数控培训」");
		await client.say(T, save);
		expect(await recordsOf(client)).toMatchObject([
			{ kind: "training", date: "2026-11-28", hours: 8, title: "数控培训" },
		]);
	});

	it("reads 今天参加了8学时培训 with 培训 as the title", async () => {
		const client = await teacherClient();
		const a = await client.say(T, "今天参加了8学时培训");
		expect(a.text).toContain("2026-11-28 培训 8 学时：培训");
	});

	it("answers 登记企业实践 2026-10-01 2026-10-07 海尔 with a practice draft", async () => {
		const client = await teacherClient();
		const a = await client.say(T, "登记企业实践 2026-10-01 2026-10-07 海尔");
		expect(a.text).toContain("2026-10-01 至 2026-10-07 企业实践 7 天：海尔");
		expect(await recordsOf(client)).toHaveLength(0);
		await client.say(T, buttons(a.reply)[0]?.command ?? "");
		expect(await recordsOf(client)).toMatchObject([
			{
				kind: "practice",
				start: "2026-10-01",
				end: "2026-10-07",
				enterprise: "海尔",
			},
		]);
	});

	it("shows how a relative date in a sentence was read", async () => {
		const client = await teacherClient();
		const a = await client.say(T, "上周五参加了2.5小时 Web前端说明会");
		expect(a.text).toContain("2026-11-20 培训 2.5 学时");
		expect(a.text).toContain("日期读作：上周五 → 2026-11-20");
	});

	it.each(["我的进度", "还差多少天", "my progress"])(
		"takes %s to /progress",
		async (line) => {
			const client = await teacherClient();
			await client.say(T, "/log practice 2026-07-01 2026-08-31 甲公司");
			const a = await client.say(T, line);
			expect(a.text).toContain("目前已登记：企业实践 62 天");
		},
	);

	it("answers 我的进度 asked in a group privately", async () => {
		const client = await teacherClient();
		const a = await client.say(T, "我的进度", {
			chat: "group",
			addressed: true,
		});
		expect(a.text).toContain("目前已登记");
		expect(a.reply?.private).toBe(true);
	});

	it("leaves students' questions and group chatter to the usual answers", async () => {
		const client = await teacherClient();
		const a = await client.say("console:student", "今天参加了8学时数控培训");
		expect(a.text).not.toContain("将保存");
		const g = await client.say(T, "今天参加了8学时数控培训", {
			chat: "group",
			addressed: true,
		});
		expect(g.text).not.toContain("将保存");
	});

	it("does not take a question about hours for a record", async () => {
		const client = await teacherClient();
		const a = await client.say(T, "培训要求多少学时？");
		expect(a.text).not.toContain("将保存");
	});
});
