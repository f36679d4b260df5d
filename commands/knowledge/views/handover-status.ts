import type { CommandContext } from "../../../src/core/context.js";
import type { Certificate } from "../../../src/features/knowledge/knowledge-port.js";

/** Whole days from `from` to `to` (both `YYYY-MM-DD`), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
	const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
	return Math.round(ms / 86_400_000);
}

/** Where today stands against the hand-over deadline; null without hand-over data. */
function handoverDates(ctx: CommandContext) {
	const h = ctx.services.knowledge.handover;
	if (!h) return null;
	const left = daysBetween(ctx.today, h.examsEndBy);
	return {
		// The deadline day itself still belongs to the registered students.
		over: left < 0,
		askWhere: h.askWhere,
		params: { notice: h.notice, end: h.examsEndBy, days: Math.abs(left) },
	};
}

/** One line on where the certificate stands today, by its kind; null when nothing is known. */
export function statusLine(
	ctx: CommandContext,
	cert: Certificate,
): string | null {
	if (cert.kind === "x") {
		const d = handoverDates(ctx);
		if (!d) return null;
		return ctx.t(
			d.over ? "knowledge.status_x_after" : "knowledge.status_x_before",
			d.params,
		);
	}
	return ctx.t(
		cert.kind === "skill-level"
			? "knowledge.status_skill-level"
			: "knowledge.status_other",
	);
}

/**
 * Why no upcoming round is known, dated against today: for an X certificate the hand-over
 * (before the deadline only registered students sit; after it none under the education
 * system); for a skill-level one, that the 认定机构 set dates. Null for other kinds.
 */
export function whyNoRound(
	ctx: CommandContext,
	cert: Certificate,
): string | null {
	if (cert.kind === "skill-level")
		return ctx.t("exam.why_skill-level", { cert: cert.name });
	if (cert.kind !== "x") return null;
	const d = handoverDates(ctx);
	if (!d) return null;
	return ctx.t(d.over ? "exam.why_x_after" : "exam.why_x_before", {
		...d.params,
		cert: cert.name,
	});
}

/** Where to ask once the answer stops: the hand-over's offices, else null. */
export function askWhere(ctx: CommandContext): string | null {
	const d = handoverDates(ctx);
	return d ? ctx.t("exam.ask_where", { where: d.askWhere }) : null;
}

/** The subscription hint for an X certificate with no known round. */
export function subscriptionHint(
	ctx: CommandContext,
	cert: Certificate,
): string | null {
	const d = cert.kind === "x" ? handoverDates(ctx) : null;
	return d ? ctx.t("subscribe.no_rounds_x", d.params) : null;
}

/** `6月、11月、12月`: the months of past exams and past rounds, for "when is it usually held". */
export async function pastMonths(
	ctx: CommandContext,
	certificateId: string,
): Promise<string[]> {
	const dates = [
		...ctx.services.knowledge.pastExams(certificateId).map((p) => p.date),
		...(await ctx.services.exams.list(certificateId))
			.filter((r) => (r.dates.results ?? r.dates.exam) < ctx.today)
			.map((r) => r.dates.exam),
	];
	const months = new Set<number>();
	for (const d of dates) if (d) months.add(Number(d.slice(5, 7)));
	return [...months]
		.sort((a, b) => a - b)
		.map((m) => (ctx.locale === "en" ? monthName(m) : `${m}月`));
}

function monthName(m: number): string {
	return new Date(Date.UTC(2000, m - 1, 1)).toLocaleString("en", {
		month: "long",
		timeZone: "UTC",
	});
}
