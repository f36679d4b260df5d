import { GrammyError, HttpError } from "grammy";
import type { SendFailure } from "../../core/ports.js";

// Telegram's descriptions for a chat that no longer exists or was never reachable by id.
const gonePatterns =
	/chat not found|peer_id_invalid|chat_id_invalid|user not found|group chat was upgraded|chat was deleted/i;

/**
 * What a failed send means for whoever sent it: 403 (blocked, kicked, deactivated) →
 * `blocked`; 400 for a chat that is not there (or became a supergroup) → `gone`; 429, 5xx
 * and network errors, after the retry transformer gave up → `retry`. Any other error is a
 * bad request of ours and also answers `retry`, with `bug: true` so it gets logged loudly.
 */
export function classifySendError(error: unknown): {
	reason: SendFailure;
	detail: string;
	bug: boolean;
} {
	if (error instanceof GrammyError) {
		const detail = `${error.error_code} ${error.description}`;
		if (error.error_code === 403)
			return { reason: "blocked", detail, bug: false };
		if (error.error_code === 400 && gonePatterns.test(error.description))
			return { reason: "gone", detail, bug: false };
		const transient = error.error_code === 429 || error.error_code >= 500;
		return { reason: "retry", detail, bug: !transient };
	}
	if (error instanceof HttpError)
		return { reason: "retry", detail: error.message, bug: false };
	return {
		reason: "retry",
		detail: error instanceof Error ? error.message : String(error),
		bug: true,
	};
}

/** True when Telegram refused because the bot may not write to that user (never started, blocked). */
export function isForbidden(error: unknown): boolean {
	return error instanceof GrammyError && error.error_code === 403;
}

/** True when a forum topic is gone or closed to the bot: there is nobody left to answer there. */
export function isTopicGone(error: unknown): boolean {
	return (
		error instanceof GrammyError &&
		error.error_code === 400 &&
		/message thread not found|topic_deleted|topic_closed|topic_id_invalid/i.test(
			error.description,
		)
	);
}
