import type { FaqEntry } from "../../src/features/knowledge/knowledge-port.js";
import { type Facts, sourcesOf } from "./facts.js";
import { fail } from "./fail.js";
import { faqDrafts } from "./faq-text.js";

/** The FAQ with sources and confidence taken from the cited facts; answers stay ≤ 400 chars. */
export function buildFaq(facts: Facts, verifiedOn: string): FaqEntry[] {
	return faqDrafts().map((f) => {
		const { trust, sources } = sourcesOf(facts, f.facts);
		const entry: FaqEntry = {
			id: f.id,
			question: f.question,
			variants: f.variants,
			answer: f.answer,
			confidence: f.confidence ?? trust,
			verified: verifiedOn,
			sources,
		};
		if (f.askWhere) entry.askWhere = f.askWhere;
		if (f.answer.length > 400)
			fail(`FAQ ${f.id} answer longer than 400 characters`);
		return entry;
	});
}
