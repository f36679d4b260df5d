import { describe, expect, it } from "vitest";
import { createAdminAlerts } from "../../../src/features/users/admin-alerts.js";
import { MemoryLogger } from "../../helpers/memory-logger.js";
import { RecordingNotifier } from "../../helpers/recording-notifier.js";
import { createTestClient } from "../../helpers/test-client.js";

const CODE = "JOIN-2026";
const ADMIN = "telegram:1";
const MINUTE = 60_000;

async function bot() {
	const clock = { now: () => new Date("2026-11-28T02:00:00Z") };
	const telegram = new RecordingNotifier("telegram", clock);
	const alertLog = new MemoryLogger();
	const alerts = createAdminAlerts([ADMIN, "console:admin"], alertLog);
	alerts.connect([telegram]);
	const client = await createTestClient({
		admins: [ADMIN, "console:admin"],
		inviteCode: CODE,
		alerts,
	});
	const join = (user: string, code: string) =>
		client.say(user, `/teacher join ${code}`, { platform: "telegram" });
	return { ...client, telegram, alertLog, join };
}

const events = (b: Awaited<ReturnType<typeof bot>>) =>
	b.store.data.invites.events;

describe("invite codes under guessing", () => {
	it("stops 100 accounts guessing 20 codes each: joining pauses, nobody gets in, admins are told", async () => {
		const b = await bot();
		const accounts = Array.from(
			{ length: 100 },
			(_, i) => `telegram:${5000 + i}`,
		);
		const lucky = "telegram:5057";
		for (let round = 0; round < 20; round++) {
			await Promise.all(
				accounts.map((user, i) =>
					// One account has the real code at its fifth try.
					b.join(
						user,
						user === lucky && round === 4 ? CODE : `G${round}X${i}Q7`,
					),
				),
			);
			b.clock.advance(1000);
		}
		const roles: string[] = [];
		for (const u of accounts)
			if ((await b.services.users.roleOf(u)) !== "student") roles.push(u);
		expect(roles).toEqual([]);
		const all = events(b);
		expect(all).toHaveLength(2000 + 1);
		const checked = all.filter(
			(e) => e.action === "wrong" || e.action === "joined",
		);
		// Codes were checked only until the burst; everything after was refused unchecked.
		expect(checked.length).toBeLessThanOrEqual(20);
		expect(all.filter((e) => e.action === "paused")).toEqual([
			expect.objectContaining({ by: "system", failures: 20 }),
		]);
		expect(b.store.data.invites.pausedSince).toBeDefined();
		expect(b.telegram.deliveries).toHaveLength(1);
		expect(b.telegram.deliveries[0]).toMatchObject({ chatKey: ADMIN });
		expect(b.telegram.deliveries[0]?.text).toContain("已暂停用邀请码加入");
		expect(b.telegram.deliveries[0]?.text).toContain("/teacher code new");
		expect(
			b.alertLog.lines.filter(
				(l) => l.level === "warn" && l.message.includes("paused"),
			),
		).toHaveLength(1);
		const refused = await b.join(lucky, CODE);
		expect(refused.text).toContain("暂时关闭");
		expect(await b.services.users.roleOf(lucky)).toBe("student");
	});

	it("says the same about every wrong code, however close", async () => {
		const b = await bot();
		const answers = new Set<string>();
		for (const [i, guess] of [
			"JOIN-2025",
			"join-2026",
			"JOIN-202",
			"JOIN-20266",
			"ZZZZ",
		].entries())
			answers.add((await b.join(`telegram:${700 + i}`, guess)).text);
		expect([...answers]).toHaveLength(1);
		expect([...answers][0]).toContain("邀请码不对");
	});

	it("makes one user wait after three wrong codes, longer each time, and forgives after the wait", async () => {
		const b = await bot();
		const user = "telegram:42";
		for (let i = 0; i < 3; i++)
			expect((await b.join(user, `WRONG${i}X`)).text).toContain("邀请码不对");
		// Even the right code is not checked while waiting.
		expect((await b.join(user, CODE)).text).toContain("请 1 分钟后再试");
		b.clock.advance(MINUTE + 1);
		expect((await b.join(user, "WRONG9X")).text).toContain("邀请码不对");
		expect((await b.join(user, CODE)).text).toContain("请 2 分钟后再试");
		b.clock.advance(2 * MINUTE + 1);
		expect((await b.join(user, CODE)).text).toContain("你已成为教师");
		expect(events(b).map((e) => e.action)).toEqual([
			"wrong",
			"wrong",
			"wrong",
			"waiting",
			"wrong",
			"waiting",
			"joined",
		]);
		expect(
			(await b.services.training.auditOf(user)).map((e) => e.action),
		).toEqual(["join"]);
	});

	it("lets an admin make a code that expires, shown only privately and stored only hashed, and resume joining", async () => {
		const b = await bot();
		for (let i = 0; i < 20; i++)
			await b.join(`telegram:${800 + i}`, `BAD${i}CODE`);
		expect(b.store.data.invites.pausedSince).toBeDefined();
		const status = await b.say("console:admin", "/teacher code");
		expect(status.text).toContain("已暂停");
		expect(status.text).toContain("24 小时内错误次数：20");
		expect(status.text).toContain("telegram:819：邀请码错误");

		const made = await b.say(ADMIN, "/teacher code new", {
			platform: "telegram",
			chat: "group",
		});
		expect(made.reply?.private).toBe(true);
		const code = /新的邀请码：([A-Z2-9]{10})/.exec(made.text)?.[1] ?? "";
		expect(code).toMatch(/[A-Z]/);
		expect(code).toMatch(/\d/);
		expect(JSON.stringify(b.store.data)).not.toContain(code);
		expect(b.store.data.invites.pausedSince).toBeUndefined();

		expect((await b.join("telegram:900", code.toLowerCase())).text).toContain(
			"你已成为教师",
		);
		b.clock.advance(8 * 24 * 60 * MINUTE);
		expect((await b.join("telegram:901", code)).text).toContain("已过期");
		// The configured code still works alongside.
		expect((await b.join("telegram:902", CODE)).text).toContain("你已成为教师");

		for (let i = 0; i < 20; i++)
			await b.join(`telegram:${950 + i}`, `BAD${i}CODE`);
		expect(
			(await b.say("console:admin", "/teacher code resume")).text,
		).toContain("已恢复");
		expect(
			(await b.say("console:admin", "/teacher code resume")).text,
		).toContain("没有暂停");
		expect((await b.join("telegram:903", CODE)).text).toContain("你已成为教师");
		expect(events(b).map((e) => e.action)).toContain("resumed");
	});

	it("keeps invite codes to admins", async () => {
		const b = await bot();
		const a = await b.say("telegram:77", "/teacher code new", {
			platform: "telegram",
		});
		expect(a.text).toContain("只对管理员开放");
		expect(b.store.data.invites.generated).toBeUndefined();
	});
});
