import { daysBetween, localDate } from "../../core/dates.js";
import { type Translate, translator } from "../../core/i18n.js";
import { type Block, type Reply, reply, text } from "../../core/reply.js";
import type { ExamRound } from "../knowledge/knowledge-port.js";
import type { Occurrence } from "./planner.js";

export interface RenderContext {
	now: Date;
	zone: string;
	/** Certificate id → display name; the id itself when unknown. */
	certificateName: (id: string) => string | undefined;
}

/** "今天" / "明天" / "3 天后", counted from the day the reminder actually goes out. */
function when(t: Translate, today: string, date: string): string {
	const days = daysBetween(today, date);
	if (days === 0) return t("reminders.when_today");
	if (days === 1) return t("reminders.when_tomorrow");
	return t("reminders.when_days", { days });
}

function roundFooter(t: Translate, round: ExamRound): Block[] {
	const lines: string[] = [];
	if (round.site) lines.push(t("reminders.site", { site: round.site }));
	if (round.note) lines.push(t("reminders.note", { note: round.note }));
	const src = round.source.url
		? `${round.source.title} ${round.source.url}`
		: round.source.title;
	lines.push(t("reminders.source", { source: src }));
	lines.push(t("reminders.unsubscribe", { id: round.certificateId }));
	return [text(lines.join("\n"))];
}

/**
 * A due occurrence as a chat message, in the subscriber's language (Chinese by default).
 * Relative wording ("明天") is computed from the send day, so a late reminder stays true;
 * late ones carry "（延迟送达）". The exam-eve text gives only generic, safe advice.
 */
export function renderReminder(o: Occurrence, ctx: RenderContext): Reply {
	const t = translator(o.locale);
	const today = localDate(ctx.now, ctx.zone);
	const late = o.late ? t("reminders.late") : "";
	if (o.practice) {
		const p = o.practice;
		return reply([
			text(
				`${t("reminders.practice", {
					end: p.periodEnd,
					months: p.monthsLeft,
					done: p.practiceDays,
					required: p.requiredDays,
					short: p.requiredDays - p.practiceDays,
				})}${late}`,
			),
			text(t("reminders.practice_off")),
		]);
	}
	const e = o.exam;
	if (!e) throw new Error(`occurrence without content: ${o.key}`);
	const params = {
		cert: ctx.certificateName(e.round.certificateId) ?? e.round.certificateId,
		levels: e.round.levels.length ? `（${e.round.levels.join("、")}）` : "",
		date: e.date,
		when: when(t, today, e.date),
	};
	const blocks: Block[] = [];
	switch (e.milestone) {
		case "register":
			blocks.push(text(`${t("reminders.register", params)}${late}`));
			break;
		case "pay":
			blocks.push(text(`${t("reminders.pay", params)}${late}`));
			break;
		case "exam":
			blocks.push(text(`${t("reminders.exam", params)}${late}`));
			if (daysBetween(today, e.date) <= 1)
				blocks.push(text(t("reminders.exam_bring")));
			break;
		case "results":
			blocks.push(text(`${t("reminders.results", params)}${late}`));
			break;
	}
	blocks.push(...roundFooter(t, e.round));
	return reply(blocks);
}

/** One line for operators: what, which date, which slot, and whether it is late. */
export function describeOccurrence(o: Occurrence): string {
	const what = o.exam
		? `${o.kind} ${o.exam.date} −${o.exam.daysBefore}d (round ${o.exam.round.id}, ${o.exam.round.certificateId})`
		: `practice shortfall ${o.practice?.practiceDays}/${o.practice?.requiredDays} days, period ends ${o.practice?.periodEnd} (−${o.practice?.monthsLeft} months)`;
	return `${what}; slot ${o.slot}${o.late ? "; late" : ""}`;
}
