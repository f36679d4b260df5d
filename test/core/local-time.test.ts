import { describe, expect, it } from "vitest";
import { localTime } from "../../src/core/local-time.js";

describe("localTime", () => {
	it.each([
		["2026-11-28T02:00:00.000Z", "Asia/Shanghai", "2026-11-28 10:00"],
		["2026-11-27T16:05:00.000Z", "Asia/Shanghai", "2026-11-28 00:05"],
		["2026-07-01T12:30:00.000Z", "Europe/Berlin", "2026-07-01 14:30"],
		["2026-12-31T23:59:00.000Z", "UTC", "2026-12-31 23:59"],
	])("shows %s in %s as %s", (iso, zone, shown) => {
		expect(localTime(iso, zone)).toBe(shown);
	});

	it("keeps text that is not an instant as it is", () => {
		expect(localTime("not a time", "Asia/Shanghai")).toBe("not a time");
	});
});
