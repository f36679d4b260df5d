import { daysBetween } from "../../core/dates.js";
import { isUserError, UserError } from "../../core/errors.js";
import type { MessageKey, Translate } from "../../core/i18n.js";
import { formatNumber } from "../../core/render-text.js";
import type { TeacherProfile, TrainingRecord } from "./training-port.js";

/** One record as a list line: `#12 2026-07-01 培训 8 学时：数控编程`. */
export function describeRecord(t: Translate, r: TrainingRecord): string {
	if (r.kind === "training")
		return t("training.line_training", {
			id: r.id,
			date: r.date,
			hours: formatNumber(r.hours),
			title: r.title,
		});
	const line = t("training.line_practice", {
		id: r.id,
		start: r.start,
		end: r.end,
		days: daysBetween(r.start, r.end) + 1,
		enterprise: r.enterprise,
	});
	return r.note ? `${line}（${r.note}）` : line;
}

/** A profile as label/value fields; unset values say so. */
export function profileFields(t: Translate, p: TeacherProfile) {
	const unset = t("teacher.unset");
	return [
		{ label: t("teacher.field_name"), value: p.name ?? unset },
		{ label: t("teacher.field_department"), value: p.department ?? unset },
		{ label: t("teacher.field_period"), value: p.periodStart ?? unset },
		{
			label: t("teacher.field_professional"),
			value: p.professional === false ? t("teacher.no") : t("teacher.yes"),
		},
	];
}

/**
 * The service only knows that a reason is missing; the command knows how it is typed. A
 * `training.reason_required` error comes back with `examples` of the exact form; any other
 * error is returned as it is.
 */
export function withReasonExamples(
	error: unknown,
	examples: readonly string[],
): unknown {
	if (!isUserError(error) || error.code !== "training.reason_required")
		return error;
	// Re-thrown with its own (untyped) params: the code stays a plain key.
	return new UserError<MessageKey>(error.code, error.params, {
		examples,
		cause: error,
	});
}
