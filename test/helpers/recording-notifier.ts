import type { Clock, Notifier, SendResult } from "../../src/core/ports.js";
import { renderText } from "../../src/core/render-text.js";
import type { Reply } from "../../src/core/reply.js";

export interface Delivery {
	chatKey: string;
	/** When the notifier was called (the clock's instant). */
	at: string;
	text: string;
	reply: Reply;
}

/**
 * A notifier for one platform that records every delivery. `failWith` decides a chat's fate
 * per call (e.g. `gone` for a deleted group); `delayMs` makes sends slow so sweeps overlap.
 */
export class RecordingNotifier implements Notifier {
	readonly deliveries: Delivery[] = [];
	failWith: (chatKey: string) => SendResult | undefined = () => undefined;
	delayMs = 0;

	constructor(
		readonly platform: string,
		private readonly clock: Clock = { now: () => new Date() },
	) {}

	async send(chatKey: string, reply: Reply): Promise<SendResult> {
		if (this.delayMs > 0)
			await new Promise((resolve) => setTimeout(resolve, this.delayMs));
		const failure = this.failWith(chatKey);
		if (failure) return failure;
		this.deliveries.push({
			chatKey,
			at: this.clock.now().toISOString(),
			text: renderText(reply),
			reply,
		});
		return { ok: true };
	}
}
