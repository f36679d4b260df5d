import { defineCommand } from "../../src/core/command.js";
import type { Locale, Translate } from "../../src/core/i18n.js";
import {
	formatNumber,
	labelledList,
	withNote,
} from "../../src/core/render-text.js";
import {
	type Block,
	choices,
	heading,
	list,
	reply,
	text,
} from "../../src/core/reply.js";
import { quoteForAdmin, shorten } from "../../src/core/text.js";
import type {
	Progress,
	ReportRow,
} from "../../src/features/training/training-port.js";

/** Rows shown in chat; the rest are counted (the CSV export has everyone). */
const SHOWN = 20;

const whoOf = (row: ReportRow, locale: Locale) =>
	row.profile.name
		? withNote(quoteForAdmin(row.profile.name, 40), row.owner, locale)
		: row.owner;

function describeRow(
	t: Translate,
	locale: Locale,
	row: ReportRow,
	p: Progress,
): string {
	const gaps: string[] = [];
	if (p.practice.applies && p.practice.shortfall > 0)
		gaps.push(
			t("report.practice_gap", {
				days: formatNumber(p.practice.shortfall),
				deadline: p.practice.end,
				daysLeft: p.practice.daysLeft,
			}),
		);
	if (p.hours.shortfall > 0)
		gaps.push(
			t("report.hours_gap", {
				hours: formatNumber(p.hours.shortfall),
				deadline: p.hours.end,
			}),
		);
	return labelledList(whoOf(row, locale), gaps, locale);
}

/**
 * `/report [department]`: who is behind and by how much, most urgent first (admins). Teachers
 * without an appraisal period cannot be assessed and are listed apart, not as behind.
 */
export const report = defineCommand({
	name: "report",
	aliases: ["报表"],
	summary: "report.summary",
	examples: ["/report", "/report 机电", "/report 信息工程系"],
	access: "admin",
	private: true,
	readOnly: true,
	args: [
		{ name: "department", type: "text", describe: "report.arg_department" },
	] as const,
	async run(ctx, args) {
		const rows = await ctx.services.training.report(ctx.today, args.department);
		const title = ctx.t("report.title", {
			scope: args.department ?? ctx.t("report.all_departments"),
			today: ctx.today,
		});
		if (rows.length === 0) {
			const departments = [
				...new Set(
					(await ctx.services.training.report(ctx.today))
						.map((r) => r.profile.department)
						.filter((d): d is string => !!d),
				),
			].sort();
			const blocks: Block[] = [heading(title), text(ctx.t("report.empty"))];
			if (args.department && departments.length > 0)
				blocks.push(
					choices(
						departments.slice(0, 10).map((d) => ({
							label: d,
							command: `/report ${shorten(d, 40)}`,
						})),
						ctx.t("report.departments"),
					),
				);
			return reply(blocks);
		}
		const unset = rows.filter((r) => r.progress === null);
		// A period that has ended is not counted on silently: listed apart until renewed.
		const ended = rows.filter((r) => r.progress?.ended);
		const assessed = rows.filter(
			(r): r is ReportRow & { progress: Progress } =>
				r.progress !== null && !r.progress.ended,
		);
		const behind = assessed.filter((r) => r.urgency > 0);
		const blocks: Block[] = [
			heading(title),
			text(
				ctx.t("report.summary_line", {
					total: rows.length,
					behind: behind.length,
					ok: assessed.length - behind.length,
				}),
			),
		];
		if (unset.length + ended.length > 0)
			blocks.push(
				text(
					ctx.t("report.unset_count", {
						count: unset.length,
						ended: ended.length,
					}),
				),
			);
		if (behind.length > 0)
			blocks.push(
				list(
					behind
						.slice(0, SHOWN)
						.map((r) => describeRow(ctx.t, ctx.locale, r, r.progress)),
					true,
				),
			);
		if (behind.length > SHOWN)
			blocks.push(text(ctx.t("report.more", { more: behind.length - SHOWN })));
		if (ended.length > 0)
			blocks.push(
				text(ctx.t("report.ended_title")),
				list(
					ended.slice(0, SHOWN).map((r) => {
						const e = r.progress?.ended;
						return ctx.t("report.ended_row", {
							who: whoOf(r, ctx.locale),
							start: e?.start ?? "",
							end: e?.end ?? "",
							done: formatNumber(e?.done ?? 0),
							required: formatNumber(e?.required ?? 0),
						});
					}),
				),
			);
		if (unset.length > 0)
			blocks.push(
				text(ctx.t("report.unset_title")),
				list(unset.slice(0, SHOWN).map((r) => whoOf(r, ctx.locale))),
			);
		return reply(blocks);
	},
});
