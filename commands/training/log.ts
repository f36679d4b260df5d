import { defineCommand } from "../../src/core/command.js";
import { rawArgs } from "../../src/core/raw-args.js";
import { readPractice } from "../../src/features/training/practice-line.js";
import { readTraining } from "../../src/features/training/record-line.js";
import { saveDraft, takeAgain, versionQuestion } from "./views/record-draft.js";

/**
 * Both actions read the whole line themselves (see `record-line.ts`): a date anywhere on it is
 * the record's date or the line is refused, never folded into the title; so the arguments are
 * declared as plain strings (slash commands still get one field each).
 */
const training = defineCommand({
	name: "training",
	aliases: ["培训"],
	summary: "log.training.summary",
	examples: [
		"/log training 8 数控编程师资培训 2026-07-01",
		"/log training 16学时 师资培训 上周五",
	],
	access: "teacher",
	private: true,
	args: [
		{
			name: "hours",
			type: "string",
			required: true,
			describe: "log.arg_hours",
		},
		{ name: "title", type: "text", describe: "log.arg_title" },
		{ name: "date", type: "string", describe: "log.arg_date" },
	] as const,
	async run(ctx, args) {
		const { tokens, again } = takeAgain(
			rawArgs(ctx, [args.hours, args.title, args.date]),
		);
		const read = readTraining(tokens, ctx.today);
		return versionQuestion(ctx, read) ?? saveDraft(ctx, read, again);
	},
});

const practice = defineCommand({
	name: "practice",
	aliases: ["实践", "企业实践"],
	summary: "log.practice.summary",
	examples: [
		"/log practice 2026-07-01 至 2026-08-31 某数控设备有限公司",
		'/log practice 7月1日到8月31日 "Bosch Rexroth" 参与产线调试',
		"/log practice 海尔集团 2026-10-08 2026-10-20",
	],
	access: "teacher",
	private: true,
	args: [
		{
			name: "start",
			type: "string",
			required: true,
			describe: "log.arg_start",
		},
		{ name: "end", type: "string", describe: "log.arg_end" },
		{ name: "enterprise", type: "string", describe: "log.arg_enterprise" },
		{ name: "note", type: "text", describe: "log.arg_note" },
	] as const,
	async run(ctx, args) {
		const { tokens, again } = takeAgain(
			// From a slash command the enterprise is one field, spaces and all.
			rawArgs(
				ctx,
				[args.start, args.end, args.enterprise, args.note],
				[false, false, true, true],
			),
		);
		return saveDraft(ctx, readPractice(tokens, ctx.today), again);
	},
});

/** `/log training …` and `/log practice …`: a teacher records training hours or enterprise practice. */
export const log = defineCommand({
	name: "log",
	aliases: ["登记"],
	summary: "log.summary",
	examples: [
		"/log training 8 数控编程师资培训 2026-07-01",
		"/log practice 2026-07-01 至 2026-08-31 某数控设备有限公司",
	],
	access: "teacher",
	subcommands: [training, practice],
});
