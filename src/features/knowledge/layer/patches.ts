import type { Source } from "../knowledge-port.js";
import { withSources } from "./apply.js";
import type { Stamp } from "./data.js";
import type { LayerDraft } from "./layer-draft.js";
import type { LayerLists } from "./layer-repository.js";

type PatchList = "certificatePatches" | "faqPatches";
type AddedList = "certificates" | "faq";
type Patch = LayerLists[PatchList];

/**
 * Folds a change of a shipped record (certificate or FAQ) into its one patch (later fields
 * win, the source is added once), or starts that patch.
 */
export function patchShipped(
	draft: LayerDraft,
	list: PatchList,
	id: string,
	set: object,
	source: Source,
	stamp: Stamp,
): void {
	const patch = draft.find(list, id) as Patch | undefined;
	const next = patch
		? {
				...patch,
				set: { ...patch.set, ...set },
				addSources: withSources(patch.addSources, [source]),
				...stamp,
			}
		: { id, set, addSources: [source], ...stamp };
	draft.put(list, next as never);
}

/**
 * Removes a record the layer added (in `added`), or else hides the shipped one through its
 * patch; a patch that only hides keeps the removal's source.
 */
export function removeOrHide(
	draft: LayerDraft,
	added: AddedList,
	list: PatchList,
	id: string,
	source: Source,
	stamp: Stamp,
): void {
	if (draft.find(added, id)) {
		draft.remove(added, id);
		return;
	}
	const patch = draft.find(list, id) as Patch | undefined;
	const next = patch
		? { ...patch, removed: true, ...stamp }
		: { id, set: {}, addSources: [source], removed: true, ...stamp };
	draft.put(list, next as never);
}
