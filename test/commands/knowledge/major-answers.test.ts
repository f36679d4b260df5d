import { beforeAll, describe, expect, it } from "vitest";
import {
	statedLevel,
	withoutLevel,
} from "../../../commands/knowledge/views/major-level.js";
import {
	createTestClient,
	shippedKnowledge,
	type TestClient,
} from "../../helpers/test-client.js";

let bot: TestClient;
beforeAll(async () => {
	bot = await createTestClient();
});

type Answer = Awaited<ReturnType<TestClient["say"]>>;
const commandsOf = (answer: Answer) =>
	answer.reply?.blocks.flatMap((b) =>
		b.type === "choices" ? b.choices.map((c) => c.command) : [],
	) ?? [];

describe("the level a question states", () => {
	it("reads 中职, 中等职业, 高职, 专科, 大专, 本科 and 职业本科", () => {
		expect(statedLevel("我是中职护理专业的")).toBe("中等职业教育");
		expect(statedLevel("中等职业教育 电子商务")).toBe("中等职业教育");
		expect(statedLevel("高职护理")).toBe("高等职业教育专科");
		expect(statedLevel("护理专科能考什么")).toBe("高等职业教育专科");
		expect(statedLevel("大专护理")).toBe("高等职业教育专科");
		expect(statedLevel("职业本科 护理")).toBe("高等职业教育本科");
		expect(statedLevel("高职本科护理")).toBe("高等职业教育本科");
	});

	it("states none when none or two are named", () => {
		expect(statedLevel("护理专业能考什么证")).toBeUndefined();
		expect(statedLevel("中高职贯通护理")).toBeUndefined();
		expect(statedLevel("中职和大专都有护理吗")).toBeUndefined();
		expect(withoutLevel("护理 中职")).toBe("护理");
	});
});

describe("a major taught at several levels", () => {
	it("answers the stated level, in a command and in free text", async () => {
		const secondary = await bot.say("console:student", "/major 电子商务 中职");
		expect(secondary.text).toContain("【电子商务】");
		expect(secondary.text).toContain("专业代码：730701");
		const college = await bot.say(
			"console:student",
			"我是大专护理专业的，能考什么证",
		);
		expect(college.text).toContain("专业代码：520201");
		const bachelor = await bot.say("console:student", "/major 护理 本科");
		expect(bachelor.text).toContain("专业代码：320201");
	});

	it("answers once and names the levels when every level has the same answer", async () => {
		const answer = await bot.say("console:student", "电子商务专业考什么证");
		expect(answer.text).toContain(
			"开设层次：中职（730701）、高职专科（530701）、职业本科（330701）",
		);
		expect(answer.text).toContain("【适合考的 X 证书】");
		expect(answer.text).toContain(
			"以上推荐对中职（730701）、高职专科（530701）",
		);
		expect(commandsOf(answer).filter((c) => c.startsWith("/major"))).toEqual(
			[],
		);
	});

	it("says so when the stated level does not exist, then answers the levels there are", async () => {
		const answer = await bot.say("console:student", "/major 旅游管理 中职");
		expect(answer.text).toContain("「旅游管理」没有中职层次");
		expect(answer.text).toContain(
			"开设层次：高职专科（540101）、职业本科（340101）",
		);
	});

	it("shows each level's short answer, not a picker alone, when the levels differ", async () => {
		const shipped = await shippedKnowledge();
		// A certificate whose description names 医药卫生类: the 中职 record here has no 大类
		// name, so only the other two levels are named by it.
		const variant = {
			...shipped,
			majors: shipped.majors.map((m) =>
				m.code === "720201" ? { ...m, categoryName: null } : m,
			),
			certificates: [
				...shipped.certificates,
				{
					...(shipped.certificates[0] as (typeof shipped.certificates)[0]),
					id: "c999",
					name: "测试用证书",
					aliases: [],
					description: "面向医药卫生类专业。",
				},
			],
		};
		const other = await createTestClient({ knowledge: variant });
		const answer = await other.say("console:student", "/major 护理");
		expect(answer.text).toContain("「护理」在不同层次的推荐不同");
		const count = (code: string) =>
			other.services.knowledge.recommendForMajor(code, 8).length;
		expect(count("520201")).toBe(count("720201") + 1);
		expect(answer.text).toContain("中职（720201）：老年照护（学校实例）");
		expect(answer.text).toContain(`（共 ${count("720201")} 个）`);
		expect(answer.text).toMatch(
			new RegExp(`高职专科（520201）：.*（共 ${count("520201")} 个）`),
		);
		expect(answer.text).not.toContain("【适合考的 X 证书】");
		expect(commandsOf(answer)).toEqual(
			expect.arrayContaining([
				"/major 720201",
				"/major 520201",
				"/major 320201",
			]),
		);
	});
});

