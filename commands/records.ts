import { defineCommand } from "../src/core/command.js";
import { heading, list, reply, text } from "../src/core/reply.js";
import { describeRecord } from "../src/core/training-format.js";
import { actorOf } from "../src/core/training-port.js";

/** Long lists are cut here to stay within platform message limits; the export has everything. */
const SHOWN = 20;

/** `/records [user]`: one's own records with their ids (admins may name a teacher). */
export const records = defineCommand({
	name: "records",
	aliases: ["记录"],
	summary: "records.summary",
	examples: ["/records", "/记录"],
	access: "teacher",
	private: true,
	readOnly: true,
	args: [{ name: "user", type: "user", describe: "records.arg_user" }] as const,
	run(ctx, args) {
		const owner = args.user ?? ctx.user.key;
		const all = ctx.services.training.records(actorOf(ctx), owner);
		if (all.length === 0) return reply([text(ctx.t("records.empty"))]);
		const blocks = [
			heading(ctx.t("records.title", { count: all.length })),
			list(all.slice(0, SHOWN).map((r) => describeRecord(ctx.t, r))),
		];
		if (all.length > SHOWN)
			blocks.push(
				text(ctx.t("records.more", { shown: SHOWN, count: all.length })),
			);
		blocks.push(text(ctx.t("records.hint")));
		return reply(blocks);
	},
});
