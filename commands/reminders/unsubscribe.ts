import { changeOf } from "../../src/core/change.js";
import { defineCommand } from "../../src/core/command.js";
import { reply, text } from "../../src/core/reply.js";
import {
	certificateArg,
	pickCertificate,
} from "../knowledge/views/pick-certificate.js";
import { checkGroupRole } from "./subscribe.js";

export const unsubscribe = defineCommand({
	name: "unsubscribe",
	aliases: ["退订", "取消订阅", "unsub"],
	summary: "unsubscribe.summary",
	examples: ["/unsubscribe Web前端", "/退订 c012"],
	args: [certificateArg],
	async run(ctx, args) {
		checkGroupRole(ctx);
		const { reminders, knowledge } = ctx.services;
		const chatKey = ctx.request.chat.key;
		// An id from a reminder's footer may name a certificate the knowledge base since dropped.
		const typed = args.certificate.trim().toLowerCase();
		const own = (await reminders.subscriptionsOf(chatKey)).find(
			(s) => s.certificateId === typed,
		);
		let id: string;
		let name: string;
		if (own) {
			id = own.certificateId;
			name = knowledge.getCertificate(id)?.name ?? id;
		} else {
			const picked = pickCertificate(ctx, args.certificate, "/unsubscribe");
			if ("reply" in picked) return picked.reply;
			id = picked.certificate.id;
			name = picked.certificate.name;
		}
		const removed = await reminders.unsubscribe(changeOf(ctx), chatKey, id);
		return reply([
			text(
				ctx.t(removed ? "unsubscribe.removed" : "unsubscribe.not_subscribed", {
					cert: name,
				}),
			),
		]);
	},
});
