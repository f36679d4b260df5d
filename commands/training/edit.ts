import { changeOf } from "../../src/core/change.js";
import { defineCommand } from "../../src/core/command.js";
import { ownValue } from "../../src/core/own.js";
import { list, reply, text } from "../../src/core/reply.js";
import { shorten } from "../../src/core/text.js";
import {
	describeRecord,
	withReasonExamples,
} from "../../src/features/training/training-format.js";
import type { EditableField } from "../../src/features/training/training-port.js";

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

/** Values that are one word, so whatever follows them on the line can only be a reason. */
const oneWord: readonly EditableField[] = ["hours", "date", "start", "end"];

/** `reason=…` (or `原因=…`) anywhere after the value; the reason runs to the end of the line. */
const reasonMarker = /(?:^|\s)(?:reason|原因)[=＝]/i;

/**
 * Splits an admin's reason off the typed value: after `reason=`, or after the first word of a
 * one-word value (`6 证书上是 6 学时`). A title or note keeps its spaces, so there only
 * `reason=` marks the reason.
 */
function splitReason(
	field: EditableField,
	raw: string,
): { value: string; reason?: string } {
	const marker = reasonMarker.exec(raw);
	if (marker)
		return {
			value: raw.slice(0, marker.index).trim(),
			reason: raw.slice(marker.index + marker[0].length).trim(),
		};
	if (!oneWord.includes(field)) return { value: raw };
	const [value = "", ...rest] = raw.trim().split(/\s+/);
	return rest.length > 0 ? { value, reason: rest.join(" ") } : { value };
}

/**
 * `/edit <id> <field> <value> [reason]`: changes one field of a record. An admin changing
 * someone else's record adds a reason at the end (`reason=` before it for a title or note).
 */
export const edit = defineCommand({
	name: "edit",
	aliases: ["修改"],
	summary: "edit.summary",
	examples: [
		"/edit 12 hours 6",
		"/edit 13 end 2026-08-15",
		"/修改 12 标题 数控编程师资培训",
		"/edit 12 hours 6 证书上是 6 学时",
		"/edit 12 title 数控编程 reason=名称写错",
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
		// Typed text puts everything after the field into `value` (split below); slash
		// commands fill `reason` on its own. Not an `option`: then `a=b` inside a title would
		// be read as an unknown option.
		{ name: "reason", type: "text", describe: "training.arg_reason" },
	] as const,
	async run(ctx, args) {
		const field = ownValue(fieldNames, args.field) ?? "note";
		const { value, reason } =
			args.reason === undefined
				? splitReason(field, args.value)
				: { value: args.value, reason: args.reason };
		const shown = `/edit ${args.id} ${args.field} ${shorten(value, 30)}`;
		const because = ctx.t("training.example_reason");
		const result = await ctx.services.training
			.edit(changeOf(ctx), args.id, field, value, reason)
			.catch((error: unknown) => {
				throw withReasonExamples(
					error,
					oneWord.includes(field)
						? [`${shown} ${because}`, `${shown} reason=${because}`]
						: [`${shown} reason=${because}`],
				);
			});
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
