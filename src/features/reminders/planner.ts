import { addDays, addMonths, zonedInstant } from "../../core/dates.js";
import type { ExamRound, Milestone } from "../knowledge/knowledge-port.js";
import type { ChatPause, Subscription } from "./data.js";
import {
	defaultPolicy,
	type PracticeStatus,
	type ReminderPolicy,
} from "./policy.js";

export type ReminderKind = Milestone | "practice";

/** One reminder that is due now for one recipient. */
export interface Occurrence {
	/** Idempotency key: what, which date, which offset, which recipient. */
	key: string;
	chatKey: string;
	locale: "zh-CN" | "en";
	kind: ReminderKind;
	/** The scheduled instant (UTC ISO). */
	slot: string;
	/** Sent noticeably after its slot (the bot was down or a send was retried). */
	late: boolean;
	/**
	 * The round this reminder belongs to (an exam round with its exam date; a teacher's
	 * appraisal period), and the instant (UTC ISO) after which nothing of it is planned.
	 */
	round: string;
	roundEnds: string;
	exam?: {
		round: ExamRound;
		milestone: Milestone;
		/** The milestone's local date. */
		date: string;
		daysBefore: number;
	};
	practice?: PracticeStatus & { monthsLeft: number };
}

export interface PlanInput {
	now: Date;
	zone: string;
	/** Local `HH:mm`. */
	reminderTime: string;
	rounds: readonly ExamRound[];
	/** Run-time rounds by id → instant they were added (slots before it are skipped). */
	roundAddedAt?: ReadonlyMap<string, string>;
	subscriptions: readonly Subscription[];
	pausedChats: Readonly<Record<string, ChatPause>>;
	teachers: readonly PracticeStatus[];
	practiceOptOut: readonly string[];
	policy?: ReminderPolicy;
}

// zonedInstant builds an Intl formatter per call (~0.1 ms); sweeps run hourly over the same few
// hundred dates, so the instants are kept across sweeps. Cleared when large: no unbounded growth.
const instantCache = new Map<string, number>();

function instantOf(date: string, time: string, zone: string): number {
	const k = `${date} ${time} ${zone}`;
	let v = instantCache.get(k);
	if (v === undefined) {
		if (instantCache.size >= 20_000) instantCache.clear();
		v = zonedInstant(date, time, zone).getTime();
		instantCache.set(k, v);
	}
	return v;
}

interface ActiveSlot {
	round: ExamRound;
	milestone: Milestone;
	date: string;
	daysBefore: number;
	slot: number;
	/** Built once per slot, not once per subscriber (100k ISO strings cost ~0.3 s). */
	slotIso: string;
	late: boolean;
	exam: NonNullable<Occurrence["exam"]>;
	keyPrefix: string;
	roundKey: string;
	roundEnds: string;
}

/**
 * The occurrences due at `now`: pure, no I/O, same answer for the same input on any host zone.
 * Per milestone only the latest due slot counts (a 7-day reminder missed while down is not sent
 * once the 1-day one is due). A slot is dropped once it no longer matters: a deadline that has
 * passed, an exam that has begun, results older than a week, a shortfall reminder older than
 * two weeks. Slots before a subscription or a run-time round existed were never missed and are
 * skipped. Already-sent occurrences are filtered later by the outbox, not here.
 */
