import { UserError } from "../../core/errors.js";
import {
	type Actor,
	type At,
	type AuditEntry,
	RESTORE_DAYS,
	type TrainingRecord,
} from "../../core/training-port.js";
import type { TrainingData } from "./data.js";
import type { TrainingDeps } from "./deps.js";
import { parseRecordId } from "./validate.js";

type Deletion = AuditEntry & { before: TrainingRecord };

/** Deletions the actor may undo (their own records, or ones they deleted), newest first. */
function undoable(data: TrainingData, actor: Actor, now: Date): Deletion[] {
	const since = now.getTime() - RESTORE_DAYS * 86_400_000;
	const present = new Set(data.records.map((r) => r.id));
	const restored = new Set<string>();
	const found: Deletion[] = [];
	for (let i = data.audit.length - 1; i >= 0; i--) {
		const e = data.audit[i] as AuditEntry;
		if (e.action === "restore") restored.add(e.target);
		if (e.action !== "delete" || !e.before || restored.has(e.target)) continue;
		if (Date.parse(e.at) < since) break;
		if (present.has(e.target)) continue;
		if (e.by !== actor.key && e.before.owner !== actor.key) continue;
		restored.add(e.target);
		found.push(e as Deletion);
	}
	return found;
}

/**
 * Brings deleted records back as they were, with their ids: the given ids, or else every
 * record of the actor's latest deletion. Only within `RESTORE_DAYS`; the audit trail keeps
 * the deletion and adds the restoration.
 */
export async function restoreRecords(
	deps: TrainingDeps,
	actor: Actor,
	rawIds: readonly string[],
	at: At,
): Promise<TrainingRecord[]> {
	const ids = rawIds.map(parseRecordId);
	return deps.store.update((d) => {
		const candidates = undoable(d.training, actor, at.now);
		let chosen: Deletion[];
		if (ids.length === 0) {
			const latest = candidates[0];
			if (!latest) throw new UserError("undo.nothing", { days: RESTORE_DAYS });
			chosen = candidates.filter(
				(c) => c.at === latest.at && c.by === latest.by,
			);
		} else {
			chosen = ids.map((id) => {
				const c = candidates.find((x) => x.target === id);
				if (!c)
					throw new UserError("undo.not_found", { id, days: RESTORE_DAYS });
				return c;
			});
		}
		for (const c of chosen) {
			d.training.records.push({ ...c.before });
			d.training.audit.push({
				at: at.now.toISOString(),
				by: actor.key,
				action: "restore",
				target: c.target,
				owner: c.before.owner,
			});
		}
		return chosen.map((c) => c.before);
	});
}
