/** Instants shown to people as `YYYY-MM-DD HH:mm` in the configured zone. */

const clocks = new Map<string, Intl.DateTimeFormat>();

/**
 * `2026-11-28T02:00:00.000Z` in `Asia/Shanghai` → `2026-11-28 10:00` (24-hour clock, midnight
 * as `00`). Text that is not an instant is returned as it is.
 */
export function localTime(iso: string, zone: string): string {
	const instant = new Date(iso);
	if (Number.isNaN(instant.getTime())) return iso;
	let f = clocks.get(zone);
	if (!f) {
		f = new Intl.DateTimeFormat("en-US", {
			timeZone: zone,
			year: "numeric",
			month: "2-digit",
			day: "2-digit",
			hour: "2-digit",
			minute: "2-digit",
			hourCycle: "h23",
		});
		clocks.set(zone, f);
	}
	const part = Object.fromEntries(
		f.formatToParts(instant).map((p) => [p.type, p.value]),
	);
	return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`;
}
