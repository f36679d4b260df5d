import type { CommandContext } from "../../../src/core/context.js";
import { labelledList } from "../../../src/core/render-text.js";
import { type Block, heading, text } from "../../../src/core/reply.js";
import type { FaqEntry } from "../../../src/features/knowledge/knowledge-port.js";
import { sourceLines } from "./sources.js";

/** A policy answer with where to ask and its sources; low-confidence answers say so. */
export function faqBlocks(ctx: CommandContext, entry: FaqEntry): Block[] {
	const { t } = ctx;
	const blocks: Block[] = [heading(entry.question), text(entry.answer)];
	if (entry.confidence === "low")
		blocks.push(text(t("ask.faq_confidence_low")));
	if (entry.askWhere) blocks.push(text(entry.askWhere));
	const cited = sourceLines(entry.sources, 2, ctx.locale);
	blocks.push(
		text(
			labelledList(
				t("ask.faq_sources"),
				cited.length > 0 ? cited : [t("knowledge.sources_none_citable")],
				ctx.locale,
			),
		),
	);
	return blocks;
}
