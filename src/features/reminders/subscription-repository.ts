import type { ChatPause, Subscription } from "./data.js";

/**
 * Which chats receive which certificate's reminders, which chats are paused (a platform said
 * the chat is gone or the bot blocked), and which teachers turned practice reminders off.
 */
export interface SubscriptionRepository {
	/**
	 * Subscribes a chat (once per certificate) and resumes it if it was paused, in one step.
	 * `added` is false when the chat already had that subscription.
	 */
	subscribe(sub: Subscription): Promise<{ added: boolean; resumed: boolean }>;
	/** `false` when the chat was not subscribed to it. */
	unsubscribe(chatKey: string, certificateId: string): Promise<boolean>;
	/** One chat's subscriptions, in the order they were made. */
	subscriptionsOf(chatKey: string): Promise<Subscription[]>;
	/** Every subscription, in the order they were made: the sweep plans over them. */
	allSubscriptions(): Promise<Subscription[]>;
	pauseOf(chatKey: string): Promise<ChatPause | undefined>;
	/** Every paused chat (few: only chats a platform refused). */
	pausedChats(): Promise<Record<string, ChatPause>>;
	/** Turns a teacher's practice reminders off, or on again (which also resumes the chat). */
	setPracticeOptOut(teacherKey: string, optOut: boolean): Promise<void>;
	isPracticeOptedOut(teacherKey: string): Promise<boolean>;
	practiceOptOuts(): Promise<string[]>;
}
