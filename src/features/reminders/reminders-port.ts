import type { Change } from "../../core/change.js";
import type { Role } from "../../core/command.js";
import type { Locale } from "../../core/i18n.js";
import type { ExamRound, Milestone } from "../knowledge/knowledge-port.js";

/** Who may subscribe a group chat: everyone, teachers and admins, or admins only. */
export type GroupSubscribeRole = "anyone" | Exclude<Role, "student">;

export interface ChatSubscription {
	certificateId: string;
	/** User who subscribed the chat. */
	by: string;
	/** UTC ISO instant. */
	at: string;
}

/** Why a chat receives nothing until it is resumed (a platform said so at a send). */
export interface ChatPauseInfo {
	chatKey: string;
	reason: "gone" | "blocked";
	at: string;
	detail?: string;
}

/** What admins should know about reminder delivery. */
export interface ReminderProblems {
	paused: ChatPauseInfo[];
	/** Given up after the bounded retries, or refused by the platform. */
	failed: number;
	/** Interrupted mid-send by a crash: maybe delivered, never resent. */
	uncertain: number;
}

/**
 * Subscriptions and preferences, for the commands. Writes take the `Change` first and resolve
 * once on disk.
 */
export interface ReminderService {
	readonly settings: {
		zone: string;
		/** Local `HH:mm`. */
		reminderTime: string;
		groupSubscribeRole: GroupSubscribeRole;
	};
	/** Subscribes a chat; subscribing again also resumes a paused chat. */
	subscribe(
		change: Change,
		input: { chatKey: string; certificateId: string; locale: Locale },
	): Promise<{ added: boolean; resumed: boolean }>;
	/** `false` when the chat was not subscribed to it. */
	unsubscribe(
		change: Change,
		chatKey: string,
		certificateId: string,
	): Promise<boolean>;
	subscriptionsOf(chatKey: string): Promise<ChatSubscription[]>;
	pauseOf(chatKey: string): Promise<ChatPauseInfo | undefined>;
	/**
	 * The acting teacher's enterprise-practice reminders are on unless turned off; `on` also
	 * resumes the chat.
	 */
	setPracticeReminders(change: Change, on: boolean): Promise<void>;
	practiceRemindersOn(teacherKey: string): Promise<boolean>;
	problems(): Promise<ReminderProblems>;
	/**
	 * An iCalendar document with every milestone of `rounds` on or after `today`, each with an
	 * alarm the day before at the reminder time; empty string when there is none.
	 */
	calendar(input: {
		rounds: readonly ExamRound[];
		today: string;
		now: Date;
		name: string;
		summary: (round: ExamRound, milestone: Milestone) => string;
		description: (round: ExamRound) => string;
	}): { content: string; events: number };
}
