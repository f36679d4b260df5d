import type { Notifier } from "./ports.js";

/** A platform connection that `main.ts` started; stopped on SIGINT/SIGTERM. */
export interface RunningAdapter {
	readonly name: string;
	/** Sends reminders to this platform's chats. */
	readonly notifier: Notifier;
	/** Stops receiving, lets in-flight replies finish. */
	stop(): Promise<void>;
}
