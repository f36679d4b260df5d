import { describe, expect, it } from "vitest";
import { localTime } from "../../../src/features/training/export-csv.js";

describe("localTime", () => {
	it("writes a UTC instant as local date and time in the zone", () => {
		const at = "2026-11-28T16:05:09.000Z";
		expect(localTime(at, "Asia/Shanghai")).toBe("2026-11-29 00:05");
		expect(localTime(at, "America/New_York")).toBe("2026-11-28 11:05");
		expect(localTime(at, "UTC")).toBe("2026-11-28 16:05");
	});

	it("leaves an absent time empty and keeps text that is not a time", () => {
		expect(localTime(undefined, "Asia/Shanghai")).toBeUndefined();
		expect(localTime("unknown", "Asia/Shanghai")).toBe("unknown");
	});
});
