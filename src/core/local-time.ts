const formats = new Map<string, Intl.DateTimeFormat>();

/** `2026-11-28 10:00`: an instant as a wall-clock time in the configured zone. */
export function localTime(iso: string, zone: string): string {
	const instant = new Date(iso);
	if (Number.isNaN(instant.getTime())) return iso;
	let f = formats.get(zone);
	if (!f) {
		f = new Intl.DateTimeFormat("sv-SE", {
			timeZone: zone,
			year: "numeric",
			month: "2-digit",
			day: "2-digit",
			hour: "2-digit",
			minute: "2-digit",
		});
		formats.set(zone, f);
	}
	return f.format(instant);
}
