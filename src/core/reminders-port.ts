/** Subscriptions to reminders and their preferences. */
export type ReminderService = {};
