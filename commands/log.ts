import { defineCommand } from "../src/core/command.js";
import { parseDate } from "../src/core/dates.js";
import { UserError } from "../src/core/errors.js";
import { list, reply, text } from "../src/core/reply.js";
import { describeRecord } from "../src/core/training-format.js";
import { actorOf, atOf } from "../src/core/training-port.js";

/** Looks like a date (so a typo is reported, not swallowed into the title). */
const dateLike =
	/^(\d{4}[-/.年]\d{1,2}|\d{8}$|\d{1,2}月\d{1,2}|今天$|昨天$|今日$|昨日$|前天$|明天$|today$|yesterday$|tomorrow$)/i;

/**
 * `title` takes the rest of the line, so a trailing date is split off here: `8 数控编程 7月1日`.
 * Bare `3.12` stays in the title (it is more often a version than a date).
 */
function splitDate(
	title: string,
	today: string,
	dateLabel: string,
): { title: string; date?: string } {
	const words = title.trim().split(/\s+/);
	const last = words.at(-1) ?? "";
	if (words.length < 2 || !dateLike.test(last.normalize("NFKC")))
		return { title };
	const parsed = parseDate(last, today);
	if (!parsed.ok)
		throw new UserError("args.not_date", { value: last, arg: dateLabel });
	return { title: words.slice(0, -1).join(" "), date: parsed.value };
}

const training = defineCommand({
	name: "training",
	aliases: ["培训"],
	summary: "log.training_summary",
	examples: [
		"/log training 8 数控编程师资培训 2026-07-01",
		"/log training 2.5 Web前端开发 X 证书说明会 昨天",
	],
	access: "teacher",
	private: true,
	args: [
		{
			name: "hours",
			type: "number",
			required: true,
			describe: "log.arg_hours",
		},
		{ name: "title", type: "text", required: true, describe: "log.arg_title" },
		{ name: "date", type: "date", describe: "log.arg_date" },
	] as const,
	async run(ctx, args) {
		const split =
			args.date === undefined
				? splitDate(
						args.title,
						ctx.today,
						ctx.t("args.label", {
							name: "date",
							meaning: ctx.t("log.arg_date"),
						}),
					)
				: { title: args.title };
		const { record } = await ctx.services.training.logTraining(
			actorOf(ctx),
			{
				hours: args.hours,
				title: split.title,
				date: args.date ?? split.date ?? ctx.today,
			},
			atOf(ctx),
		);
		return reply([
			text(ctx.t("log.saved")),
			list([describeRecord(ctx.t, record)]),
			text(ctx.t("log.after_hint")),
		]);
	},
});

const practice = defineCommand({
	name: "practice",
	aliases: ["实践", "企业实践"],
	summary: "log.practice_summary",
	examples: [
		"/log practice 2026-07-01 2026-08-31 某数控设备有限公司",
		'/log practice 7月1日 8月31日 "Bosch Rexroth" 参与产线调试',
		"/log practice 7月1日 8月31日 某公司 参与产线调试",
	],
	access: "teacher",
	private: true,
	args: [
		{ name: "start", type: "date", required: true, describe: "log.arg_start" },
		{ name: "end", type: "date", required: true, describe: "log.arg_end" },
		{
			name: "enterprise",
			type: "string",
			required: true,
			describe: "log.arg_enterprise",
		},
		{ name: "note", type: "text", describe: "log.arg_note" },
	] as const,
	async run(ctx, args) {
		const logged = await ctx.services.training.logPractice(
			actorOf(ctx),
			{
				start: args.start,
				end: args.end,
				enterprise: args.enterprise,
				...(args.note === undefined ? {} : { note: args.note }),
			},
			atOf(ctx),
		);
		const blocks = [
			text(ctx.t("log.saved")),
			list([describeRecord(ctx.t, logged.record)]),
		];
		// The enterprise is one word unless quoted: say how the line was read, so that
		// `Some Co` saved as enterprise "Some" and note "Co" is noticed and typed with quotes.
		if (logged.record.kind === "practice" && logged.record.note)
			blocks.push(
				text(
					ctx.t("log.practice_read_as", {
						enterprise: logged.record.enterprise,
						note: logged.record.note,
					}),
				),
			);
		if (logged.overlaps.length > 0)
			blocks.push(
				text(
					ctx.t("log.overlap", {
						ids: logged.overlaps.map((id) => `#${id}`).join("、"),
						days: logged.overlapDays,
					}),
				),
			);
		blocks.push(text(ctx.t("log.after_hint")));
		return reply(blocks);
	},
});

/** `/log training …` and `/log practice …`: a teacher records training hours or enterprise practice. */
export const log = defineCommand({
	name: "log",
	aliases: ["登记"],
	summary: "log.summary",
	examples: [
		"/log training 8 数控编程师资培训 2026-07-01",
		"/log practice 2026-07-01 2026-08-31 某数控设备有限公司",
	],
	access: "teacher",
	subcommands: [training, practice],
});
