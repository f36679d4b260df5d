import type { Reply } from "./reply.js";

/** The only source of "now" for the core and services; tests pass a fixed clock. */
export interface Clock {
	now(): Date;
}

export interface Logger {
	info(message: string, data?: Record<string, unknown>): void;
	warn(message: string, data?: Record<string, unknown>): void;
	error(message: string, data?: Record<string, unknown>): void;
}

/** Why a send failed, as far as the reminder outbox needs to know. */
export type SendFailure = "gone" | "blocked" | "retry";

export type SendResult =
	| { ok: true }
	| { ok: false; reason: SendFailure; detail?: string };

/** Sends a rendered reminder to a chat; each adapter implements it for its own chats. */
export interface Notifier {
	/** Platforms whose chat keys this notifier can reach (`telegram`, `discord`, `console`). */
	readonly platform: string;
	/**
	 * How many sends the reminder sweep may have in flight at once through this notifier
	 * (never two to one chat); default 4. Chosen for the platform's rate limits.
	 */
	readonly maxConcurrentSends?: number;
	send(chatKey: string, reply: Reply): Promise<SendResult>;
}

export const silentLogger: Logger = {
	info() {},
	warn() {},
	error() {},
};
