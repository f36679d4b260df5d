import type { Notifier, SendResult } from "../../core/ports.js";
import type { Reply } from "../../core/reply.js";
import { userPlatform } from "../../core/request.js";
import type { Occurrence } from "./planner.js";
import { runGrouped } from "./send-pool.js";

const DEFAULT_CONCURRENCY = 4;

async function deliver(
	notifier: Notifier,
	o: Occurrence,
	render: (o: Occurrence) => Reply,
): Promise<SendResult> {
	try {
		// Rendered here, per send: a sweep never holds 100k rendered messages.
		return await notifier.send(o.chatKey, render(o));
	} catch (error) {
		return {
			ok: false,
			reason: "retry",
			detail: error instanceof Error ? error.message : String(error),
		};
	}
}

/**
 * Sends claimed occurrences, each platform within its notifier's `maxConcurrentSends`, one
 * message at a time per chat; every platform at once. A notifier that throws (or a message that
 * cannot be rendered) counts as a send to retry. Occurrences without a notifier are left out.
 */
export async function sendBatch(
	claimed: readonly Occurrence[],
	byPlatform: ReadonlyMap<string, Notifier>,
	render: (o: Occurrence) => Reply,
): Promise<Map<string, SendResult>> {
	const byNotifier = new Map<Notifier, Occurrence[]>();
	for (const o of claimed) {
		const n = byPlatform.get(userPlatform(o.chatKey));
		if (!n) continue;
		const list = byNotifier.get(n);
		if (list) list.push(o);
		else byNotifier.set(n, [o]);
	}
	const results = new Map<string, SendResult>();
	await Promise.all(
		[...byNotifier].map(async ([n, list]) => {
			const sent = await runGrouped(
				list,
				(o) => o.chatKey,
				n.maxConcurrentSends ?? DEFAULT_CONCURRENCY,
				(o) => deliver(n, o, render),
			);
			list.forEach((o, i) => {
				results.set(o.key, sent[i] as SendResult);
			});
		}),
	);
	return results;
}
