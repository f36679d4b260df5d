import { UserError } from "../../core/errors.js";
import type { TrainingDeps } from "./deps.js";
import type { Deletion } from "./records-repository.js";
import {
	type Actor,
	type At,
	RESTORE_DAYS,
	type TrainingRecord,
} from "./training-port.js";
import { parseRecordId } from "./validate.js";

/** The given ids among `candidates`, or else every deletion of the latest `/delete`. */
function choose(candidates: readonly Deletion[], ids: readonly string[]) {
	if (ids.length === 0) {
		const latest = candidates[0];
		if (!latest) throw new UserError("undo.nothing", { days: RESTORE_DAYS });
		return candidates.filter((c) => c.at === latest.at && c.by === latest.by);
	}
	return ids.map((id) => {
		const c = candidates.find((x) => x.target === id);
		if (!c) throw new UserError("undo.not_found", { id, days: RESTORE_DAYS });
		return c;
	});
}

/**
 * Brings deleted records back as they were, with their ids: the given ids, or else every
 * record of the actor's latest deletion. Only within `RESTORE_DAYS` and only deletions the
 * actor made or of their records; the audit trail keeps the deletion and adds the restoration.
 */
export async function restoreRecords(
	deps: TrainingDeps,
	actor: Actor,
	rawIds: readonly string[],
	at: At,
): Promise<TrainingRecord[]> {
	const ids = rawIds.map(parseRecordId);
	const since = new Date(at.now.getTime() - RESTORE_DAYS * 86_400_000);
	const chosen = await deps.records.restore(
		actor.key,
		since,
		(candidates) => choose(candidates, ids),
		(c) => ({
			at: at.now.toISOString(),
			by: actor.key,
			action: "restore",
			target: c.target,
			owner: c.before.owner,
		}),
	);
	return chosen.map((c) => c.before);
}
