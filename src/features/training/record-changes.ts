import { UserError } from "../../core/errors.js";
import type { TrainingDeps } from "./deps.js";
import { checkInPeriod, checkNotDuplicate } from "./duplicates.js";
import { unionDays } from "./periods.js";
import { platformName } from "./roles.js";
import type {
	Actor,
	At,
	AuditEntry,
	EditableField,
	Logged,
	PracticeEntry,
	TrainingRecord,
} from "./training-port.js";
import {
	checkHours,
	checkNotFuture,
	checkPeriod,
	checkText,
	MAX_NOTE,
	MAX_TITLE,
	parseDateValue,
	parseHours,
	parseRecordId,
} from "./validate.js";

/** Fields of a new record as audit changes from nothing (`null`) to their value. */
function createdFields(record: TrainingRecord) {
	const changes: Record<string, { from: null; to: unknown }> = {};
	for (const [field, value] of Object.entries(record))
		if (!["id", "owner", "createdAt"].includes(field))
			changes[field] = { from: null, to: value };
	return changes;
}

/** The creation of `record` in the audit trail (who, when, what). */
function creation(actor: Actor, record: TrainingRecord): AuditEntry {
	return {
		at: record.createdAt,
		by: actor.key,
		action: "create",
		target: record.id,
		owner: record.owner,
		changes: createdFields(record),
	};
}

/** What every insert by `actor` adds: its creation audit entry and their platform name. */
function insertFor(actor: Actor) {
	const adopt = platformName(actor);
	return {
		audit: (record: TrainingRecord) => creation(actor, record),
		...(adopt ? { adoptName: adopt } : {}),
	};
}

/** Logs hours of training on a date (default today, never in the future). */
export async function logTraining(
	deps: TrainingDeps,
	actor: Actor,
	input: { hours: number; title: string; date: string; again?: boolean },
	at: At,
): Promise<Logged> {
	const entry = {
		kind: "training" as const,
		owner: actor.key,
		date: checkNotFuture(input.date, at.today),
		hours: checkHours(input.hours),
		title: checkText(input.title, "title", MAX_TITLE),
		createdAt: at.now.toISOString(),
	};
	checkInPeriod(await deps.teachers.profile(actor.key), entry.date);
	const { record } = await deps.records.insert({
		entry,
		check: (own) => checkNotDuplicate(own, entry, input.again),
		...insertFor(actor),
	});
	return { record, overlaps: [], overlapDays: 0 };
}

/** The owner's practice periods (`own`) that share a day with `[start, end]`. */
function overlapping(
	own: readonly TrainingRecord[],
	start: string,
	end: string,
): PracticeEntry[] {
	return own.filter(
		(r): r is PracticeEntry =>
			r.kind === "practice" && r.start <= end && r.end >= start,
	);
}

/** Logs a practice period; overlaps are accepted but reported, and counted once in progress. */
export async function logPractice(
	deps: TrainingDeps,
	actor: Actor,
	input: {
		start: string;
		end: string;
		enterprise: string;
		note?: string;
		again?: boolean;
	},
	at: At,
): Promise<Logged> {
	checkPeriod(input.start, input.end, at.today);
	checkInPeriod(await deps.teachers.profile(actor.key), input.end);
	const entry: Omit<PracticeEntry, "id"> = {
		kind: "practice",
		owner: actor.key,
		start: input.start,
		end: input.end,
		enterprise: checkText(input.enterprise, "enterprise", MAX_TITLE),
		createdAt: at.now.toISOString(),
	};
	if (input.note?.trim()) entry.note = checkText(input.note, "note", MAX_NOTE);
	const { record, checked: others } = await deps.records.insert({
		entry,
		check: (own) => {
			checkNotDuplicate(own, entry, input.again);
			return overlapping(own, entry.start, entry.end);
		},
		...insertFor(actor),
	});
	return {
		record,
		overlaps: others.map((r) => r.id),
		overlapDays: unionDays(others, entry.start, entry.end),
	};
}

/**
 * Checks that the actor may change `record` (the one `id` names, if any). Someone else's record
 * looks like a missing one to a teacher (no hint that it exists); an admin needs a reason,
 * which goes into the audit trail.
 */
export function checkOwn(
	record: TrainingRecord | undefined,
	actor: Actor,
	id: string,
	reason: string | undefined,
): { record: TrainingRecord; reason?: string } {
	const mine = record?.owner === actor.key;
	if (!record || (!mine && actor.role !== "admin"))
		throw new UserError("training.not_found", { id });
	if (mine) return { record };
	if (!reason?.trim())
		throw new UserError("training.reason_required", {
			id,
			owner: record.owner,
		});
	return { record, reason: checkText(reason, "reason", MAX_NOTE) };
}

const fieldsOf: Record<TrainingRecord["kind"], readonly EditableField[]> = {
	training: ["hours", "title", "date"],
	practice: ["start", "end", "enterprise", "note"],
};

/** The record with `field` set from `raw`, validated as a whole (e.g. end ≥ start). */
function applyEdit(
	record: TrainingRecord,
	field: EditableField,
	raw: string,
	today: string,
): TrainingRecord {
	if (!fieldsOf[record.kind].includes(field))
		throw new UserError("training.field_not_editable", {
			field,
			id: record.id,
			fields: fieldsOf[record.kind].join(" / "),
		});
	if (record.kind === "training") {
		const next = { ...record };
		if (field === "hours") next.hours = parseHours(raw);
		else if (field === "title") next.title = checkText(raw, "title", MAX_TITLE);
		else next.date = checkNotFuture(parseDateValue(raw, today, "date"), today);
		return next;
	}
	const next = { ...record };
	if (field === "start" || field === "end") {
		next[field] = parseDateValue(raw, today, field);
		checkPeriod(next.start, next.end, today);
	} else if (field === "enterprise")
		next.enterprise = checkText(raw, "enterprise", MAX_TITLE);
	else next.note = checkText(raw, "note", MAX_NOTE);
	return next;
}

/** Changes one field of a record and keeps before → after in the audit trail. */
export async function editRecord(
	deps: TrainingDeps,
	actor: Actor,
	rawId: string,
	field: EditableField,
	value: string,
	reason: string | undefined,
	at: At,
): Promise<{ record: TrainingRecord; from: unknown; to: unknown }> {
	const id = parseRecordId(rawId);
	// The owner never changes, so their profile (for the period check) can be read first;
	// lookup, validation and change then run on the record as it is at the write.
	const [seen] = await deps.records.byIds([id]);
	const profile = seen ? await deps.teachers.profile(seen.owner) : undefined;
	return deps.records.replace(id, (current) => {
		const found = checkOwn(current, actor, id, reason);
		const next = applyEdit(found.record, field, value, at.today);
		if (field === "date" || field === "start" || field === "end")
			checkInPeriod(profile, next.kind === "training" ? next.date : next.end);
		const from = (found.record as unknown as Record<string, unknown>)[field];
		const to = (next as unknown as Record<string, unknown>)[field];
		next.updatedAt = at.now.toISOString();
		return {
			next,
			audit: {
				at: next.updatedAt,
				by: actor.key,
				action: "edit",
				target: next.id,
				owner: next.owner,
				changes: { [field]: { from: from ?? null, to } },
				...(found.reason ? { reason: found.reason } : {}),
			},
			result: { record: next, from, to },
		};
	});
}
