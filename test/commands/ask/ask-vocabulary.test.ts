import { beforeAll, describe, expect, it } from "vitest";
import { normalize } from "../../../src/features/knowledge/normalize.js";
import {
	createTestClient,
	shippedKnowledge,
	type TestClient,
} from "../../helpers/test-client.js";

let bot: TestClient;
beforeAll(async () => {
	bot = await createTestClient();
});

type Sent = Awaited<ReturnType<TestClient["say"]>>;
const buttons = (answer: Sent): string[] =>
	answer.reply?.blocks.flatMap((b) =>
		b.type === "choices" ? b.choices.map((c) => c.command) : [],
	) ?? [];

const LATIN = /^[a-z0-9][a-z0-9 +-]*$/u;
/** Entries written before the rule below; each was checked against the student query set. */
const OLD_PIECES = [
	"会计",
	"直播",
	"网店",
	"特效",
	"测量",
	"数据分析",
	"机器人编程",
	"数字孪生",
	"智能终端",
];

describe("everyday words of every field", () => {
	it("never lists a piece of a certificate's own name, which the name search already finds", async () => {
		const data = await shippedKnowledge();
		const names = data.certificates.flatMap((c) =>
			[c.name, ...c.aliases].map(normalize),
		);
		const inside = (word: string, name: string) =>
			LATIN.test(word)
				? ` ${name.replace(/[^a-z0-9]+/gu, " ")} `.includes(` ${word} `)
				: name.includes(word);
		const pieces = (data.vocabulary ?? [])
			.map((e) => normalize(e.word))
			.filter((w) => names.some((n) => n !== w && inside(w, n)));
		expect(pieces).toEqual(OLD_PIECES);
	});

	it("answers job titles and activities with the certificates of that field", async () => {
		for (const [q, cert, name] of [
			["我想当导游考什么证", "c123", "旅行策划"],
			["空姐要什么证书", "c138", "空中乘务"],
			["学剪视频有证吗", "c055", "数字影视特效制作"],
			["程序员考啥证", "c017", "Python程序开发"],
			["修电梯的证", "c133", "电梯维修保养"],
			["网管证书", "c090", "网络系统建设与运维"],
			["开车床的证", "c061", "数控车铣加工"],
		] as const) {
			// Several certificates come as buttons; a single one is answered directly.
			const answer = await bot.say("console:student", q);
			const named =
				buttons(answer).includes(`/cert ${cert}`) ||
				answer.text.includes(`【${name}】`);
			expect(named, `${q}: ${answer.text.slice(0, 80)}`).toBe(true);
		}
	});

	it("says plainly when a job has no certificate here", async () => {
		const none = await bot.say("console:student", "高铁乘务员有证吗");
		expect(none.text).toContain("没有与「高铁」对应的");
		const teacher = await bot.say("console:student", "教师资格证怎么考");
		expect(teacher.text).toContain("没有与「教师资格证」对应的");
	});
});
