import { afterEach, describe, expect, it, vi } from "vitest";
import { yearRounds } from "../../helpers/reminder-fixtures.js";
import { reminderBot } from "../../helpers/reminder-harness.js";

const HOUR = 3_600_000;
const START = "2026-11-28T02:00:00Z";

function addDaysUtc(date: string, days: number): string {
	const t = new Date(`${date}T00:00:00Z`);
	t.setUTCDate(t.getUTCDate() + days);
	return t.toISOString().slice(0, 10);
}

/** Every reminder the year must bring, with its slot: 08:00 in Shanghai is 00:00 UTC (no DST). */
function expectedReminders(): Map<string, string> {
	const subs: [string, string][] = [
		["telegram:-100", "c1"],
		["telegram:200", "c1"],
		["telegram:200", "c2"],
		["discord:channel:3", "c2"],
	];
	const offsets = {
		register: [7, 1],
		pay: [1],
		exam: [7, 1],
		results: [0],
	} as const;
	const out = new Map<string, string>();
	for (const [chat, cert] of subs)
		for (const round of yearRounds.filter((r) => r.certificateId === cert))
			for (const [m, days] of Object.entries(offsets)) {
				const date = round.dates[m as keyof typeof offsets];
				if (!date) continue;
				for (const d of days)
					out.set(
						`exam:${round.id}:${m}:${date}:${d}:${chat}`,
						`${addDaysUtc(date, -d)}T00:00:00.000Z`,
					);
			}
	for (const [end, months, slot, who] of [
		["2027-09-30", 6, "2027-03-30", "telegram:900"],
		["2027-09-30", 3, "2027-06-30", "telegram:900"],
		["2027-09-30", 1, "2027-08-30", "telegram:900"],
		["2027-05-31", 6, "2026-11-30", "discord:902"],
		["2027-05-31", 3, "2027-02-28", "discord:902"],
		["2027-05-31", 1, "2027-04-30", "discord:902"],
	] as const)
		out.set(`practice:${end}:${months}:${who}`, `${slot}T00:00:00.000Z`);
	return out;
}

/** A small deterministic generator, so a failing run can be repeated. */
function seeded(seed: number) {
	let s = seed;
	return () => {
		s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
		return s / 2_147_483_648;
	};
}

const localHour = (iso: string) =>
	new Intl.DateTimeFormat("en-GB", {
		timeZone: "Asia/Shanghai",
		hour: "2-digit",
		minute: "2-digit",
		hourCycle: "h23",
	}).format(new Date(iso));

afterEach(() => {
	vi.useRealTimers();
});

describe("a year of reminders through node-cron with a fake clock", () => {
	it("sends every expected reminder exactly once, at 08:00 local, with no restarts", {
		timeout: 60_000,
	}, async () => {
		vi.useFakeTimers({ now: new Date(START) });
		const bot = reminderBot({ start: START });
		await bot.boot();
		// Whole days: node-cron still fires every hourly retry sweep in between.
		for (let d = 0; d < 366; d++) await vi.advanceTimersByTimeAsync(24 * HOUR);
		await bot.crash();

		const expected = expectedReminders();
		const sent = bot.sent();
		expect([...sent.keys()].sort()).toEqual([...expected.keys()].sort());
		expect(bot.deliveries()).toHaveLength(expected.size);
		for (const [key, slot] of expected)
			expect(sent.get(key), key).toEqual([slot]);
		expect(bot.lines.every((l) => l.outcome === "sent")).toBe(true);
		// Records older than 120 days are pruned; the planner never looks back that far.
		expect(Object.keys(bot.store.data.reminders.outbox).length).toBeLessThan(
			expected.size,
		);
		for (const d of bot.deliveries()) {
			expect(localHour(d.at)).toBe("08:00");
			expect(d.text).not.toContain("延迟送达");
		}
	});

	it("loses and duplicates nothing across restarts at random ticks", {
		timeout: 60_000,
	}, async () => {
		vi.useFakeTimers({ now: new Date(START) });
		const random = seeded(20261128);
		const bot = reminderBot({ start: START });
		await bot.boot();
		let restarts = 0;
		const maxDown = 5 * HOUR;
		for (let h = 0; h < 366 * 24; h++) {
			await vi.advanceTimersByTimeAsync(HOUR);
			if (random() < 0.03) {
				await bot.crash();
				// Down for a few minutes up to five hours, possibly across 08:00.
				await vi.advanceTimersByTimeAsync(Math.floor(random() * maxDown));
				await bot.boot();
				restarts++;
			}
		}
		await bot.crash();
		expect(restarts).toBeGreaterThan(100);

		const expected = expectedReminders();
		const sent = bot.sent();
		expect([...sent.keys()].sort()).toEqual([...expected.keys()].sort());
		expect(bot.deliveries()).toHaveLength(expected.size);
		let late = 0;
		for (const [key, slot] of expected) {
			const at = sent.get(key) ?? [];
			expect(at, key).toHaveLength(1);
			const delay = Date.parse(at[0] ?? "") - Date.parse(slot);
			expect(delay).toBeGreaterThanOrEqual(0);
			expect(delay).toBeLessThanOrEqual(maxDown + HOUR);
			if (delay > 30 * 60_000) late++;
			else expect(delay).toBe(0);
		}
		expect(late).toBeGreaterThan(0);
		const marked = bot
			.deliveries()
			.filter((d) => d.text.includes("（延迟送达）"));
		expect(marked).toHaveLength(late);
	});
});

describe("downtime", () => {
	it("drops a registration deadline that passed while down, and still warns of the exam late", async () => {
		vi.useFakeTimers({ now: new Date(START) });
		const bot = reminderBot({ start: START, teachers: [] });
		await bot.boot();
		await vi.advanceTimersByTimeAsync(
			Date.parse("2027-03-13T12:00:00Z") - Date.now(),
		);
		await bot.crash();
		// Down from before the 1-day registration slot (03-14) until 03-16 10:00 local.
		await vi.advanceTimersByTimeAsync(
			Date.parse("2027-03-16T02:00:00Z") - Date.now(),
		);
		const before = bot.deliveries().length;
		await bot.boot();
		const keys = bot.lines
			.filter((l) => l.at === "2027-03-16T02:00:00.000Z")
			.map((l) => l.key);
		expect(keys.some((k) => k.includes(":register:"))).toBe(false);
		expect(keys.filter((k) => k.startsWith("exam:e1:pay:"))).toHaveLength(2);
		expect(bot.deliveries().length - before).toBe(keys.length);
		await bot.crash();
	});

	it("sends an exam-eve reminder missed by a few hours at start-up, marked late", async () => {
		vi.useFakeTimers({ now: new Date("2027-03-18T12:00:00Z") });
		const bot = reminderBot({ start: START, teachers: [] });
		// Down from 07:00 until 12:00 local on the eve of the exam.
		vi.setSystemTime(new Date("2027-03-19T04:00:00Z"));
		await bot.boot();
		const eve = bot.telegram.deliveries.filter((d) =>
			d.text.includes("考试提醒"),
		);
		expect(eve.map((d) => d.chatKey).sort()).toEqual([
			"telegram:-100",
			"telegram:200",
		]);
		for (const d of eve) {
			expect(d.text).toContain("明天（2027-03-20）考试。（延迟送达）");
			expect(d.text).toContain("请按考点通知准备证件");
			expect(d.at).toBe("2027-03-19T04:00:00.000Z");
		}
		await bot.crash();
	});
});
