import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runRemindersScript } from "../../../scripts/reminders.js";
import { emptyDb } from "../../../src/storage/db.js";

const knowledgeDir = resolve(import.meta.dirname, "../../../knowledge");
let dir = "";

async function dataDir() {
	dir = await mkdtemp(join(tmpdir(), "onex-reminders-"));
	const db = emptyDb();
	db.reminders.rounds.push({
		id: "r1",
		certificateId: "c070",
		levels: ["中级"],
		dates: { register: "2027-03-15", pay: "2027-03-16", exam: "2027-03-20" },
		source: { title: "管理员录入", trust: "medium" },
		addedBy: "console:admin",
		addedAt: "2026-11-28T00:00:00.000Z",
	});
	for (const chatKey of ["console:local", "telegram:-100"])
		db.reminders.subscriptions.push({
			chatKey,
			certificateId: "c070",
			by: "console:admin",
			at: "2026-11-28T00:00:00.000Z",
			locale: "zh-CN",
		});
	await writeFile(join(dir, "db.json"), JSON.stringify(db));
	return { DATA_DIR: dir, KNOWLEDGE_DIR: knowledgeDir };
}

afterEach(async () => {
	if (dir) await rm(dir, { recursive: true, force: true });
});

describe("npm run reminders", () => {
	it("previews a sweep with --dry-run: who, why, the text, and writes nothing", async () => {
		const env = await dataDir();
		const before = await readFile(join(dir, "db.json"), "utf8");
		const out: string[] = [];
		const code = await runRemindersScript(
			["--at", "2027-03-08T00:00:00Z", "--dry-run"],
			env,
			(l) => out.push(l),
		);
		const text = out.join("\n");
		expect(code).toBe(0);
		expect(text).toContain("dry run");
		expect(text).toContain(
			"[would-send] console:local — register 2027-03-15 −7d (round r1, c070)",
		);
		expect(text).toContain(
			"[would-send] telegram:-100 — register 2027-03-15 −7d",
		);
		expect(text).toContain("【报名提醒】");
		expect(await readFile(join(dir, "db.json"), "utf8")).toBe(before);
	});

	it("sends through the console notifier, leaves other platforms to the bot, and records the outbox", async () => {
		const env = await dataDir();
		const out: string[] = [];
		await runRemindersScript(["--at", "2027-03-19T00:00:00Z"], env, (l) =>
			out.push(l),
		);
		const text = out.join("\n");
		expect(text).toContain("→ console:local");
		expect(text).toContain("[sent] console:local — exam 2027-03-20 −1d");
		expect(text).toContain("[no-notifier] telegram:-100");
		const db = JSON.parse(await readFile(join(dir, "db.json"), "utf8"));
		expect(
			db.reminders.outbox["exam:r1:exam:2027-03-20:1:console:local"].status,
		).toBe("sent");
		expect(
			db.reminders.outbox["exam:r1:exam:2027-03-20:1:telegram:-100"],
		).toBeUndefined();
		const again: string[] = [];
		await runRemindersScript(["--at", "2027-03-19T01:00:00Z"], env, (l) =>
			again.push(l),
		);
		expect(again.join("\n")).not.toContain("[sent]");
	});

	it("asks for an instant with a zone", async () => {
		const out: string[] = [];
		expect(
			await runRemindersScript(["--at", "2027-03-19"], {}, (l) => out.push(l)),
		).toBe(2);
		expect(out[0]).toContain("--at needs an ISO instant");
	});
});
