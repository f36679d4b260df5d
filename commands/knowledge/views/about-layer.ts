import type { CommandContext } from "../../../src/core/context.js";
import { type Block, text } from "../../../src/core/reply.js";

/** What the school added over the shipped files, for `/about`; nothing when it added nothing. */
export async function addedLine(ctx: CommandContext): Promise<Block[]> {
	const c = await ctx.services.knowledgeLayer.counts();
	const changed = c.changed.certificates + c.changed.faq;
	const removed = c.removed.certificates + c.removed.links + c.removed.faq;
	if (
		c.added.certificates + c.added.links + c.added.faq + changed + removed ===
		0
	)
		return [];
	return [
		text(
			ctx.t("about.layer", {
				certificates: c.added.certificates,
				links: c.added.links,
				faq: c.added.faq,
				changed,
				removed,
				shippedCertificates: c.shipped.certificates,
				shippedLinks: c.shipped.links,
				shippedFaq: c.shipped.faq,
			}),
		),
	];
}