export function planReminders(input: PlanInput): Occurrence[] {
	const policy = input.policy ?? defaultPolicy;
	const now = input.now.getTime();
	const lateMs = policy.lateAfterMinutes * 60_000;
	const at = (date: string, time: string) => instantOf(date, time, input.zone);

	const active: ActiveSlot[] = [];
	for (const round of input.rounds) {
		const addedAt = input.roundAddedAt?.get(round.id);
		const since = addedAt === undefined ? -Infinity : Date.parse(addedAt);
		const milestones = Object.keys(policy.before) as Milestone[];
		const expiry = (milestone: Milestone, date: string) =>
			milestone === "exam"
				? at(date, "00:00")
				: milestone === "results"
					? at(addDays(date, policy.resultsMaxLateDays + 1), "00:00")
					: at(addDays(date, 1), "00:00");
		const roundKey = `exam:${round.id}:${round.dates.exam}`;
		let ends = -Infinity;
		for (const milestone of milestones) {
			const date = round.dates[milestone];
			if (date !== undefined) ends = Math.max(ends, expiry(milestone, date));
		}
		for (const milestone of milestones) {
			const date = round.dates[milestone];
			if (date === undefined) continue;
			const expires = expiry(milestone, date);
			if (now >= expires) continue;
			let best: ActiveSlot | undefined;
			for (const daysBefore of policy.before[milestone]) {
				const slot = at(addDays(date, -daysBefore), input.reminderTime);
				if (slot > now || slot < since) continue;
				if (!best || slot > best.slot)
					best = {
						round,
						milestone,
						date,
						daysBefore,
						slot,
						slotIso: new Date(slot).toISOString(),
						late: now - slot > lateMs,
						exam: { round, milestone, date, daysBefore },
						keyPrefix: `exam:${round.id}:${milestone}:${date}:${daysBefore}:`,
						roundKey,
						roundEnds: new Date(ends).toISOString(),
					};
			}
			if (best) active.push(best);
		}
	}

	// Slot-major expansion: output comes out ordered by slot without sorting 100k occurrences.
	active.sort((a, b) =>
		a.slot !== b.slot ? a.slot - b.slot : a.keyPrefix < b.keyPrefix ? -1 : 1,
	);
	const subsByCert = new Map<string, { sub: Subscription; since: number }[]>();
	for (const sub of input.subscriptions) {
		if (input.pausedChats[sub.chatKey]) continue;
		const list = subsByCert.get(sub.certificateId);
		const entry = { sub, since: Date.parse(sub.at) };
		if (list) list.push(entry);
		else subsByCert.set(sub.certificateId, [entry]);
	}
	const examOut: Occurrence[] = [];
	for (const s of active) {
		for (const { sub, since } of subsByCert.get(s.round.certificateId) ?? []) {
			if (s.slot < since) continue;
			examOut.push({
				key: s.keyPrefix + sub.chatKey,
				chatKey: sub.chatKey,
				locale: sub.locale,
				kind: s.milestone,
				slot: s.slotIso,
				late: s.late,
				round: s.roundKey,
				roundEnds: s.roundEnds,
				exam: s.exam,
			});
		}
	}

	const optOut = new Set(input.practiceOptOut);
	const maxLateMs = policy.practiceMaxLateDays * 86_400_000;
	const practiceOut: Occurrence[] = [];
	for (const t of input.teachers) {
		if (t.practiceDays >= t.requiredDays || optOut.has(t.teacherKey)) continue;
		if (input.pausedChats[t.teacherKey]) continue;
		const periodOver = at(addDays(t.periodEnd, 1), "00:00");
		let best: { months: number; slot: number } | undefined;
		for (const months of policy.practiceMonths) {
			const slot = at(addMonths(t.periodEnd, -months), input.reminderTime);
			if (slot > now) continue;
			if (!best || slot > best.slot) best = { months, slot };
		}
		if (!best || now >= periodOver || now - best.slot > maxLateMs) continue;
		practiceOut.push({
			key: `practice:${t.periodEnd}:${best.months}:${t.teacherKey}`,
			chatKey: t.teacherKey,
			locale: "zh-CN",
			kind: "practice",
			slot: new Date(best.slot).toISOString(),
			late: now - best.slot > lateMs,
			round: `practice:${t.periodEnd}:${t.teacherKey}`,
			roundEnds: new Date(periodOver).toISOString(),
			practice: { ...t, monthsLeft: best.months },
		});
	}
	practiceOut.sort((a, b) =>
		a.slot !== b.slot ? (a.slot < b.slot ? -1 : 1) : a.key < b.key ? -1 : 1,
	);
	return mergeBySlot(examOut, practiceOut);
}

/** Merges two lists already ordered by slot; exam reminders first on a tie. */
function mergeBySlot(a: Occurrence[], b: Occurrence[]): Occurrence[] {
	if (b.length === 0) return a;
	const out: Occurrence[] = [];
	let i = 0;
	let j = 0;
	while (i < a.length || j < b.length) {
		const x = a[i];
		const y = b[j];
		if (x && (!y || x.slot <= y.slot)) {
			out.push(x);
			i++;
		} else if (y) {
			out.push(y);
			j++;
		}
	}
	return out;
}
