import { defineCommand } from "../src/core/command.js";
import type { Translate } from "../src/core/i18n.js";
import { formatNumber } from "../src/core/render-text.js";
import {
	type Block,
	progress as bar,
	heading,
	reply,
	text,
} from "../src/core/reply.js";
import { actorOf, type Requirement } from "../src/core/training-port.js";

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

/** `/progress [user]`: enterprise practice and training hours against the policy. */
export const progress = defineCommand({
	name: "progress",
	aliases: ["进度"],
	summary: "progress.summary",
	examples: ["/progress", "/进度"],
	access: "teacher",
	private: true,
	readOnly: true,
	args: [{ name: "user", type: "user", describe: "records.arg_user" }] as const,
	run(ctx, args) {
		const owner = args.user ?? ctx.user.key;
		// Reading someone else's progress goes through the same rule as their records.
		if (owner !== ctx.user.key)
			ctx.services.training.records(actorOf(ctx), owner);
		const p = ctx.services.training.progress(owner, ctx.today);
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
		if (p.hoursSetBySchool)
			blocks.push(text(t("progress.hours_school_setting")));
		if (p.sources.length > 0)
			blocks.push(
				text(t("progress.sources", { sources: p.sources.join("；") })),
			);
		return reply(blocks);
	},
});
