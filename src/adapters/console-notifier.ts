import type { Notifier, SendResult } from "../core/ports.js";
import { renderText } from "../core/render-text.js";
import type { Reply } from "../core/reply.js";

/**
 * A notifier that prints each reminder with its chat key instead of sending it: the console
 * adapter's own chats, and previews (`npm run reminders`). Always succeeds.
 */
export function createConsoleNotifier(
	options: { platform?: string; write?: (text: string) => void } = {},
): Notifier {
	const write =
		options.write ?? ((text: string) => process.stdout.write(`${text}\n`));
	return {
		platform: options.platform ?? "console",
		// One at a time: the operator reads them in the order planned.
		maxConcurrentSends: 1,
		async send(chatKey: string, reply: Reply): Promise<SendResult> {
			write(`→ ${chatKey}\n${renderText(reply)}\n`);
			return { ok: true };
		},
	};
}
