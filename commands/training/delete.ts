import { changeOf } from "../../src/core/change.js";
import { defineCommand } from "../../src/core/command.js";
import { UserError } from "../../src/core/errors.js";
import { rawArgs } from "../../src/core/raw-args.js";
import { choices, list, reply, text } from "../../src/core/reply.js";
import { shorten } from "../../src/core/text.js";
import {
	describeRecord,
	withReasonExamples,
} from "../../src/features/training/training-format.js";
import { RESTORE_DAYS } from "../../src/features/training/training-port.js";

/** Typed by the confirmation buttons. */
const YES = "--yes";
const CANCEL = "--cancel";

const idToken = /^[#＃]?[0-9０-９]{1,9}$/;

/** `3 5`, `#3,#5`, `3、5`: leading ids; the words after them are an admin's reason. */
function splitIds(words: readonly string[]): { ids: string[]; rest: string[] } {
	const ids: string[] = [];
	let i = 0;
	for (; i < words.length; i++) {
		const parts = (words[i] as string).split(/[,，、]/).filter((p) => p !== "");
		if (parts.length === 0 || !parts.every((p) => idToken.test(p))) break;
		ids.push(...parts);
	}
	return { ids, rest: words.slice(i) };
}

/**
 * `/delete <id…> [reason]`: asks first, then removes one's own records (admins anyone's, with
 * a reason); for a few days `/undo` brings them back.
 */
export const del = defineCommand({
	name: "delete",
	aliases: ["删除"],
	summary: "delete.summary",
	examples: ["/delete 12", "/delete 3 5", "/delete 12 重复登记"],
	access: "teacher",
	private: true,
	args: [
		{ name: "id", type: "string", required: true, describe: "training.arg_id" },
		{ name: "reason", type: "text", describe: "training.arg_reason" },
	] as const,
	async run(ctx, args) {
		const words = rawArgs(ctx, [args.id, args.reason]).map((t) => t.text);
		if (words.includes(CANCEL)) return reply([text(ctx.t("delete.cancelled"))]);
		const confirmed = words.includes(YES);
		const { ids, rest } = splitIds(words.filter((w) => w !== YES));
		if (ids.length === 0)
			throw new UserError("training.bad_id", {
				value: shorten(words[0] ?? "", 20),
			});
		if (rest.length > 0 && ctx.user.role !== "admin")
			throw new UserError("delete.extra_words", {
				extra: shorten(rest.join(" "), 40),
			});
		const reason = rest.length > 0 ? rest.join(" ") : undefined;
		const examples = [
			`/delete ${ids.join(" ")} ${ctx.t("training.example_reason")}`,
		];
		const rethrow = (error: unknown) => {
			throw withReasonExamples(error, examples);
		};
		if (!confirmed) {
			const found = await ctx.services.training
				.lookup(ctx.user, ids, reason)
				.catch(rethrow);
			const command = [
				"/delete",
				...found.map((r) => r.id),
				...(reason ? [reason] : []),
				YES,
			].join(" ");
			return reply([
				text(
					ctx.t("delete.confirm", { count: found.length, days: RESTORE_DAYS }),
				),
				list(found.map((r) => describeRecord(ctx.t, r))),
				choices([
					{ label: ctx.t("delete.confirm_button"), command },
					{
						label: ctx.t("delete.cancel_button"),
						command: `/delete ${CANCEL}`,
					},
				]),
			]);
		}
		const removed = await ctx.services.training
			.removeMany(changeOf(ctx), ids, reason)
			.catch(rethrow);
		const shown = removed.map((r) => r.id).join(" ");
		return reply([
			text(ctx.t("delete.done")),
			list(removed.map((r) => describeRecord(ctx.t, r))),
			text(ctx.t("delete.undo_hint", { days: RESTORE_DAYS, ids: shown })),
			choices([
				{ label: ctx.t("delete.undo_button"), command: `/undo ${shown}` },
			]),
		]);
	},
});
