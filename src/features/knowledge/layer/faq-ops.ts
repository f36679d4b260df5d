import type { Change } from "../../../core/change.js";
import { UserError } from "../../../core/errors.js";
import type { FaqEntry, Source } from "../knowledge-port.js";
import { faqEntrySchema } from "../schema.js";
import { withSources } from "./apply.js";
import { commit, type LayerDeps, validated } from "./commit.js";
import { layerIds } from "./data.js";
import type { FaqInput } from "./layer-port.js";
import { checkFaqInput } from "./limits.js";
import { patchShipped, removeOrHide } from "./patches.js";

function findFaq(deps: LayerDeps, id: string): FaqEntry {
	const wanted = id.trim().toLowerCase();
	const found = deps.layered.data.faq.find((f) => f.id === wanted);
	if (!found) throw new UserError("kb.unknown_faq", { id });
	return found;
}

/** The UTC date of the change, as `verified` has always been stamped. */
const today = (change: Change) => change.now.toISOString().slice(0, 10);

export async function addFaq(
	deps: LayerDeps,
	change: Change,
	input: FaqInput & { question: string; answer: string },
	source: Source,
): Promise<FaqEntry> {
	const by = change.actor.key;
	checkFaqInput(input);
	const seq = deps.current.snapshot.records.nextSeq.faq;
	const entry = validated(faqEntrySchema, {
		id: layerIds.faq(seq),
		question: input.question.trim(),
		variants: input.variants ?? [],
		answer: input.answer.trim(),
		...(input.askWhere ? { askWhere: input.askWhere } : {}),
		// The office vouches for it; it was not checked against the research data.
		confidence: "medium",
		verified: today(change),
		sources: [source],
	} satisfies FaqEntry);
	return commit(
		deps,
		{ by, now: change.now },
		{ action: "add", target: `faq ${entry.id}`, source },
		(draft, at) => {
			draft.setNextSeq({ faq: seq + 1 });
			draft.put("faq", { entry, by, at });
			return entry;
		},
	);
}

export async function editFaq(
	deps: LayerDeps,
	change: Change,
	id: string,
	input: FaqInput,
	source: Source,
): Promise<FaqEntry> {
	const by = change.actor.key;
	const current = findFaq(deps, id);
	checkFaqInput(input);
	const next = validated(faqEntrySchema, {
		...current,
		...input,
		verified: today(change),
		sources: withSources(current.sources, [source]),
	});
	const detail = Object.keys(input).join(",");
	return commit(
		deps,
		{ by, now: change.now },
		{ action: "edit", target: `faq ${current.id}`, source, detail },
		(draft, at) => {
			if (draft.find("faq", current.id))
				draft.put("faq", { entry: next, by, at });
			else
				patchShipped(draft, "faqPatches", current.id, input, source, {
					by,
					at,
				});
			return next;
		},
	);
}

export async function removeFaq(
	deps: LayerDeps,
	change: Change,
	id: string,
	source: Source,
): Promise<FaqEntry> {
	const by = change.actor.key;
	const current = findFaq(deps, id);
	return commit(
		deps,
		{ by, now: change.now },
		{ action: "remove", target: `faq ${current.id}`, source },
		(draft, at) => {
			removeOrHide(draft, "faq", "faqPatches", current.id, source, {
				by,
				at,
			});
			return current;
		},
	);
}
