import { UserError } from "../../core/errors.js";
import type { TrainingDeps } from "./deps.js";
import type { AdoptName } from "./records-repository.js";
import type { Actor, At, RoleChange, TeacherProfile } from "./training-port.js";
import { checkText, checkUserKey } from "./validate.js";

/**
 * The platform's display name (`Actor.name`) to keep as the profile name while the teacher has
 * set none, so reports show a name rather than `telegram:502`. A granted teacher's name is only
 * known from their own requests. Creates no profile for anyone but a teacher (an admin who
 * logs something does not join the report).
 */
export function platformName(actor: Actor): AdoptName | undefined {
	const name = actor.name?.replace(/\s+/g, " ").trim().slice(0, 40);
	if (!name) return undefined;
	return { key: actor.key, name, create: actor.role === "teacher" };
}

/**
 * Becomes a teacher with an invite code. The code is checked first, under the brakes on
 * guessing, so that nobody learns anything from the answer without a right code.
 */
export async function join(
	deps: TrainingDeps,
	actor: Actor,
	code: string,
	at: At,
): Promise<RoleChange> {
	if (!deps.invites) throw new UserError("role.join_disabled");
	await deps.invites.admit({ actor, now: at.now, today: at.today }, code);
	if (actor.role === "admin") return "admin";
	if (actor.role === "teacher") return "unchanged";
	await deps.teachers.setTeacher(
		actor.key,
		true,
		{
			at: at.now.toISOString(),
			by: actor.key,
			action: "join",
			target: actor.key,
		},
		platformName({ ...actor, role: "teacher" }),
	);
	return "done";
}

/** Admin grants (`teacher`) or revokes the role; records of a revoked teacher are kept. */
export async function setTeacher(
	deps: TrainingDeps,
	actor: Actor,
	rawTarget: string,
	teacher: boolean,
	at: At,
): Promise<RoleChange> {
	const target = checkUserKey(rawTarget);
	if ((await deps.users.roleOf(target)) === "admin") return "admin";
	const changed = await deps.teachers.setTeacher(target, teacher, {
		at: at.now.toISOString(),
		by: actor.key,
		action: teacher ? "grant" : "revoke",
		target,
	});
	return changed ? "done" : "unchanged";
}

/** Validates a profile change: texts trimmed and bounded, the period start not in the future. */
function cleanPatch(patch: TeacherProfile, today: string): TeacherProfile {
	const clean: TeacherProfile = {};
	if (patch.name !== undefined) clean.name = checkText(patch.name, "name", 40);
	if (patch.department !== undefined)
		clean.department = checkText(patch.department, "department", 60);
	if (patch.periodStart !== undefined) {
		// The appraisal period must have begun; the log-date message would not fit here.
		if (patch.periodStart > today)
			throw new UserError("teacher.period_in_future", {
				date: patch.periodStart,
				today,
			});
		clean.periodStart = patch.periodStart;
	}
	if (patch.professional !== undefined) clean.professional = patch.professional;
	return clean;
}

/** Changes one's own profile and records the change in the audit trail. */
export async function updateProfile(
	deps: TrainingDeps,
	actor: Actor,
	patch: TeacherProfile,
	at: At,
): Promise<TeacherProfile> {
	const clean = cleanPatch(patch, at.today);
	const adopt = platformName(actor);
	return deps.teachers.changeProfile(actor.key, (current) => {
		const profile: TeacherProfile = { ...current };
		if (adopt && !profile.name && (current || adopt.create))
			profile.name = adopt.name;
		const changes: Record<string, { from: unknown; to: unknown }> = {};
		for (const [field, value] of Object.entries(clean) as [
			keyof TeacherProfile,
			never,
		][]) {
			if (profile[field] === value) continue;
			changes[field] = { from: profile[field] ?? null, to: value };
			profile[field] = value;
		}
		return {
			next: profile,
			result: { ...profile },
			...(Object.keys(changes).length > 0
				? {
						audit: {
							at: at.now.toISOString(),
							by: actor.key,
							action: "profile" as const,
							target: actor.key,
							changes,
						},
					}
				: {}),
		};
	});
}
