import { describe, expect, it } from "vitest";
import { T2, trainingDialogue } from "../../helpers/training-dialogue.js";

describe("/teacher profile with the commas Chinese typing puts between fields", () => {
	it.each([
		[
			"/teacher profile 王芳，信息工程学院，2023年9月",
			{ name: "王芳", department: "信息工程学院", periodStart: "2023-09-01" },
		],
		[
			"/教师 资料 王芳、信息工程学院、2023-09-01。",
			{ name: "王芳", department: "信息工程学院", periodStart: "2023-09-01" },
		],
		[
			"/teacher profile 姓名=王芳，院系=机电工程系；周期开始=2024年9月。",
			{ name: "王芳", department: "机电工程系", periodStart: "2024-09-01" },
		],
		[
			"/teacher profile 名字：李 明, 专业课=否",
			{ name: "李 明", professional: false },
		],
		[
			'/teacher profile 院系="信息，工程学院"',
			{ department: "信息，工程学院" },
		],
	])("reads %s field by field", async (line, expected) => {
		const { say, training } = await trainingDialogue();
		const a = await say(T2, line);
		expect(a.text).toContain("资料已保存");
		expect(await training.profile(T2)).toMatchObject(expected);
		expect((await training.profile(T2)).name ?? "").not.toMatch(/[，、,]/u);
	});
});
