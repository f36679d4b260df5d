import type { Change } from "../../core/change.js";
import { UserError } from "../../core/errors.js";
import { translator } from "../../core/i18n.js";
import { reply, text } from "../../core/reply.js";
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
import type {
	InviteRepository,
	InviteState,
	InviteVerdict,
} from "./invite-repository.js";
import type {
	AdminAlerts,
	InviteService,
	InviteStatus,
} from "./invites-port.js";

export interface InviteDeps {
	repository: InviteRepository;
	/** `TEACHER_INVITE_CODE`, already checked to be strong enough; joining needs it or a generated code. */
	configuredCode?: string;
	alerts?: AdminAlerts;
	brakes?: Partial<BrakeSettings>;
	/** How long a generated code is valid; default 7 days. */
	codeDays?: number;
}

const DAY_MS = 86_400_000;

/**
 * Builds the invite service over its repository. The generated code and the pause are read
 * from storage at every use (another instance may have changed them); each user's wait after
 * wrong codes is counted in this process only.
 */
export function createInviteService(deps: InviteDeps): InviteService {
	const settings = { ...defaultBrakes, ...deps.brakes };
	const brakes = new InviteBrakes(settings);
	const codeDays = deps.codeDays ?? 7;
	const configured = deps.configuredCode?.trim() || undefined;
	const { repository } = deps;

	/** Which code `given` is: the configured one, the generated one (valid or expired), or none. */
	function match(
		given: string,
		state: InviteState,
		now: Date,
	): "ok" | "expired" | "wrong" {
		const typed = normalizeCode(given);
		if (configured && sameText(typed, configured)) return "ok";
		const g = state.generated;
		if (g && sameText(hashCode(typed, g.salt), g.hash))
			return g.expiresAt > now.toISOString() ? "ok" : "expired";
		return "wrong";
	}

	/** Tells admins, in chat and in the log; the pause itself is already recorded. */
	async function alertPaused(burst: { failures: number; users: number }) {
		const minutes = Math.round(settings.burstWindowMs / 60_000);
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
			const { actor, now } = change;
			const wait = brakes.waitFor(actor.key, now.getTime());
			// Read, judged and recorded as one change: a pause another request (or instance)
			// has just made is seen here.
			const { verdict, burst } = await repository.attempt({
				by: actor.key,
				at: now.toISOString(),
				burst: {
					failures: settings.burstFailures,
					windowMs: settings.burstWindowMs,
				},
				judge(state: InviteState): InviteVerdict {
					if (!configured && !state.generated) return "disabled";
					if (state.pausedSince) return "paused";
					if (wait > 0) return "waiting";
					return match(code, state, now);
				},
			});
			switch (verdict) {
				case "disabled":
					throw new UserError("role.join_disabled");
				case "paused":
					throw new UserError("users.invite_paused");
				case "waiting":
					throw new UserError("users.invite_wait", {
						minutes: Math.ceil(wait / 60_000),
					});
				case "ok":
					brakes.succeed(actor.key);
					return;
				default:
					brakes.fail(actor.key, now.getTime());
					if (burst) await alertPaused(burst);
					throw new UserError(
						verdict === "expired"
							? "users.invite_expired"
							: "role.bad_invite_code",
					);
			}
		},

		async newCode(change) {
			const { actor, now } = change;
			const code = generateCode();
			const salt = newSalt();
			const expiresAt = new Date(
				now.getTime() + codeDays * DAY_MS,
			).toISOString();
			await repository.replaceCode(
				{
					hash: hashCode(code, salt),
					salt,
					by: actor.key,
					createdAt: now.toISOString(),
					expiresAt,
				},
				{ at: now.toISOString(), by: actor.key, action: "new-code" },
			);
			return { code, expiresAt };
		},

		resume: (change) =>
			repository.resume({
				at: change.now.toISOString(),
				by: change.actor.key,
				action: "resumed",
			}),

		async status(now): Promise<InviteStatus> {
			const since = new Date(now.getTime() - DAY_MS).toISOString();
			const [state, failuresToday, recent] = await Promise.all([
				repository.state(),
				repository.failuresSince(since),
				repository.recentEvents(10),
			]);
			const g = state.generated;
			const valid = g && g.expiresAt > now.toISOString() ? g : undefined;
			return {
				configured: configured !== undefined,
				...(valid ? { generatedUntil: valid.expiresAt } : {}),
				...(state.pausedSince ? { pausedSince: state.pausedSince } : {}),
				failuresToday,
				recent,
			};
		},
	};
}
