import type { Change } from "../../core/change.js";
import { UserError } from "../../core/errors.js";
import { translator } from "../../core/i18n.js";
import { reply, text } from "../../core/reply.js";
import type { Store } from "../../storage/store.js";
import type { At } from "../training/training-port.js";
import {
	type BrakeSettings,
	defaultBrakes,
	InviteBrakes,
} from "./invite-brakes.js";
import {
	generateCode,
	hashCode,
	newSalt,
	normalizeCode,
	sameText,
} from "./invite-code.js";
import type { InviteData } from "./invite-data.js";
import type {
	AdminAlerts,
	InviteEvent,
	InviteService,
	InviteStatus,
} from "./invites-port.js";

export interface InviteDeps {
	store: Store<{ invites: InviteData }>;
	/** `TEACHER_INVITE_CODE`, already checked to be strong enough; joining needs it or a generated code. */
	configuredCode?: string;
	alerts?: AdminAlerts;
	brakes?: Partial<BrakeSettings>;
	/** How long a generated code is valid; default 7 days. */
	codeDays?: number;
}

const EVENTS_KEPT = 5000;
const DAY_MS = 86_400_000;

/** Builds the invite service over the database's `invites` section. */
export function createInviteService(deps: InviteDeps): InviteService {
	const brakes = new InviteBrakes({ ...defaultBrakes, ...deps.brakes });
	const codeDays = deps.codeDays ?? 7;
	const configured = deps.configuredCode?.trim() || undefined;
	const data = () => deps.store.data.invites;

	const record = (d: { invites: InviteData }, event: InviteEvent) => {
		d.invites.events.push(event);
		const extra = d.invites.events.length - EVENTS_KEPT;
		if (extra > 0) d.invites.events.splice(0, extra);
	};
	const log = (at: At, by: string, action: InviteEvent["action"]) =>
		deps.store.update((d) =>
			record(d, { at: at.now.toISOString(), by, action }),
		);

	function validGenerated(now: Date) {
		const g = data().generated;
		return g && g.expiresAt > now.toISOString() ? g : undefined;
	}

	/** Which code `given` is: the configured one, the generated one (valid or expired), or none. */
	function match(given: string, now: Date): "ok" | "expired" | "wrong" {
		const typed = normalizeCode(given);
		if (configured && sameText(typed, configured)) return "ok";
		const g = data().generated;
		if (g && sameText(hashCode(typed, g.salt), g.hash))
			return g.expiresAt > now.toISOString() ? "ok" : "expired";
		return "wrong";
	}

	/** Tells admins, in chat and in the log; the pause itself is already recorded. */
	async function alertPaused(burst: { failures: number; users: number }) {
		const minutes = Math.round(
			(deps.brakes?.burstWindowMs ?? defaultBrakes.burstWindowMs) / 60_000,
		);
		const params = { ...burst, minutes };
		await deps.alerts?.send(
			reply([
				text(translator("zh-CN")("users.invite_alert_paused", params)),
				text(translator("en")("users.invite_alert_paused", params)),
			]),
			{
				message: "joining by invite code paused after a burst of wrong codes",
				data: { ...burst, windowMinutes: minutes },
			},
		);
	}

	return {
		async admit(change: Change, code: string) {
			const { actor } = change;
			const at = change;
			if (!configured && !data().generated)
				throw new UserError("role.join_disabled");
			if (data().pausedSince) {
				await log(at, actor.key, "refused-paused");
				throw new UserError("users.invite_paused");
			}
			const wait = brakes.waitFor(actor.key, at.now.getTime());
			if (wait > 0) {
				await log(at, actor.key, "waiting");
				throw new UserError("users.invite_wait", {
					minutes: Math.ceil(wait / 60_000),
				});
			}
			const result = match(code, at.now);
			if (result === "ok") {
				brakes.succeed(actor.key);
				await log(at, actor.key, "joined");
				return;
			}
			const burst = brakes.fail(actor.key, at.now.getTime());
			// One synchronous change: a request arriving meanwhile already sees the pause.
			const saved = deps.store.update((d) => {
				const when = at.now.toISOString();
				record(d, { at: when, by: actor.key, action: result });
				if (!burst) return;
				d.invites.pausedSince ??= when;
				record(d, { at: when, by: "system", action: "paused", ...burst });
			});
			await saved;
			if (burst) await alertPaused(burst);
			throw new UserError(
				result === "expired" ? "users.invite_expired" : "role.bad_invite_code",
			);
		},

		async newCode(change) {
			const { actor } = change;
			const at = change;
			const code = generateCode();
			const salt = newSalt();
			const expiresAt = new Date(
				at.now.getTime() + codeDays * DAY_MS,
			).toISOString();
			await deps.store.update((d) => {
				d.invites.generated = {
					hash: hashCode(code, salt),
					salt,
					by: actor.key,
					createdAt: at.now.toISOString(),
					expiresAt,
				};
				delete d.invites.pausedSince;
				record(d, {
					at: at.now.toISOString(),
					by: actor.key,
					action: "new-code",
				});
			});
			return { code, expiresAt };
		},

		async resume(change) {
			const { actor } = change;
			const at = change;
			if (!data().pausedSince) return false;
			await deps.store.update((d) => {
				delete d.invites.pausedSince;
				record(d, {
					at: at.now.toISOString(),
					by: actor.key,
					action: "resumed",
				});
			});
			return true;
		},

		status(now): InviteStatus {
			const d = data();
			const since = new Date(now.getTime() - DAY_MS).toISOString();
			const generated = validGenerated(now);
			return {
				configured: configured !== undefined,
				...(generated ? { generatedUntil: generated.expiresAt } : {}),
				...(d.pausedSince ? { pausedSince: d.pausedSince } : {}),
				failuresToday: d.events.filter(
					(e) =>
						e.at >= since && (e.action === "wrong" || e.action === "expired"),
				).length,
				recent: d.events.slice(-10).reverse(),
			};
		},
	};
}
