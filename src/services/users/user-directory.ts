import type { Role } from "../../core/command.js";
import type { UserDirectory } from "../../core/users-port.js";
import type { Store } from "../storage/store.js";
import type { TrainingData } from "../training/data.js";

/**
 * Roles: admins from configuration (`ADMIN_IDS`), teachers granted or joined (stored in the
 * database), everyone else a student. Reads the store on every call, so a grant takes effect
 * at once.
 */
export function createUserDirectory(
	store: Store<{ training: TrainingData }>,
	adminIds: readonly string[],
): UserDirectory {
	const admins = new Set(adminIds.map((id) => id.trim()).filter(Boolean));
	return {
		admins: () => [...admins],
		roleOf(userKey: string): Role {
			if (admins.has(userKey)) return "admin";
			return store.data.training.roles[userKey] === "teacher"
				? "teacher"
				: "student";
		},
	};
}
