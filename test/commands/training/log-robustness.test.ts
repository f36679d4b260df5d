import { describe, expect, it } from "vitest";
import { T1, trainingDialogue } from "../../helpers/training-dialogue.js";

const pieces = [
	"8",
	"16学时",
	"2.5h",
	"1e9",
	"0.001",
	"-3",
	"培训",
	"上周五",
	"上周",
	"11.20",
	"11/20",
	"2026年11月1日",
	"2月31日",
	"__proto__",
	"constructor",
	"toString",
	"至",
	"到",
	"-",
	"~",
	"7月1日到8月31日",
	"2025/1/10-2025/2/20",
	"「引号 标题」",
	'"半角',
	"海尔集团",
	"3天",
	"last",
	"friday",
	"yesterday",
	"Python",
	"3.12",
	"１１．２０",
	"\u202E",
	"🙂",
	"明天",
	"2099-01-01",
	"1999-12-31",
	"20260701",
	"去年",
	"11月",
	"=SUM(A1)",
	"--again",
];

/** A small deterministic generator, so a failure can be replayed. */
function* lines(count: number) {
	let seed = 12345;
	const next = () => {
		seed = (seed * 1103515245 + 12345) % 2147483648;
		return seed;
	};
	for (let i = 0; i < count; i++) {
		const n = 1 + (next() % 5);
		const words = Array.from(
			{ length: n },
			() => pieces[next() % pieces.length],
		);
		yield `/log ${next() % 2 ? "training" : "practice"} ${words.join(" ")}`;
	}
}

describe("/log under arbitrary lines", () => {
	it("never fails internally and never saves a date outside the period or after today", async () => {
		const { say, training } = await trainingDialogue();
		for (const line of lines(400)) {
			// `say` fails the test on any internal error the dispatcher logged.
			const a = await say(T1, line);
			expect(a.text.length).toBeGreaterThan(0);
		}
		const saved = await training.records({ key: T1, role: "teacher" }, T1);
		expect(saved.length).toBeGreaterThan(0);
		for (const r of saved) {
			const [first, last] =
				r.kind === "training" ? [r.date, r.date] : [r.start, r.end];
			expect(first >= "2024-09-01" || last >= "2024-09-01").toBe(true);
			expect(last <= "2026-11-28").toBe(true);
			const text = r.kind === "training" ? r.title : r.enterprise;
			// No date the scanner can read is left in what was saved as text.
			expect(text).not.toMatch(/上周五|11\.20|11\/20|2026年11月1日|yesterday/);
		}
	});
});
