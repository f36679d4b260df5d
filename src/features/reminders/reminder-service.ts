import { roundEvents, writeIcs } from "./ics.js";
import type { OutboxRepository } from "./outbox-repository.js";
import type {
	ChatPauseInfo,
	GroupSubscribeRole,
	ReminderService,
} from "./reminders-port.js";
import type { SubscriptionRepository } from "./subscription-repository.js";

/** Subscriptions, pauses and the practice opt-out, over the reminder repositories. */
export function createReminderService(
	repositories: {
		subscriptions: SubscriptionRepository;
		outbox: Pick<OutboxRepository, "countByStatus">;
	},
	settings: {
		zone: string;
		reminderTime: string;
		groupSubscribeRole: GroupSubscribeRole;
	},
): ReminderService {
	const { subscriptions: subs, outbox } = repositories;

	return {
		settings,

		subscribe(change, { chatKey, certificateId, locale }) {
			return subs.subscribe({
				chatKey,
				certificateId,
				by: change.actor.key,
				at: change.now.toISOString(),
				locale,
			});
		},

		unsubscribe(_change, chatKey, certificateId) {
			return subs.unsubscribe(chatKey, certificateId);
		},

		async subscriptionsOf(chatKey) {
			return (await subs.subscriptionsOf(chatKey)).map(
				({ certificateId, by, at }) => ({ certificateId, by, at }),
			);
		},

		async pauseOf(chatKey) {
			const p = await subs.pauseOf(chatKey);
			return p && { chatKey, ...p };
		},

		setPracticeReminders(change, on) {
			return subs.setPracticeOptOut(change.actor.key, !on);
		},

		async practiceRemindersOn(teacherKey) {
			return !(await subs.isPracticeOptedOut(teacherKey));
		},

		async problems() {
			const [paused, counts] = await Promise.all([
				subs.pausedChats(),
				outbox.countByStatus(["failed", "uncertain"]),
			]);
			return {
				paused: Object.entries(paused).map(
					([chatKey, p]): ChatPauseInfo => ({ chatKey, ...p }),
				),
				failed: counts.failed ?? 0,
				uncertain: counts.uncertain ?? 0,
			};
		},

		calendar({ rounds, today, now, name, summary, description }) {
			const events = roundEvents(rounds, today, summary, description);
			if (events.length === 0) return { content: "", events: 0 };
			const content = writeIcs(events, {
				now,
				alarmTime: settings.reminderTime,
				calendarName: name,
			});
			return { content, events: events.length };
		},
	};
}
