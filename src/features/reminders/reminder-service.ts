import type { Store } from "../../storage/store.js";
import type { ReminderData } from "./data.js";
import { roundEvents, writeIcs } from "./ics.js";
import type {
	ChatPauseInfo,
	GroupSubscribeRole,
	ReminderService,
} from "./reminders-port.js";

/** Subscriptions, pauses and the practice opt-out, over the reminders section of the store. */
export function createReminderService(
	store: Store<{ reminders: ReminderData }>,
	settings: {
		zone: string;
		reminderTime: string;
		groupSubscribeRole: GroupSubscribeRole;
	},
): ReminderService {
	const data = () => store.data.reminders;
	const pauseInfo = (chatKey: string): ChatPauseInfo | undefined => {
		const p = data().pausedChats[chatKey];
		return p && { chatKey, ...p };
	};

	return {
		settings,

		subscribe(change, { chatKey, certificateId, locale }) {
			return store.update((d) => {
				const r = d.reminders;
				const resumed = Object.hasOwn(r.pausedChats, chatKey);
				delete r.pausedChats[chatKey];
				const exists = r.subscriptions.some(
					(s) => s.chatKey === chatKey && s.certificateId === certificateId,
				);
				if (!exists)
					r.subscriptions.push({
						chatKey,
						certificateId,
						by: change.actor.key,
						at: change.now.toISOString(),
						locale,
					});
				return { added: !exists, resumed };
			});
		},

		async unsubscribe(_change, chatKey, certificateId) {
			const has = data().subscriptions.some(
				(s) => s.chatKey === chatKey && s.certificateId === certificateId,
			);
			if (!has) return false;
			return store.update((d) => {
				const before = d.reminders.subscriptions.length;
				d.reminders.subscriptions = d.reminders.subscriptions.filter(
					(s) => !(s.chatKey === chatKey && s.certificateId === certificateId),
				);
				return d.reminders.subscriptions.length < before;
			});
		},

		subscriptionsOf(chatKey) {
			return data()
				.subscriptions.filter((s) => s.chatKey === chatKey)
				.map(({ certificateId, by, at }) => ({ certificateId, by, at }));
		},

		pauseOf: pauseInfo,

		async setPracticeReminders(change, on) {
			const teacherKey = change.actor.key;
			await store.update((d) => {
				const r = d.reminders;
				r.practiceOptOut = r.practiceOptOut.filter((k) => k !== teacherKey);
				if (on) delete r.pausedChats[teacherKey];
				else r.practiceOptOut.push(teacherKey);
			});
		},

		practiceRemindersOn(teacherKey) {
			return !data().practiceOptOut.includes(teacherKey);
		},

		problems() {
			const r = data();
			let failed = 0;
			let uncertain = 0;
			for (const o of Object.values(r.outbox)) {
				if (o.status === "failed") failed++;
				else if (o.status === "uncertain") uncertain++;
			}
			const paused = Object.keys(r.pausedChats)
				.map((k) => pauseInfo(k))
				.filter((p): p is ChatPauseInfo => !!p);
			return { paused, failed, uncertain };
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
