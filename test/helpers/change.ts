import type { Change } from "../../src/core/change.js";
import type { Role } from "../../src/core/command.js";

/** A change by `key` at `now` (the tests' usual instant by default); `today` is its UTC date. */
export function changeBy(
	key: string,
	now: Date = new Date("2026-11-28T02:00:00Z"),
	role: Role = "admin",
): Change {
	return { actor: { key, role }, now, today: now.toISOString().slice(0, 10) };
}
