import { defineCommand } from "../src/core/command.js";
import { list, reply, text } from "../src/core/reply.js";
import { describeRecord } from "../src/core/training-format.js";
import {
	actorOf,
	atOf,
	type EditableField,
} from "../src/core/training-port.js";

const fieldNames: Record<string, EditableField> = {
	hours: "hours",
	title: "title",
	date: "date",
	start: "start",
	end: "end",
	enterprise: "enterprise",
	note: "note",
	学时: "hours",
	标题: "title",
	日期: "date",
	开始: "start",
	结束: "end",
	企业: "enterprise",
	备注: "note",
};

/** `/edit <id> <field> <value> [reason=…]`: changes one field of a record. */
export const edit = defineCommand({
	name: "edit",
	aliases: ["修改"],
	summary: "edit.summary",
	examples: [
		"/edit 12 hours 6",
		"/edit 13 end 2026-08-15",
		"/修改 12 标题 数控编程师资培训",
	],
	access: "teacher",
	private: true,
	args: [
		{ name: "id", type: "string", required: true, describe: "training.arg_id" },
		{
			name: "field",
			type: "choice",
			required: true,
			choices: Object.keys(fieldNames),
			describe: "edit.arg_field",
		},
		{ name: "value", type: "text", required: true, describe: "edit.arg_value" },
		{
			name: "reason",
			type: "string",
			option: true,
			describe: "training.arg_reason",
		},
	] as const,
	async run(ctx, args) {
		const field = fieldNames[args.field] ?? "note";
		const result = await ctx.services.training.edit(
			actorOf(ctx),
			args.id,
			field,
			args.value,
			args.reason,
			atOf(ctx),
		);
		return reply([
			text(
				ctx.t("edit.done", {
					field: args.field,
					from: String(result.from ?? "—"),
					to: String(result.to),
				}),
			),
			list([describeRecord(ctx.t, result.record)]),
		]);
	},
});
