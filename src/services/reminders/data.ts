/** The reminders section of the database: exam rounds added at run time, subscriptions, outbox. */
// biome-ignore lint/complexity/noBannedTypes: filled in by the reminders service
export type ReminderData = {};

export function emptyReminderData(): ReminderData {
	return {};
}
