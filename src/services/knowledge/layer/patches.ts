import type { Source } from "../../../core/knowledge-port.js";
import { withSources } from "./apply.js";
import type { Stamp } from "./data.js";

/** A change to a shipped record (certificate or FAQ): fields set, sources added, or hidden. */
interface Patch<F> extends Stamp {
	id: string;
	set: F;
	addSources: Source[];
	removed?: boolean;
}

/**
 * Folds a change of a shipped record into its one patch (later fields win, the source is
 * added once), or starts that patch.
 */
export function patchShipped<F extends object>(
	patches: Patch<F>[],
	id: string,
	set: F,
	source: Source,
	stamp: Stamp,
): void {
	const patch = patches.find((p) => p.id === id);
	if (!patch) {
		patches.push({ id, set, addSources: [source], ...stamp });
		return;
	}
	patch.set = { ...patch.set, ...set };
	patch.addSources = withSources(patch.addSources, [source]);
	Object.assign(patch, stamp);
}

/**
 * Removes a record the layer added (`added` holds it), or else hides the shipped one through
 * its patch; a patch that only hides keeps the removal's source.
 */
export function removeOrHide<A, F extends object>(
	added: A[],
	isIt: (a: A) => boolean,
	patches: Patch<F>[],
	id: string,
	source: Source,
	stamp: Stamp,
): void {
	const i = added.findIndex(isIt);
	if (i >= 0) {
		added.splice(i, 1);
		return;
	}
	const patch = patches.find((p) => p.id === id);
	if (patch) Object.assign(patch, { removed: true }, stamp);
	else
		patches.push({
			id,
			set: {} as F,
			addSources: [source],
			removed: true,
			...stamp,
		});
}
