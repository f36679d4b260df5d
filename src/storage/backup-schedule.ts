import cron from "node-cron";
import { localDate } from "../core/dates.js";
import type { Clock, Logger } from "../core/ports.js";
import { backupDatabase } from "./backup.js";
import { errorCode } from "./storage-error.js";

export interface BackupSchedule {
	stop(): Promise<void>;
}

/**
 * Copies the database every day at 03:30 in `zone` (a quiet hour, and after midnight so the
 * copy is named for the new day), keeping the newest `keep`. Off when `keep` is 0. A failed
 * copy is logged; the bot carries on.
 */
export function scheduleDailyBackup(options: {
	file: string;
	keep: number;
	zone: string;
	clock: Clock;
	logger: Logger;
}): BackupSchedule {
	const { file, keep, zone, clock, logger } = options;
	if (keep <= 0) return { stop: async () => {} };
	const task = cron.schedule(
		"0 30 3 * * *",
		async () => {
			try {
				await backupDatabase(file, {
					date: localDate(clock.now(), zone),
					keep,
				});
			} catch (error) {
				logger.error("backup failed", {
					file,
					cause: errorCode(error),
					error: error instanceof Error ? error.message : String(error),
				});
			}
		},
		{ timezone: zone, name: "daily-backup", noOverlap: true },
	);
	return {
		async stop() {
			await task.destroy();
		},
	};
}
