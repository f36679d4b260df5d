import { describe, expect, it } from "vitest";
import { FixedClock } from "../../helpers/fixed-clock.js";
import { RecordingNotifier } from "../../helpers/recording-notifier.js";
import { reminderStore, yearSweeper } from "../../helpers/reminder-fixtures.js";
import { simulationSubscriptions } from "../../helpers/reminder-harness.js";

const AT = "2027-03-08T00:00:00Z"; // 08:00 in Shanghai: e1's registration closes in 7 days
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const E1_REGISTER_7 = /^exam:e1:register:2027-03-15:7:/;

function setup() {
	const store = reminderStore({
		subscriptions: simulationSubscriptions("2026-11-28T00:00:00Z"),
	});
	const clock = new FixedClock(AT);
	const telegram = new RecordingNotifier("telegram", clock);
	const sweeper = yearSweeper(store, [telegram]);
	/** How many times each occurrence key was sent, over every sweep. */
	const sent = new Map<string, number>();
	const sweep = async () => {
		const report = await sweeper.sweep(clock.now());
		for (const l of report.lines)
			if (l.outcome === "sent") sent.set(l.key, (sent.get(l.key) ?? 0) + 1);
		return report;
	};
	const e1Register7 = () =>
		[...sent].filter(([k]) => E1_REGISTER_7.test(k)).map(([, n]) => n);
	/** The clock set back to an hour after the start: nothing already sent goes out again. */
	const expectNoResendBackAtStart = async () => {
		clock.set(AT);
		clock.advance(HOUR);
		const back = await sweep();
		expect(back.lines.filter((l) => E1_REGISTER_7.test(l.key))).toEqual([]);
		expect(e1Register7()).toEqual([1, 1]);
		expect([...sent.values()].every((n) => n === 1)).toBe(true);
	};
	return { store, clock, telegram, sweep, expectNoResendBackAtStart };
}

describe("reminders under clock jumps", () => {
	it("sends an occurrence exactly once when the clock jumps 200 days ahead and back", async () => {
		const { clock, telegram, sweep, store, expectNoResendBackAtStart } =
			setup();
		await sweep();
		const first = telegram.deliveries.map((d) => d.chatKey).sort();
		expect(first).toEqual(["telegram:-100", "telegram:200"]);
		clock.advance(200 * DAY);
		for (let h = 0; h < 48; h++) {
			await sweep();
			clock.advance(HOUR);
		}
		await expectNoResendBackAtStart();
		// The records were kept through the jump: nothing was pruned.
		expect(
			Object.keys(store.data.reminders.outbox).filter((k) =>
				E1_REGISTER_7.test(k),
			),
		).toHaveLength(2);
	});

	it("remembers a pruned round as closed, so even a clock that stayed wrong for months cannot resend it", async () => {
		const { clock, sweep, store, expectNoResendBackAtStart } = setup();
		await sweep();
		// A wrong clock that ran for 200 days, swept every day: e1 ends and is pruned.
		for (let d = 0; d < 200; d++) {
			clock.advance(DAY);
			await sweep();
		}
		const outbox = store.data.reminders.outbox;
		expect(Object.keys(outbox).filter((k) => k.startsWith("exam:e1:"))).toEqual(
			[],
		);
		expect(store.data.reminders.closedRounds).toHaveProperty([
			"exam:e1:2027-03-20",
		]);
		// Its end is kept once, with the closed round, not with each record.
		expect(store.data.reminders.openRounds).not.toHaveProperty([
			"exam:e1:2027-03-20",
		]);
		await expectNoResendBackAtStart();
	});
});
