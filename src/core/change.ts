import type { Role } from "./command.js";

/**
 * Who makes a change and when, passed as the first parameter of every service method that
 * writes. `now` is the instant stored with the change (as UTC ISO); `today` is the local date
 * (in the request's zone) that bounds dates people type.
 */
export interface Change {
	actor: { key: string; role: Role; name?: string };
	now: Date;
	today: string;
}

/** The change a command makes: its user, the instant and the local date of its request. */
export function changeOf(ctx: {
	user: { key: string; role: Role; name?: string };
	now: Date;
	today: string;
}): Change {
	const { key, role, name } = ctx.user;
	const actor = name === undefined ? { key, role } : { key, role, name };
	return { actor, now: ctx.now, today: ctx.today };
}
