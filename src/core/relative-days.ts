/** `date` moved by `days` (the same as `addDays` in dates.ts, which imports this file). */
function addDays(date: string, days: number): string {
	const t = new Date(`${date}T00:00:00Z`);
	t.setUTCDate(t.getUTCDate() + days);
	return t.toISOString().slice(0, 10);
}

/**
 * Days relative to today, looked up in Maps so that `__proto__`, `constructor` or `toString`
 * typed as a date are simply not found (an object literal with `in` would find them).
 */
const offsets = new Map<string, number>([
	["今天", 0],
	["今日", 0],
	["today", 0],
	["昨天", -1],
	["昨日", -1],
	["yesterday", -1],
	["前天", -2],
	["前日", -2],
	["大前天", -3],
	["thedaybeforeyesterday", -2],
	["明天", 1],
	["明日", 1],
	["tomorrow", 1],
	["后天", 2],
]);

const chineseWeekdays = new Map<string, number>([
	["一", 1],
	["二", 2],
	["三", 3],
	["四", 4],
	["五", 5],
	["六", 6],
	["日", 7],
	["天", 7],
	["1", 1],
	["2", 2],
	["3", 3],
	["4", 4],
	["5", 5],
	["6", 6],
	["7", 7],
]);

const englishWeekdays = new Map<string, number>([
	["monday", 1],
	["tuesday", 2],
	["wednesday", 3],
	["thursday", 4],
	["friday", 5],
	["saturday", 6],
	["sunday", 7],
]);

/** Chinese words for weeks: `上周五` is Friday of the calendar week (Monday first) before this one. */
const weekShift = new Map<string, number>([
	["上上", -2],
	["上", -1],
	["本", 0],
	["这", 0],
	["今", 0],
	["下", 1],
]);

/** ISO weekday of a `YYYY-MM-DD` date: Monday 1 … Sunday 7. */
export function weekdayOf(date: string): number {
	const d = new Date(`${date}T00:00:00Z`).getUTCDay();
	return d === 0 ? 7 : d;
}

/** Pattern source of every relative word `relativeDay` knows (for scanning a line). */
export const relativePattern = [
	"大前天",
	"前天",
	"前日",
	"昨天",
	"昨日",
	"今天",
	"今日",
	"明天",
	"明日",
	"后天",
	"(?:上上|上|本|这|今|下)?(?:周|星期|礼拜)[一二三四五六日天1-7]",
	"\\bthe\\s+day\\s+before\\s+yesterday\\b",
	"\\b(?:today|yesterday|tomorrow)\\b",
	"\\b(?:(?:last|this)\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b",
].join("|");

/**
 * `今天`, `前天`, `上周五`, `周三`, `last friday`, `yesterday` → a date counted from `today`.
 * A bare weekday (`周三`, `friday`) is the latest one on or before today; `last friday` the
 * latest one before today; `上周五` Friday of last calendar week. `undefined` when not known.
 */
export function relativeDay(word: string, today: string): string | undefined {
	const s = word.toLowerCase().replace(/\s+/g, "");
	const offset = offsets.get(s);
	if (offset !== undefined) return addDays(today, offset);
	const dow = weekdayOf(today);
	const cn = /^(上上|上|本|这|今|下)?(?:周|星期|礼拜)(.)$/.exec(s);
	if (cn) {
		const wanted = chineseWeekdays.get(cn[2] ?? "");
		if (wanted === undefined) return undefined;
		if (cn[1] === undefined) return addDays(today, -((dow - wanted + 7) % 7));
		const weeks = weekShift.get(cn[1]) ?? 0;
		return addDays(today, weeks * 7 + wanted - dow);
	}
	const en = /^(last|this)?([a-z]+)$/.exec(s);
	const wanted = en ? englishWeekdays.get(en[2] ?? "") : undefined;
	if (!en || wanted === undefined) return undefined;
	const back = (dow - wanted + 7) % 7;
	return addDays(today, -(en[1] === "last" && back === 0 ? 7 : back));
}
