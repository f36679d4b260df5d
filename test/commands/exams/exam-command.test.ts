import { describe, expect, it } from "vitest";
import { examDialogue } from "../../helpers/exam-dialogue.js";
import { yearRounds } from "../../helpers/reminder-fixtures.js";

describe("/exam", () => {
	it("shows every milestone of the upcoming rounds, with buttons to subscribe and get the calendar", async () => {
		const { say } = examDialogue({ rounds: yearRounds });
		const a = await say("telegram:5", "/exam 网络运维");
		expect(a.text).toContain("【网络系统建设与运维 · 考试安排】");
		expect(a.text).toContain("批次 e1（中级）");
		expect(a.text).toContain("报名截止：2027-03-15");
		expect(a.text).toContain("缴费截止：2027-03-16");
		expect(a.text).toContain("考试日期：2027-03-20");
		expect(a.text).toContain("成绩公示：2027-04-04");
		expect(a.text).toContain("考点：实训楼 A301");
		expect(a.text).toContain("来源：测试来源（https://example.org/plan）");
		expect(a.text).toContain("培训评价组织（华为技术有限公司）");
		expect(a.choices).toEqual(["/subscribe c1", "/exam ics c1"]);
	});

	it("answers the Chinese alias and says who to ask when no round is known", async () => {
		const { say } = examDialogue({ rounds: yearRounds });
		const a = await say("telegram:5", "/考试 前端");
		expect(a.text).toContain("目前没有「Web前端开发」今后的已知考试安排。");
		expect(a.text).toContain("考试安排请以学校 1+X 办公室的通知为准。");
	});

	it("offers short ASCII buttons when the certificate is ambiguous", async () => {
		const { say } = examDialogue();
		const a = await say("telegram:5", "/exam web");
		expect(a.choices).toEqual(["/exam c3", "/exam c4"]);
		for (const c of a.choices) expect(c).toMatch(/^[\x20-\x7e]{1,20}$/);
		expect((await say("telegram:5", a.choices[0] ?? "")).text).toContain(
			"Web前端开发",
		);
	});

	it("says so when nothing matches, with an example", async () => {
		const { say } = examDialogue();
		const a = await say("telegram:5", "/exam 烹饪");
		expect(a.text).toContain("没有找到与「烹饪」相符的证书");
		expect(a.text).toContain("例如：");
	});

	it("asks for a certificate when none is given", async () => {
		const { say } = examDialogue();
		expect((await say("telegram:5", "/exam")).text).toContain(
			"缺少参数「certificate：证书名称、简称或编号」",
		);
	});
});

describe("/exam list and /exam ics", () => {
	it("lists upcoming rounds with their ids", async () => {
		const { say } = examDialogue({ rounds: yearRounds });
		const a = await say("telegram:5", "/exam list");
		expect(a.text).toContain(
			"e1 网络系统建设与运维（中级）：考试 2027-03-20，报名截止 2027-03-15",
		);
		expect(a.text).toContain("e3 智能计算平台应用开发：考试 2027-10-16");
		const one = await say("telegram:5", "/exam list 智能计算");
		expect(one.text).not.toContain("e1 ");
	});

	it("sends a calendar file of the upcoming milestones", async () => {
		const { say } = examDialogue({ rounds: yearRounds });
		const a = await say("telegram:5", "/exam ics 网络运维");
		expect(a.files).toHaveLength(1);
		const f = a.files[0];
		expect(f?.name).toBe("c1-exams.ics");
		expect(f?.mime).toBe("text/calendar");
		expect(f?.content.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
		expect(f?.content.match(/BEGIN:VEVENT/g)).toHaveLength(8);
		expect(f?.content.match(/\r\nDTSTART;VALUE=DATE:\d{8}\r\n/g)).toHaveLength(
			8,
		);
		// The configured reminder time, 08:00, the day before.
		expect(f?.content.match(/\r\nTRIGGER:-PT16H\r\n/g)).toHaveLength(8);
		expect(f?.caption).toContain("8 个日程");
		const none = await say("telegram:5", "/exam ics 前端");
		expect(none.files).toHaveLength(0);
		expect(none.text).toContain("没有今后的考试日程");
	});
});
