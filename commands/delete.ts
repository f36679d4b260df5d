import { defineCommand } from "../src/core/command.js";
import { list, reply, text } from "../src/core/reply.js";
import { clip } from "../src/core/text.js";
import {
	describeRecord,
	withReasonExamples,
} from "../src/core/training-format.js";
import { actorOf, atOf } from "../src/core/training-port.js";

/** `/delete <id> [reason]`: removes one's own record; admins anyone's, with a reason. */
export const del = defineCommand({
	name: "delete",
	aliases: ["删除"],
	summary: "delete.summary",
	examples: ["/delete 12", "/delete 12 重复登记"],
	access: "teacher",
	private: true,
	args: [
		{ name: "id", type: "string", required: true, describe: "training.arg_id" },
		{ name: "reason", type: "text", describe: "training.arg_reason" },
	] as const,
	async run(ctx, args) {
		const removed = await ctx.services.training
			.remove(actorOf(ctx), args.id, args.reason, atOf(ctx))
			.catch((error: unknown) => {
				throw withReasonExamples(error, [
					`/delete ${clip(args.id, 12)} ${ctx.t("training.example_reason")}`,
				]);
			});
		return reply([
			text(ctx.t("delete.done")),
			list([describeRecord(ctx.t, removed)]),
		]);
	},
});
