import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = resolve(import.meta.dirname, "../../..");

async function yearIn(tz: string) {
	const { stdout } = await run(
		process.execPath,
		["--import", "tsx", "test/helpers/reminder-tz-run.ts"],
		{ cwd: root, env: { ...process.env, TZ: tz }, timeout: 60_000 },
	);
	return JSON.parse(stdout) as {
		tz: string;
		offset: number;
		sent: string[];
		nextRuns: string[];
	};
}

describe("host time zone", () => {
	it("sends the same reminders at the same instants on a UTC host and a Shanghai host", {
		timeout: 90_000,
	}, async () => {
		const [utc, shanghai] = await Promise.all([
			yearIn("UTC"),
			yearIn("Asia/Shanghai"),
		]);
		// The children really ran in different zones.
		expect(utc.offset).toBe(0);
		expect(shanghai.offset).toBe(-480);
		expect(utc.sent.length).toBe(38);
		expect(shanghai.sent).toEqual(utc.sent);
		for (const line of utc.sent)
			expect(line).toMatch(/^\d{4}-\d\d-\d\dT00:00:00\.000Z sent /);
		expect(shanghai.nextRuns).toEqual(utc.nextRuns);
		expect(utc.nextRuns[0]).toMatch(/T00:00:00\.000Z$/);
	});
});