describe("evidence tiers in the answer", () => {
	it("labels each recommendation with its tier, inference said plainly", async () => {
		const robots = await bot.say("console:student", "/major 工业机器人技术");
		expect(robots.text).toContain("工业机器人装调（推断·领域相同）");
		expect(robots.text).toContain("专业名与证书名都含「工业机器人」");
		expect(robots.text).toContain("不是官方对应关系");
		const software = await bot.say("console:student", "/major 510203");
		expect(software.text).toContain("Web应用软件测试（证书简介点名）");
		const media = await bot.say("console:student", "/major 310204");
		expect(media.text).toContain("（官方依据）");
		const nursing = await bot.say("console:student", "/major 520201");
		expect(nursing.text).toContain("老年照护（学校实例）");
		expect(nursing.text.indexOf("（学校实例）")).toBeLessThan(
			nursing.text.indexOf("（推断"),
		);
	});

	it("says honestly when no certificate shares the major's field, and points to the closest fields", async () => {
		const answer = await bot.say("console:student", "/major 康复治疗技术");
		expect(answer.text).toContain("没有哪个证书与「康复治疗技术」的领域相同");
		expect(answer.text).not.toContain("【适合考的 X 证书】");
		expect(answer.text).toContain("最接近的领域（同属医药卫生大类）：护理类");
		expect(answer.text).toContain("相近领域的证书（不代表与本专业对口）");
	});

	it("falls back to fields with an inferred answer when no nearby field has evidence", async () => {
		const answer = await bot.say("console:student", "/major 高速铁路客运服务");
		expect(answer.text).toContain(
			"没有哪个证书与「高速铁路客运服务」的领域相同",
		);
		expect(answer.text).toContain(
			"最接近的领域（同属专业大类 50）：道路运输类",
		);
		expect(answer.text).toContain("相近领域的证书（不代表与本专业对口）");
	});

	it("keeps similarly named certificates apart from the recommendations", async () => {
		const answer = await bot.say("console:student", "/major 730701");
		expect(answer.text).toContain("【适合考的 X 证书】");
		const similar = answer.reply?.blocks.find(
			(b) => b.type === "choices" && b.prompt?.startsWith("名称相近的证书"),
		);
		expect(
			similar?.type === "choices" && similar.choices.map((c) => c.label),
		).toEqual(["跨境电子商务多平台运营"]);
	});
});

describe("a major and a certificate named together", () => {
	it("answers the pairing with its evidence, then the major's recommendations", async () => {
		const answer = await bot.say("console:student", "/major 护理 老年照护");
		expect(answer.text).toContain("【护理 专业与「老年照护」】");
		expect(answer.text).toContain("「护理」与「老年照护」的依据（学校实例）");
		expect(answer.text).toContain("济宁卫校");
		const buttons = answer.reply?.blocks.flatMap((b) =>
			b.type === "choices" ? b.choices.map((c) => c.command) : [],
		);
		expect(buttons).toEqual(expect.arrayContaining(["/cert c004"]));
		expect(answer.text.indexOf("依据（学校实例）")).toBeLessThan(
			answer.text.indexOf("【适合考的 X 证书】"),
		);
	});

	it("says plainly when no evidence links them, and keeps to the stated level", async () => {
		const none = await bot.say("console:student", "/major 药学 老年照护");
		expect(none.text).toContain(
			"没有资料把「药学」专业和「老年照护」证书对应起来",
		);
		const level = await bot.say("console:student", "/major 护理 中职 母婴护理");
		expect(level.text).toContain("（推断·领域相同）");
		expect(level.text).not.toContain("该专业开设层次");
		expect(level.text).toContain("不是官方对应关系");
	});
});
