import { defineCommand } from "../src/core/command.js";
import type { Translate } from "../src/core/i18n.js";
import { formatNumber } from "../src/core/render-text.js";
import { heading, list, reply, text } from "../src/core/reply.js";
import { quoteForAdmin } from "../src/core/text.js";
import type { ReportRow } from "../src/core/training-port.js";

/** Rows shown in chat; the rest are counted (the CSV export has everyone). */
const SHOWN = 20;

function describeRow(t: Translate, row: ReportRow): string {
	const who = row.profile.name
		? `${quoteForAdmin(row.profile.name, 40)}（${row.owner}）`
		: row.owner;
	const p = row.progress;
	if (!p) return t("report.no_period", { who });
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
	return `${who}：${gaps.join("；")}`;
}

/** `/report [department]`: who is behind and by how much, most urgent first (admins). */
export const report = defineCommand({
	name: "report",
	aliases: ["报表"],
	summary: "report.summary",
	examples: ["/report", "/report 机电工程系"],
	access: "admin",
	private: true,
	args: [
		{ name: "department", type: "text", describe: "report.arg_department" },
	] as const,
	run(ctx, args) {
		const rows = ctx.services.training.report(ctx.today, args.department);
		const title = ctx.t("report.title", {
			scope: args.department ?? ctx.t("report.all_departments"),
			today: ctx.today,
		});
		if (rows.length === 0)
			return reply([heading(title), text(ctx.t("report.empty"))]);
		const behind = rows.filter((r) => r.urgency > 0);
		const blocks = [
			heading(title),
			text(
				ctx.t("report.summary_line", {
					total: rows.length,
					behind: behind.length,
					ok: rows.length - behind.length,
				}),
			),
		];
		if (behind.length > 0)
			blocks.push(
				list(
					behind.slice(0, SHOWN).map((r) => describeRow(ctx.t, r)),
					true,
				),
			);
		if (behind.length > SHOWN)
			blocks.push(text(ctx.t("report.more", { more: behind.length - SHOWN })));
		return reply(blocks);
	},
});
