import type { Role } from "../../core/command.js";
import type { TeacherRepository } from "../training/teacher-repository.js";
import type { UserDirectory } from "./users-port.js";

/**
 * Roles: admins from configuration (`ADMIN_IDS`), teachers granted or joined (stored), everyone
 * else a student. Nothing is cached: each call asks the repository, so a grant made by another
 * instance takes effect at once.
 */
export function createUserDirectory(
	roles: Pick<TeacherRepository, "isTeacher" | "teachers">,
	adminIds: readonly string[],
): UserDirectory {
	const admins = new Set(adminIds.map((id) => id.trim()).filter(Boolean));
	return {
		admins: () => [...admins],
		async roleOf(userKey: string): Promise<Role> {
			if (admins.has(userKey)) return "admin";
			return (await roles.isTeacher(userKey)) ? "teacher" : "student";
		},
		async privileged() {
			const teachers = (await roles.teachers()).filter((k) => !admins.has(k));
			return [
				...[...admins].map((key) => ({ key, role: "admin" as const })),
				...teachers.map((key) => ({ key, role: "teacher" as const })),
			];
		},
	};
}
