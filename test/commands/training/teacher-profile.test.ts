import { describe, expect, it } from "vitest";
import { T2, trainingDialogue } from "../../helpers/training-dialogue.js";

describe("/teacher profile as teachers type it", () => {
	it.each([
		["/teacher profile 姓名=王芳", { name: "王芳" }],
		[
			"/教师 资料 姓名=王芳 院系=信息工程学院 周期开始=2023-09-01 专业课=是",
			{
				name: "王芳",
				department: "信息工程学院",
				periodStart: "2023-09-01",
				professional: true,
			},
		],
		[
			"/teacher profile 王芳 信息工程学院 2023-09-01",
			{ name: "王芳", department: "信息工程学院", periodStart: "2023-09-01" },
		],
		["/teacher profile period=2023年9月", { periodStart: "2023-09-01" }],
		["/teacher profile name=王 芳", { name: "王 芳" }],
		[
			'/teacher profile 院系="信息 工程学院" 专业课=否',
			{ department: "信息 工程学院", professional: false },
		],
		[
			"/teacher profile name=王芳 dept=信息工程学院",
			{ name: "王芳", department: "信息工程学院" },
		],
	])("saves %s and shows the profile as saved", async (line, expected) => {
		const { say, training } = await trainingDialogue();
		const a = await say(T2, line);
		expect(a.text).toContain("资料已保存");
		expect(await training.profile(T2)).toMatchObject(expected);
		for (const value of Object.values(expected))
			if (typeof value === "string") expect(a.text).toContain(value);
	});

	it.each([
		["/teacher profile 周期开始=2023年13月", "不是考核周期开始日期"],
		["/teacher profile period=__proto__", "不是考核周期开始日期"],
		["/teacher profile 专业课=也许", "请写 是 或 否"],
		["/teacher profile 爱好=读书", "不认识「爱好」"],
		["/teacher profile 王芳 信息工程学院 机电 数控", "多出了「机电 数控」"],
	])("refuses %s clearly, saving nothing", async (line, message) => {
		const { say, training } = await trainingDialogue();
		const before = await training.profile(T2);
		const a = await say(T2, line);
		expect(a.text).toContain(message);
		expect(a.text).toContain("例如：");
		expect(await training.profile(T2)).toEqual(before);
	});

	it("drops control and right-to-left characters typed in a name", async () => {
		const { say, training } = await trainingDialogue();
		await say(T2, "/teacher profile 姓名=王\u202E芳\u0007");
		expect((await training.profile(T2)).name).toBe("王芳");
	});
});
