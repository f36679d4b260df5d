import { defineCommand } from "../../src/core/command.js";
import type { CommandContext } from "../../src/core/context.js";
import { type Reply, reply } from "../../src/core/reply.js";
import { certificateBlocks } from "./views/certificate-view.js";
import { pickCertificate } from "./views/pick-certificate.js";

/** Shared by `cert` and `ask`: the certificate's card, or a choice between close matches. */
export async function answerCertificate(
	ctx: CommandContext,
	query: string,
): Promise<Reply> {
	const picked = pickCertificate(ctx, query, "/cert");
	return "reply" in picked
		? picked.reply
		: reply(await certificateBlocks(ctx, picked.certificate));
}

export const cert = defineCommand({
	name: "cert",
	aliases: ["证书", "查证书", "certificate"],
	summary: "cert.summary",
	examples: ["/cert Web前端开发", "/证书 BIM", "/cert lnzh"],
	args: [
		{
			name: "query",
			type: "text",
			required: true,
			describe: "cert.arg_query",
			complete: "certificate",
		},
	],
	run: (ctx, args) => answerCertificate(ctx, args.query),
});
