import { UserError } from "../../core/errors.js";
import type { TrainingDeps } from "./deps.js";
import { checkOwn } from "./record-changes.js";
import type { Actor, At, TrainingRecord } from "./training-port.js";
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
export async function lookupRecords(
	deps: TrainingDeps,
	actor: Actor,
	rawIds: readonly string[],
	reason?: string,
): Promise<TrainingRecord[]> {
	const ids = distinctIds(rawIds);
	const found = new Map(
		(await deps.records.byIds(ids)).map((r) => [r.id, r] as const),
	);
	return ids.map((id) => checkOwn(found.get(id), actor, id, reason).record);
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
	return deps.records.remove(ids, (records) =>
		records.map((record, i) => {
			const f = checkOwn(record, actor, ids[i] as string, reason);
			return {
				at: at.now.toISOString(),
				by: actor.key,
				action: "delete" as const,
				target: f.record.id,
				owner: f.record.owner,
				before: f.record,
				...(f.reason ? { reason: f.reason } : {}),
			};
		}),
	);
}

/** Deletes a record; the audit trail keeps a copy of it. */
export async function removeRecord(
	deps: TrainingDeps,
	actor: Actor,
	rawId: string,
	reason: string | undefined,
	at: At,
): Promise<TrainingRecord> {
	const [gone] = await removeRecords(deps, actor, [rawId], reason, at);
	return gone as TrainingRecord;
}
