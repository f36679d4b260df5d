import cron, { type ScheduledTask } from "node-cron";
import { isValidZone } from "../../core/dates.js";
import type { Clock, Logger } from "../../core/ports.js";
import type { Sweeper } from "./sweep.js";

export interface SchedulerOptions {
	sweeper: Sweeper;
	clock: Clock;
	logger: Logger;
	/** IANA zone passed to every schedule. */
	zone: string;
	/** Local `HH:mm` of the daily reminders. */
	reminderTime: string;
	/**
	 * Extra sweep for retries and anything due but unsent (default minute 17 of every hour).
	 * It finds nothing new on a normal day: every slot is at `reminderTime`.
	 */
	retryCron?: string;
}

export interface ReminderScheduler {
	/** Resolves when the start-up catch-up sweep has finished. */
	readonly started: Promise<void>;
	stop(): Promise<void>;
}

/** `08:00` → `0 0 8 * * *` (seconds field first, so the slot is exact). */
export function dailyCron(reminderTime: string): string {
	const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(reminderTime);
	if (!m) throw new Error(`reminder time must be HH:mm, got "${reminderTime}"`);
	return `0 ${Number(m[2])} ${Number(m[1])} * * *`;
}

/**
 * Starts the reminder schedules. Fails fast on a bad zone or cron expression. node-cron never
 * replays slots missed while the process was down, so a catch-up sweep runs at start: the
 * planner sends what still matters, late and marked, and drops what no longer does.
 */
export function startReminderScheduler(
	options: SchedulerOptions,
): ReminderScheduler {
	const { sweeper, clock, logger, zone } = options;
	if (!isValidZone(zone)) throw new Error(`unknown time zone "${zone}"`);
	const expressions = {
		daily: dailyCron(options.reminderTime),
		retry: options.retryCron ?? "0 17 * * * *",
	};
	for (const [name, expr] of Object.entries(expressions)) {
		const check = cron.validateDetailed(expr);
		if (!check.valid)
			throw new Error(
				`invalid cron expression for ${name} reminders "${expr}": ${check.errors.map((e) => e.message).join("; ")}`,
			);
	}

	const cronLogger = {
		info: (m: string) => logger.info(m),
		warn: (m: string) => logger.warn(m),
		error: (m: string | Error) => logger.error(String(m)),
		debug: () => {},
	};
	async function tick(reason: string): Promise<void> {
		try {
			const report = await sweeper.sweep(clock.now());
			const sent = report.lines.filter((l) => l.outcome === "sent").length;
			if (report.lines.length > 0)
				logger.info("reminder sweep", {
					reason,
					due: report.due,
					sent,
					other: report.lines.length - sent,
				});
		} catch (error) {
			logger.error("reminder sweep failed", {
				reason,
				error:
					error instanceof Error
						? (error.stack ?? error.message)
						: String(error),
			});
		}
	}

	const tasks: ScheduledTask[] = [];
	const started = (async () => {
		const interrupted = await sweeper.recover(clock.now());
		if (interrupted > 0)
			logger.warn("reminders interrupted while sending are not resent", {
				count: interrupted,
			});
		await tick("start-up catch-up");
	})();
	for (const [name, expr] of Object.entries(expressions)) {
		tasks.push(
			cron.schedule(expr, () => tick(name), {
				name: `reminders-${name}`,
				timezone: zone,
				noOverlap: true,
				logger: cronLogger,
			}),
		);
	}

	return {
		started,
		async stop() {
			for (const task of tasks) await task.destroy();
			await started.catch(() => undefined);
		},
	};
}
