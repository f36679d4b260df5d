import type { Logger, Notifier } from "../../core/ports.js";
import type { Reply } from "../../core/reply.js";
import { userPlatform } from "../../core/request.js";
import type { AdminAlerts } from "./invites-port.js";

export interface ConnectableAlerts extends AdminAlerts {
	/** The platforms' notifiers, once they run (they start after the services). */
	connect(notifiers: readonly Notifier[]): void;
}

/**
 * Alerts for admins: always a log line (warn), and a private message to each admin
 * (`ADMIN_IDS`) on a connected platform; a user key is its own private chat there. A failed
 * send is logged, never thrown: an alert must not break the request that raised it.
 */
export function createAdminAlerts(
	adminIds: readonly string[],
	logger: Logger,
): ConnectableAlerts {
	let byPlatform = new Map<string, Notifier>();
	return {
		connect(notifiers) {
			byPlatform = new Map(notifiers.map((n) => [n.platform, n]));
		},
		async send(reply: Reply, log) {
			logger.warn(log.message, { ...log.data, admins: adminIds.length });
			await Promise.all(
				adminIds.map(async (admin) => {
					const notifier = byPlatform.get(userPlatform(admin));
					if (!notifier) return;
					const result = await notifier
						.send(admin, reply)
						.catch((error: unknown) => ({
							ok: false as const,
							reason: "retry" as const,
							detail: String(error),
						}));
					if (!result.ok)
						logger.warn("admin alert not delivered", {
							admin,
							reason: result.reason,
							detail: result.detail,
						});
				}),
			);
		},
	};
}
