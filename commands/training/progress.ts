import { defineCommand } from "../../src/core/command.js";
import type { CommandContext } from "../../src/core/context.js";
import { UserError } from "../../src/core/errors.js";
import type { Translate } from "../../src/core/i18n.js";
import { formatNumber } from "../../src/core/render-text.js";
import {
	type Block,
	progress as bar,
	choices,
	heading,
	type Reply,
	reply,
	text,
} from "../../src/core/reply.js";
import { shorten } from "../../src/core/text.js";
import type {
	Progress,
	Requirement,
} from "../../src/features/training/training-port.js";

function standing(t: Translate, r: Requirement, unit: string): string {
	return r.shortfall > 0
		? t("progress.shortfall", {
				shortfall: formatNumber(r.shortfall),
				unit,
				deadline: r.end,
				daysLeft: r.daysLeft,
			})
		: t("progress.met", { deadline: r.end });
}

/** Without a period: what is logged so far, and the one line that sets the period. */
async function withoutPeriod(
	ctx: CommandContext,
	owner: string,
): Promise<Reply> {
	const totals = await ctx.services.training.totals(owner);
	return reply([
		text(
			ctx.t("progress.no_period_totals", {
				days: totals.practiceDays,
				hours: formatNumber(totals.hours),
				records: totals.records,
			}),
		),
		text(ctx.t("progress.no_period_ask")),
	]);
}

/** The period the teacher set is over: its result, and the next period offered (never silent). */
function endedPeriod(
	ctx: CommandContext,
	owner: string,
	p: Progress,
	ended: Requirement,
): Reply {
	const { t } = ctx;
	const next = p.practice.start;
	return reply([
		heading(t("progress.title", { name: p.profile.name ?? owner })),
		text(
			t("progress.ended", {
				start: ended.start,
				end: ended.end,
				done: formatNumber(ended.done),
				required: formatNumber(ended.required),
				result:
					ended.shortfall > 0
						? t("progress.ended_short", {
								shortfall: formatNumber(ended.shortfall),
							})
						: t("progress.ended_met"),
			}),
		),
		bar(
			t("progress.practice_label", { start: ended.start, end: ended.end }),
			ended.done,
			ended.required,
			t("progress.unit_days"),
		),
		text(t("progress.next_offer", { next })),
		// Only the teacher can set their own period; an admin reading it gets no button.
		...(owner === ctx.user.key
			? [
					choices([
						{
							label: t("progress.next_button", { next }),
							command: `/teacher profile period=${next}`,
						},
					]),
				]
			: []),
	]);
}

/** The progress answer for `owner` (also reached from free text such as `我的进度`). */
export async function progressReply(
	ctx: CommandContext,
	owner: string,
): Promise<Reply> {
	if (!(await ctx.services.training.profile(owner)).periodStart)
		return withoutPeriod(ctx, owner);
	const p = await ctx.services.training.progress(owner, ctx.today);
	if (p.ended) return endedPeriod(ctx, owner, p, p.ended);
	const { t } = ctx;
	const days = t("progress.unit_days");
	const hours = t("progress.unit_hours");
	const blocks: Block[] = [
		heading(t("progress.title", { name: p.profile.name ?? owner })),
	];
	if (p.practice.applies) {
		blocks.push(
			bar(
				t("progress.practice_label", {
					start: p.practice.start,
					end: p.practice.end,
				}),
				p.practice.done,
				p.practice.required,
				days,
			),
			text(standing(t, p.practice, days)),
		);
	} else
		blocks.push(
			text(t("progress.practice_not_required", { days: p.practice.done })),
		);
	blocks.push(
		bar(
			t("progress.hours_label", { start: p.hours.start, end: p.hours.end }),
			p.hours.done,
			p.hours.required,
			hours,
		),
		text(standing(t, p.hours, hours)),
	);
	if (p.hoursSetBySchool) blocks.push(text(t("progress.hours_school_setting")));
	if (p.sources.length > 0)
		blocks.push(text(t("progress.sources", { sources: p.sources.join("；") })));
	return reply(blocks);
}

/** `/progress [user]`: enterprise practice and training hours against the policy. */
export const progress = defineCommand({
	name: "progress",
	aliases: ["进度"],
	summary: "progress.summary",
	examples: ["/progress", "/进度"],
	access: "teacher",
	private: true,
	readOnly: true,
	args: [
		{ name: "user", type: "user", describe: "training.arg_user" },
	] as const,
	async run(ctx, args) {
		// `/progress 2025`, `/progress 培训`: not a user key, so not "someone else's records".
		if (args.user !== undefined && !/^[a-z]+:\S+$/.test(args.user))
			throw new UserError("progress.not_a_user", {
				value: shorten(args.user, 20),
			});
		const owner = args.user ?? ctx.user.key;
		// Reading someone else's progress goes through the same rule as their records.
		if (owner !== ctx.user.key)
			await ctx.services.training.records(ctx.user, owner);
		return progressReply(ctx, owner);
	},
});
