import { changeOf } from "../../src/core/change.js";
import { defineCommand } from "../../src/core/command.js";
import { rawArgs } from "../../src/core/raw-args.js";
import { list, reply, text } from "../../src/core/reply.js";
import { describeRecord } from "../../src/features/training/training-format.js";

/** `/undo [id…]`: brings back records deleted in the last days (the latest deletion by default). */
export const undo = defineCommand({
	name: "undo",
	aliases: ["撤销删除", "恢复"],
	summary: "undo.summary",
	examples: ["/undo", "/undo 3 5"],
	access: "teacher",
	private: true,
	args: [{ name: "ids", type: "text", describe: "undo.arg_ids" }] as const,
	async run(ctx, args) {
		const ids = rawArgs(ctx, [args.ids])
			.flatMap((t) => t.text.split(/[,，、]/))
			.filter((id) => id !== "");
		const restored = await ctx.services.training.restore(changeOf(ctx), ids);
		return reply([
			text(ctx.t("undo.done")),
			list(restored.map((r) => describeRecord(ctx.t, r))),
		]);
	},
});
