import { UserError } from "../../core/errors.js";
import type {
	PracticeEntry,
	TeacherProfile,
	TrainingEntry,
	TrainingRecord,
} from "./training-port.js";

/** The first record of the same owner that says the same thing (kind, dates, hours, title). */
export function sameRecord(
	records: readonly TrainingRecord[],
	entry: Omit<TrainingEntry, "id"> | Omit<PracticeEntry, "id">,
): TrainingRecord | undefined {
	return records.find((r) => {
		if (r.owner !== entry.owner || r.kind !== entry.kind) return false;
		if (r.kind === "training" && entry.kind === "training")
			return (
				r.date === entry.date &&
				r.hours === entry.hours &&
				r.title === entry.title
			);
		return (
			r.kind === "practice" &&
			entry.kind === "practice" &&
			r.start === entry.start &&
			r.end === entry.end &&
			r.enterprise === entry.enterprise
		);
	});
}

/** Refuses a second copy of a record unless the teacher said `again`. */
export function checkNotDuplicate(
	records: readonly TrainingRecord[],
	entry: Omit<TrainingEntry, "id"> | Omit<PracticeEntry, "id">,
	again: boolean | undefined,
): void {
	if (again) return;
	const same = sameRecord(records, entry);
	if (same) throw new UserError("training.duplicate", { id: same.id });
}

/** A record that ends before the appraisal period began does not count towards it. */
export function checkInPeriod(
	profile: TeacherProfile | undefined,
	lastDay: string,
): void {
	const periodStart = profile?.periodStart;
	if (periodStart && lastDay < periodStart)
		throw new UserError("training.before_period", {
			date: lastDay,
			periodStart,
		});
}
