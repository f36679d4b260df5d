import { UserError } from "../../core/errors.js";
import type { Actor, At, TrainingRecord } from "../../core/training-port.js";
import type { TrainingData } from "./data.js";
import type { TrainingDeps } from "./deps.js";
import { findOwn } from "./record-changes.js";
import { parseRecordId } from "./validate.js";

/** Most records one `/delete` may name. */
export const MAX_DELETE = 20;

function distinctIds(rawIds: readonly string[]): string[] {
	if (rawIds.length === 0) throw new UserError("delete.no_ids");
	const ids = [...new Set(rawIds.map(parseRecordId))];
	if (ids.length > MAX_DELETE)
		throw new UserError("delete.too_many", { max: MAX_DELETE });
	return ids;
}

/** The records the actor may change; a teacher asking for another's record sees "not found". */
export function lookupRecords(
	data: { training: TrainingData },
	actor: Actor,
	rawIds: readonly string[],
	reason?: string,
): TrainingRecord[] {
	return distinctIds(rawIds).map(
		(id) => findOwn(data, actor, id, reason).record,
	);
}

/**
 * Deletes every named record or none: all are checked (and an admin's reason for others'
 * records) before the first is removed. Each deletion keeps a copy in the audit trail.
 */
export async function removeRecords(
	deps: TrainingDeps,
	actor: Actor,
	rawIds: readonly string[],
	reason: string | undefined,
	at: At,
): Promise<TrainingRecord[]> {
	const ids = distinctIds(rawIds);
	return deps.store.update((d) => {
		const found = ids.map((id) => findOwn(d, actor, id, reason));
		const gone = new Set(found.map((f) => f.record.id));
		d.training.records = d.training.records.filter((r) => !gone.has(r.id));
		for (const f of found)
			d.training.audit.push({
				at: at.now.toISOString(),
				by: actor.key,
				action: "delete",
				target: f.record.id,
				owner: f.record.owner,
				before: f.record,
				...(f.reason ? { reason: f.reason } : {}),
			});
		return found.map((f) => f.record);
	});
}
