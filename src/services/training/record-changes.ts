import { UserError } from "../../core/errors.js";
import type {
	Actor,
	At,
	EditableField,
	Logged,
	PracticeEntry,
	TrainingEntry,
	TrainingRecord,
} from "../../core/training-port.js";
import type { TrainingData } from "./data.js";
import type { TrainingDeps } from "./deps.js";
import { checkInPeriod, checkNotDuplicate } from "./duplicates.js";
import { unionDays } from "./periods.js";
import { adoptPlatformName } from "./roles.js";
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

function profileOf(deps: TrainingDeps, key: string) {
	const profiles = deps.store.data.training.profiles;
	return Object.hasOwn(profiles, key) ? profiles[key] : undefined;
}

/** Fields of a new record as audit changes from nothing (`null`) to their value. */
function createdFields(record: TrainingRecord) {
	const changes: Record<string, { from: null; to: unknown }> = {};
	for (const [field, value] of Object.entries(record))
		if (!["id", "owner", "createdAt"].includes(field))
			changes[field] = { from: null, to: value };
	return changes;
}

/** Adds a record with the next id, and its creation to the audit trail (who, when, what). */
function addRecord(
	d: { training: TrainingData },
	actor: Actor,
	record: Omit<TrainingEntry, "id"> | Omit<PracticeEntry, "id">,
): TrainingRecord {
	const full = { ...record, id: String(d.training.nextId++) } as TrainingRecord;
	d.training.records.push(full);
	d.training.audit.push({
		at: full.createdAt,
		by: actor.key,
		action: "create",
		target: full.id,
		owner: full.owner,
		changes: createdFields(full),
	});
	adoptPlatformName(d.training, actor);
	return full;
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
	checkInPeriod(profileOf(deps, actor.key), entry.date);
	const record = await deps.store.update((d) => {
		checkNotDuplicate(d.training.records, entry, input.again);
		return addRecord(d, actor, entry);
	});
	return { record, overlaps: [], overlapDays: 0 };
}

/** This owner's practice periods that share a day with `[start, end]`, except `exceptId`. */
function overlapping(
	records: readonly TrainingRecord[],
	owner: string,
	start: string,
	end: string,
	exceptId?: string,
): PracticeEntry[] {
	return records.filter(
		(r): r is PracticeEntry =>
			r.kind === "practice" &&
			r.owner === owner &&
			r.id !== exceptId &&
			r.start <= end &&
			r.end >= start,
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
	checkInPeriod(profileOf(deps, actor.key), input.end);
	const entry: Omit<PracticeEntry, "id"> = {
		kind: "practice",
		owner: actor.key,
		start: input.start,
		end: input.end,
		enterprise: checkText(input.enterprise, "enterprise", MAX_TITLE),
		createdAt: at.now.toISOString(),
	};
	if (input.note?.trim()) entry.note = checkText(input.note, "note", MAX_NOTE);
	return deps.store.update((d) => {
		checkNotDuplicate(d.training.records, entry, input.again);
		const others = overlapping(
			d.training.records,
			actor.key,
			entry.start,
			entry.end,
		);
		const record = addRecord(d, actor, entry);
		return {
			record,
			overlaps: others.map((r) => r.id),
			overlapDays: unionDays(others, entry.start, entry.end),
		};
	});
}

/**
 * Finds a record the actor may change. Someone else's record looks like a missing one to a
 * teacher (no hint that it exists); an admin needs a reason, which goes into the audit trail.
 */
export function findOwn(
	data: { training: TrainingData },
	actor: Actor,
	rawId: string,
	reason: string | undefined,
): { index: number; record: TrainingRecord; reason?: string } {
	const id = parseRecordId(rawId);
	const index = data.training.records.findIndex((r) => r.id === id);
	const record = data.training.records[index];
	const mine = record?.owner === actor.key;
	if (!record || (!mine && actor.role !== "admin"))
		throw new UserError("training.not_found", { id });
	if (mine) return { index, record };
	if (!reason?.trim())
		throw new UserError("training.reason_required", {
			id,
			owner: record.owner,
		});
	return { index, record, reason: checkText(reason, "reason", MAX_NOTE) };
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
	// Lookup, validation and change run inside one synchronous callback: nothing can change
	// the record in between, and a rejection throws before anything is written.
	return deps.store.update((d) => {
		const found = findOwn(d, actor, rawId, reason);
		const next = applyEdit(found.record, field, value, at.today);
		if (field === "date" || field === "start" || field === "end")
			checkInPeriod(
				profileOf(deps, next.owner),
				next.kind === "training" ? next.date : next.end,
			);
		const from = (found.record as unknown as Record<string, unknown>)[field];
		const to = (next as unknown as Record<string, unknown>)[field];
		next.updatedAt = at.now.toISOString();
		d.training.records[found.index] = next;
		d.training.audit.push({
			at: next.updatedAt as string,
			by: actor.key,
			action: "edit",
			target: next.id,
			owner: next.owner,
			changes: { [field]: { from: from ?? null, to } },
			...(found.reason ? { reason: found.reason } : {}),
		});
		return { record: next, from, to };
	});
}

/** Deletes a record; the audit trail keeps a copy of it. */
export async function removeRecord(
	deps: TrainingDeps,
	actor: Actor,
	rawId: string,
	reason: string | undefined,
	at: At,
): Promise<TrainingRecord> {
	return deps.store.update((d) => {
		const found = findOwn(d, actor, rawId, reason);
		d.training.records.splice(found.index, 1);
		d.training.audit.push({
			at: at.now.toISOString(),
			by: actor.key,
			action: "delete",
			target: found.record.id,
			owner: found.record.owner,
			before: found.record,
			...(found.reason ? { reason: found.reason } : {}),
		});
		return found.record;
	});
}
