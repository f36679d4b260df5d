import { daysBetween, parseDate } from "../../core/dates.js";
import { UserError } from "../../core/errors.js";
import { isMessageKey, type MessageRef, messageRef } from "../../core/i18n.js";

/** A single entry above this is almost certainly a typo (a long course is logged per week). */
export const MAX_HOURS_PER_ENTRY = 200;
/** Longest single practice period; longer secondments are logged per year. */
export const MAX_PRACTICE_DAYS = 731;
export const MAX_TITLE = 100;
export const MAX_NOTE = 200;

/**
 * Hours must be a positive, finite number no larger than one entry can sensibly hold. Hours
 * are kept to 2 decimals, so a value that rounds to 0 (`0.004`) is refused, not stored as 0.
 */
export function checkHours(hours: number): number {
	if (!Number.isFinite(hours) || hours <= 0)
		throw new UserError("training.hours_not_positive", { value: hours });
	if (hours > MAX_HOURS_PER_ENTRY)
		throw new UserError("training.hours_too_many", {
			value: hours,
			max: MAX_HOURS_PER_ENTRY,
		});
	const rounded = Math.round(hours * 100) / 100;
	if (rounded <= 0)
		throw new UserError("training.hours_too_small", { value: hours });
	return rounded;
}

/**
 * A record field as a refusal names it: its localized name (`field.title` → 标题 / title) where
 * the catalogue has one, else the code name as given (`name`, `department`).
 */
export function fieldLabel(field: string): string | MessageRef {
	const key = `field.${field}`;
	return isMessageKey(key) ? messageRef(key) : field;
}

/** Parses hours typed in `edit` (full-width digits allowed). */
export function parseHours(raw: string): number {
	const s = raw.normalize("NFKC").trim();
	if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(s))
		throw new UserError("errors.args_not_number", {
			value: raw,
			arg: fieldLabel("hours"),
		});
	return checkHours(Number(s));
}

/** One line of text, trimmed, not empty, at most `max` characters. */
export function checkText(value: string, field: string, max: number): string {
	// Slash-command values do not pass through the text cleaner: refuse what it would remove.
	if (/[\p{Cc}\p{Cf}\u2028\u2029]/u.test(value.replace(/[\n\t]/g, " ")))
		throw new UserError("training.text_control_chars", {
			field: fieldLabel(field),
		});
	const clean = value.replace(/\s+/g, " ").trim();
	if (clean === "")
		throw new UserError("training.text_empty", { field: fieldLabel(field) });
	if ([...clean].length > max)
		throw new UserError("training.text_too_long", {
			field: fieldLabel(field),
			max,
			length: [...clean].length,
		});
	return clean;
}

export function checkNotFuture(date: string, today: string): string {
	if (date > today)
		throw new UserError("training.date_in_future", { date, today });
	return date;
}

/** Reads a date typed in `edit` the same way the argument parser does. */
export function parseDateValue(
	raw: string,
	today: string,
	field: string,
): string {
	const parsed = parseDate(raw, today);
	if (!parsed.ok)
		throw new UserError("errors.args_not_date", {
			value: raw,
			arg: fieldLabel(field),
		});
	return parsed.value;
}

/** A practice period: ends on or after its start, not in the future, not absurdly long. */
export function checkPeriod(start: string, end: string, today: string): void {
	if (end < start)
		throw new UserError("training.end_before_start", { start, end });
	checkNotFuture(end, today);
	const days = daysBetween(start, end) + 1;
	if (days > MAX_PRACTICE_DAYS)
		throw new UserError("training.period_too_long", {
			days,
			max: MAX_PRACTICE_DAYS,
		});
}

/** `12` or `#12` → `12`. */
export function parseRecordId(raw: string): string {
	const m = /^[#＃]?(\d{1,9})$/.exec(raw.normalize("NFKC").trim());
	if (!m?.[1])
		throw new UserError("training.bad_id", { value: raw.slice(0, 20) });
	return String(Number(m[1]));
}

const userKeyPattern = /^(telegram|discord|console):[^\s:]{1,64}$/;

/** A user key as the bot writes it (`telegram:123`). */
export function checkUserKey(raw: string): string {
	const key = raw.trim();
	if (!userKeyPattern.test(key))
		throw new UserError("role.bad_user", { value: key.slice(0, 40) });
	return key;
}
